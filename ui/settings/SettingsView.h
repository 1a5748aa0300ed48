#pragma once

#include "models/candidates/CandidateCacheFile.h"

#include <QFutureWatcher>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;

namespace Tessera {

class Card;
class MessageBanner;
class PageHeader;
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

    // The languages to offer besides the system's: codes such as "en", "de", each shown by its
    // own name ("Deutsch", "Français").
    void setLanguages(const QStringList &codes);
    static QString languageName(const QString &code);

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

    void retranslateUi();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:

    Settings *m_settings;
    SecretStore *m_secrets;
    MessageBanner *m_banner;
    QListWidget *m_backends;
    QPushButton *m_switch;
    QPushButton *m_forget;
    QComboBox *m_language;
    QComboBox *m_appearance;
    QLabel *m_storage;
    QPushButton *m_sessionOnly;
    QCheckBox *m_cacheSwitch;
    QLabel *m_cacheNote;
    QLabel *m_cacheInfo;
    QPushButton *m_forgetLocal;
    QPushButton *m_add;
    Card *m_backendBox;
    Card *m_languageBox;
    Card *m_secretBox;
    Card *m_cacheBox;
    QFormLayout *m_languageForm;
    PageHeader *m_header;
    QFutureWatcher<CandidateCacheFileInfo> m_cacheInfoWatcher;
};

} // namespace Tessera
