#pragma once

#include "models/candidates/CandidateCacheFile.h"

#include <QFutureWatcher>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace Tessera {

class MessageBanner;
class SecretStore;
class Settings;

// Backends (add, switch, forget — which removes their secrets and local data), language, where
// secrets are kept, and the local candidate cache of the backend in use.
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
    void refreshCacheInfo();
    void showCacheInfo(const CandidateCacheFileInfo &info);
    void setCacheChoice(bool on);
    void forgetLocalData();
    QString selectedId() const;

protected:
    void showEvent(QShowEvent *event) override;

private:

    Settings *m_settings;
    SecretStore *m_secrets;
    MessageBanner *m_banner;
    QListWidget *m_backends;
    QPushButton *m_switch;
    QPushButton *m_forget;
    QComboBox *m_language;
    QComboBox *m_appearance;
    QLabel *m_languageNote;
    QLabel *m_storage;
    QPushButton *m_sessionOnly;
    QCheckBox *m_cacheSwitch;
    QLabel *m_cacheNote;
    QLabel *m_cacheInfo;
    QPushButton *m_forgetLocal;
    QFutureWatcher<CandidateCacheFileInfo> m_cacheInfoWatcher;
};

} // namespace Tessera
