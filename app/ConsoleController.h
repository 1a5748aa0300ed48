#pragma once

#include "models/session/BackendContext.h"
#include "models/settings/BackendConfig.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

namespace Tessera {

class ApiError;
class ConnectDialog;
class MainWindow;
class SandboxHost;
class SecretError;
class SecretStore;
class Settings;

// Wires the console together: which backend to use (sandbox, --backend, the saved one, or the
// Connect dialog), its API key (keychain only), one BackendContext per connection, and views.
class ConsoleController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleController)
public:
    struct Options
    {
        bool sandbox = false;
        QUrl backendUrl;
        int sandboxDeliveries = 0; // webhook deliveries the embedded sandbox seeds (--capture)
        // A new embedded sandbox also gets every integration set up (--demo; the sandbox's
        // --enable-all). An existing data directory stays as it is.
        bool sandboxEnableAll = false;
    };

    ConsoleController(Settings *settings, SecretStore *secrets, QObject *parent = nullptr);
    ~ConsoleController() override;

    void start(const Options &options);
    MainWindow *window() const { return m_window.get(); }
    // The connection in use; null before the first connect.
    BackendContext *context() const { return m_context; }
    // The embedded sandbox, when the console runs one.
    SandboxHost *sandboxHost() const;

    static constexpr auto apiKeyName = "apiKey";

Q_SIGNALS:
    // Everything the first view needs has arrived (used by --capture).
    void ready();
    void fatalError(const QString &message);
    // A new connection's context is in use (its views are installed, it is about to connect).
    void contextChanged(Tessera::BackendContext *context);

private:
    void startSandbox();
    void onSandboxStarted(const QUrl &url);
    void useSandboxKey(const QString &secret);
    void connectSaved(const BackendConfig &backend);
    void askForConnection(const QUrl &prefill);
    void onConnectAccepted();
    void saveKeyThenConnect(const BackendConfig &backend, const QString &key);
    void connectTo(const BackendConfig &backend, const QString &key);
    void onSessionStateChanged();
    void onKeyRejected();
    // No keychain: explain, offer "keep for this session only", then retry `again`.
    void offerSessionOnly(const SecretError &error, const std::function<void()> &again);
    void useContext(BackendContext *context);
    void watchClient(BackendContext *context);
    void watchCandidates(BackendContext *context);
    void installSettingsView();
    void restoreWindow();
    void saveWindow(); // geometry and the view in use, for the next start
    void switchTo(const QString &backendId);

    Settings *m_settings;
    SecretStore *m_secrets;
    QNetworkAccessManager m_network;
    std::unique_ptr<MainWindow> m_window;
    QPointer<BackendContext> m_context;
    QPointer<SandboxHost> m_sandbox;
    int m_sandboxDeliveries = 0;
    bool m_sandboxEnableAll = false;
    QPointer<ConnectDialog> m_connectDialog;
    BackendConfig m_backend;
    bool m_recreatedSandboxKey = false;
    bool m_keyRejectionHandled = false;
};

} // namespace Tessera
