#pragma once

#include "models/api/ApiError.h"
#include "models/session/ConnectionProbe.h"

#include <QDialog>
#include <QUrl>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QRadioButton;
class QStackedWidget;

namespace Tessera {

class SecretLineEdit;

// First run: try the local sandbox, or connect to a backend (address + API key, checked with
// apiKey.info before anything is saved). Use open() and the accepted() signal.
class ConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)
public:
    enum class Choice { Sandbox, Backend };

    explicit ConnectDialog(QNetworkAccessManager *network, QWidget *parent = nullptr);

    // Starts on "Connect to a backend" with this address (a saved backend without a key).
    void prefillBackend(const QUrl &url);
    Choice choice() const;
    QUrl url() const { return m_checkedUrl; }
    QString backendName() const;
    QString apiKey() const;
    bool allowInsecure() const;
    const ConnectionProbe::Result &probeResult() const { return m_result; }

    void accept() override;

private:
    void updateState();
    QString problem() const;
    void showStatus();
    void startCheck();
    void onChecked(const ConnectionProbe::Result &result);
    void onCheckFailed(const ApiError &error);
    void setBusy(bool busy);

    ConnectionProbe *m_probe;
    QRadioButton *m_sandboxChoice;
    QRadioButton *m_backendChoice;
    QWidget *m_backendForm;
    QLineEdit *m_name;
    QLineEdit *m_url;
    SecretLineEdit *m_key;
    QCheckBox *m_insecure;
    QLabel *m_status;
    QProgressBar *m_busy;
    QDialogButtonBox *m_buttons;
    QUrl m_checkedUrl;
    ConnectionProbe::Result m_result;
    std::optional<ApiError> m_failure; // the last check's, until the input changes
    bool m_checked = false;
};

} // namespace Tessera
