#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace Tessera {

class MessageBanner;
class SecretStore;
class Settings;

// Backends (add, switch, forget — which removes their secrets), language, and where secrets
// are kept.
class SettingsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsView)
public:
    SettingsView(Settings *settings, SecretStore *secrets, QWidget *parent = nullptr);

Q_SIGNALS:
    void addBackendRequested();
    void switchBackendRequested(const QString &backendId);

private:
    void reloadBackends();
    void updateButtons();
    void forgetSelected();
    void showStorage();
    QString selectedId() const;

    Settings *m_settings;
    SecretStore *m_secrets;
    MessageBanner *m_banner;
    QListWidget *m_backends;
    QPushButton *m_switch;
    QPushButton *m_forget;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QLabel *m_storage;
    QPushButton *m_sessionOnly;
};

} // namespace Tessera
