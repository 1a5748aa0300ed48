#include "SettingsView.h"

#include "models/candidates/CandidateCache.h"
#include "models/secrets/SecretStore.h"
#include "models/settings/Settings.h"
#include "ui/common/Card.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/PageHeader.h"
#include "ui/common/Spacing.h"

#include <QCheckBox>
#include <QEvent>
#include <QComboBox>
#include <QFormLayout>
#include <QHash>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

SettingsView::SettingsView(Settings *settings, SecretStore *secrets, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_banner(new MessageBanner(this))
    , m_backends(new QListWidget(this))
    , m_switch(new QPushButton(this))
    , m_forget(new QPushButton(this))
    , m_language(new QComboBox(this))
    , m_appearance(new QComboBox(this))
    , m_storage(new QLabel(this))
    , m_sessionOnly(new QPushButton(this))
    , m_cacheSwitch(new QCheckBox(this))
    , m_cacheNote(new QLabel(this))
    , m_cacheInfo(new QLabel(this))
    , m_forgetLocal(new QPushButton(this))
    , m_add(new QPushButton(this))
    , m_backendBox(new Card({}, this))
    , m_languageBox(new Card({}, this))
    , m_secretBox(new Card({}, this))
    , m_cacheBox(new Card({}, this))
    , m_languageForm(new QFormLayout)
    , m_header(new PageHeader({}, this))
{
    m_backends->setMaximumHeight(160);
    auto *buttons = new QHBoxLayout;
    Spacing::setGroupMargins(buttons);
    buttons->addWidget(m_add);
    buttons->addWidget(m_switch);
    buttons->addWidget(m_forget);
    buttons->addStretch();
    QVBoxLayout *backendLayout = m_backendBox->body();
    backendLayout->addWidget(m_backends);
    backendLayout->addLayout(buttons);

    m_language->addItem(QString(), QString()); // the system's; named in retranslateUi()
    setLanguages({u"en"_s, m_settings->language()});
    m_language->setMaximumWidth(40 * Spacing::Unit);
    for (const QString &appearance : {u"system"_s, u"light"_s, u"dark"_s})
        m_appearance->addItem(QString(), appearance);
    m_appearance->setCurrentIndex(std::max(0, m_appearance->findData(settings->appearance())));
    m_appearance->setMaximumWidth(40 * Spacing::Unit);
    m_languageForm->setContentsMargins(0, 0, 0, 0);
    m_languageBox->body()->addLayout(m_languageForm);
    for (QComboBox *field : {m_language, m_appearance}) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_languageForm->addRow(label, field);
    }

    m_storage->setWordWrap(true);
    QVBoxLayout *secretLayout = m_secretBox->body();
    secretLayout->addWidget(m_storage);
    secretLayout->addWidget(m_sessionOnly, 0, Qt::AlignLeft);

    m_cacheSwitch->setChecked(settings->candidateCacheChoice());
    m_cacheNote->setWordWrap(true);
    m_cacheInfo->setWordWrap(true);
    QVBoxLayout *cacheLayout = m_cacheBox->body();
    cacheLayout->addWidget(m_cacheSwitch);
    cacheLayout->addWidget(m_cacheNote);
    cacheLayout->addWidget(m_cacheInfo);
    cacheLayout->addWidget(m_forgetLocal, 0, Qt::AlignLeft);

    // The cards scroll under a fixed header when a language's longer words need more room.
    auto *cards = new QWidget(this);
    auto *cardsLayout = new QVBoxLayout(cards);
    cardsLayout->setContentsMargins(0, 0, 0, 0);
    cardsLayout->setSpacing(Spacing::Wide);
    for (Card *card : {m_backendBox, m_languageBox, m_secretBox, m_cacheBox})
        cardsLayout->addWidget(card);
    cardsLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(cards);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the controls; the area follows focus
    scroll->viewport()->setBackgroundRole(QPalette::Window);

    auto *layout = new QVBoxLayout(this);
    Spacing::setPageMargins(layout);
    layout->addWidget(m_header);
    layout->addWidget(m_banner);
    layout->addWidget(scroll, 1);
    retranslateUi();

    connect(m_add, &QPushButton::clicked, this, &SettingsView::addBackendRequested);
    connect(m_switch, &QPushButton::clicked, this,
            [this] { Q_EMIT switchBackendRequested(selectedId()); });
    connect(m_backends, &QListWidget::itemActivated, this,
            [this] { Q_EMIT switchBackendRequested(selectedId()); });
    connect(m_forget, &QPushButton::clicked, this, &SettingsView::forgetSelected);
    connect(m_backends, &QListWidget::currentRowChanged, this, &SettingsView::updateButtons);
    connect(m_settings, &Settings::backendsChanged, this, &SettingsView::reloadBackends);
    connect(m_settings, &Settings::currentBackendChanged, this, &SettingsView::reloadBackends);
    // The application switches the language when the setting changes (Translations::use).
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { m_settings->setLanguage(m_language->currentData().toString()); });
    connect(m_appearance, &QComboBox::currentIndexChanged, this, [this] {
        m_settings->setAppearance(m_appearance->currentData().toString());
    });
    connect(m_secrets, &SecretStore::storageChanged, this, &SettingsView::showStorage);
    connect(m_sessionOnly, &QPushButton::clicked, this, [this] {
        m_secrets->keepForSessionOnly(true);
    });
    connect(m_cacheSwitch, &QCheckBox::toggled, this, &SettingsView::setCacheChoice);
    connect(m_forgetLocal, &QPushButton::clicked, this, &SettingsView::forgetLocalData);
    connect(&m_cacheInfoWatcher, &QFutureWatcherBase::finished, this,
            [this] { showCacheInfo(m_cacheInfoWatcher.result()); });
    connect(m_settings, &Settings::currentBackendChanged, this, &SettingsView::refreshCacheInfo);
    connect(m_settings, &Settings::candidateCacheEnabledChanged, this,
            &SettingsView::refreshCacheInfo);
    reloadBackends();
    showStorage();
}

void SettingsView::setLanguages(const QStringList &codes)
{
    const QSignalBlocker quiet(m_language); // offering languages chooses none
    while (m_language->count() > 1)
        m_language->removeItem(1);
    for (const QString &code : codes)
        if (!code.isEmpty() && m_language->findData(code) < 0)
            m_language->addItem(languageName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings->language())));
}

QString SettingsView::languageName(const QString &code)
{
    // Each in its own language, without a country ("Español", not "español de España").
    static const QHash<QString, QString> known{{u"en"_s, u"English"_s},
                                               {u"de"_s, u"Deutsch"_s},
                                               {u"fr"_s, u"Français"_s},
                                               {u"es"_s, u"Español"_s}};
    if (const auto name = known.constFind(code); name != known.constEnd())
        return *name;
    QString name = QLocale(code).nativeLanguageName();
    if (name.isEmpty())
        return code;
    name[0] = name.at(0).toUpper(); // "français" starts a list entry: "Français"
    return name;
}

void SettingsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SettingsView::retranslateUi()
{
    setAccessibleName(tr("Settings"));
    m_header->setTitle(tr("Settings"));
    m_header->setSubtitle(tr("Backends, language and where secrets are kept."));
    m_backendBox->setTitle(tr("Backends"));
    m_backends->setAccessibleName(tr("Backends"));
    m_add->setText(tr("&Add backend…"));
    m_switch->setText(tr("&Use this backend"));
    m_forget->setText(tr("&Forget…"));
    m_languageBox->setTitle(tr("Language and appearance"));
    m_language->setAccessibleName(tr("Language"));
    m_language->setItemText(0, tr("System language"));
    qobject_cast<QLabel *>(m_languageForm->labelForField(m_language))
        ->setText(tr("&Interface language:"));
    m_appearance->setAccessibleName(tr("Appearance"));
    m_appearance->setItemText(0, tr("Follow the system"));
    m_appearance->setItemText(1, tr("Light"));
    m_appearance->setItemText(2, tr("Dark"));
    qobject_cast<QLabel *>(m_languageForm->labelForField(m_appearance))->setText(tr("A&ppearance:"));
    m_secretBox->setTitle(tr("Secrets"));
    m_storage->setAccessibleName(tr("Where secrets are kept"));
    m_sessionOnly->setText(tr("Keep secrets for this session only"));
    m_cacheBox->setTitle(tr("Local data"));
    m_cacheSwitch->setText(tr("&Keep an encrypted copy of the candidate list on this computer"));
    m_cacheInfo->setAccessibleName(tr("Local candidate data"));
    m_forgetLocal->setText(tr("Forget &local data"));
    reloadBackends();
    showStorage();
    m_cacheNote->setText(tr("Turned off for this run (--no-cache)."));
    if (m_settings->currentBackendId().isEmpty())
        m_cacheInfo->setText(tr("No backend is in use."));
    else if (m_cacheInfoWatcher.isFinished() && m_cacheInfoWatcher.future().isValid())
        showCacheInfo(m_cacheInfoWatcher.result()); // what was read, in the new words
}

void SettingsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshCacheInfo(); // a sync may have written the cache since
}

void SettingsView::refreshCacheInfo()
{
    const QString id = m_settings->currentBackendId();
    m_cacheNote->setVisible(m_settings->isCandidateCacheOffForSession());
    m_cacheNote->setText(tr("Turned off for this run (--no-cache)."));
    m_cacheSwitch->setEnabled(!m_settings->isCandidateCacheOffForSession());
    if (id.isEmpty()) {
        m_cacheInfo->setText(tr("No backend is in use."));
        m_forgetLocal->setEnabled(false);
        return;
    }
    m_cacheInfoWatcher.setFuture(CandidateCache::fileInfo(id));
}

void SettingsView::showCacheInfo(const CandidateCacheFileInfo &info)
{
    m_forgetLocal->setEnabled(info.exists);
    if (!info.exists) {
        m_cacheInfo->setText(tr("No candidate data of this backend is stored on this computer."));
        return;
    }
    const QString synced = info.syncedAt.isValid()
        ? QLocale().toString(info.syncedAt.toLocalTime(), QLocale::ShortFormat)
        : tr("unknown");
    m_cacheInfo->setText(tr("Candidates stored: %1. Size on disk: %2. Last synced: %3.")
                             .arg(QLocale().toString(info.rows),
                                  QLocale().formattedDataSize(info.bytes), synced));
}

void SettingsView::setCacheChoice(bool on)
{
    m_settings->setCandidateCacheChoice(on);
    if (on)
        return;
    // Off: no backend keeps a copy, not only the one in use.
    for (const BackendConfig &backend : m_settings->backends())
        CandidateCache::forget(backend.id, m_secrets);
    refreshCacheInfo();
}

void SettingsView::forgetLocalData()
{
    const QString id = m_settings->currentBackendId();
    if (id.isEmpty())
        return;
    CandidateCache::forget(id, m_secrets);
    refreshCacheInfo();
}

QString SettingsView::selectedId() const
{
    const QListWidgetItem *item = m_backends->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void SettingsView::reloadBackends()
{
    const QString keep = selectedId();
    m_backends->clear();
    const QString current = m_settings->currentBackendId();
    for (const BackendConfig &backend : m_settings->backends()) {
        const QString where = backend.kind == BackendConfig::Kind::Sandbox
            ? tr("embedded sandbox on this computer")
            : backend.url.toString();
        QString text = tr("%1 — %2").arg(backend.name, where);
        if (backend.id == current)
            text += tr(" (in use)");
        auto *item = new QListWidgetItem(text, m_backends);
        item->setData(Qt::UserRole, backend.id);
        if (backend.id == keep || (keep.isEmpty() && backend.id == current))
            m_backends->setCurrentItem(item);
    }
    updateButtons();
}

void SettingsView::updateButtons()
{
    const QString id = selectedId();
    m_switch->setEnabled(!id.isEmpty() && id != m_settings->currentBackendId());
    m_forget->setEnabled(!id.isEmpty() && id != m_settings->currentBackendId());
}

void SettingsView::forgetSelected()
{
    const QString id = selectedId();
    const auto backend = m_settings->backend(id);
    if (!backend)
        return;
    auto *confirm = new QMessageBox(QMessageBox::Question, tr("Forget backend"),
                                    tr("Forget %1? Its API key is removed from the keychain, and "
                                       "its settings and local data are deleted. The backend "
                                       "itself is not changed.").arg(backend->name),
                                    QMessageBox::Cancel, this);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *forget = confirm->addButton(tr("Forget"), QMessageBox::DestructiveRole);
    connect(confirm, &QMessageBox::finished, this, [this, confirm, forget, id] {
        if (confirm->clickedButton() != forget)
            return;
        auto *job = m_secrets->forgetBackend(id, this);
        connect(job, &SecretJob::finished, this, [this, job, id] {
            if (!job->isOk()) {
                m_banner->showMessage(StatusPalette::Status::Failing, job->error().userMessage(),
                                      job->error().detail());
                return; // keep the settings so the secrets can still be found and removed
            }
            m_banner->clear();
            CandidateCache::forget(id, nullptr); // its key went with the other secrets
            m_settings->removeBackend(id);
        });
    });
    confirm->open();
}

void SettingsView::showStorage()
{
    QString text;
    switch (m_secrets->storage()) {
    case SecretStore::Storage::Keychain:
        text = tr("API keys are kept in your system keychain (Secret Service) and nowhere else.");
        break;
    case SecretStore::Storage::SessionOnly:
        text = tr("API keys are kept in memory for this session only: you will be asked for them "
                  "again after Tessera quits.");
        break;
    case SecretStore::Storage::Unavailable:
        text = tr("No system keychain is available. Install and start gnome-keyring (or KWallet), "
                  "or keep secrets for this session only. Tessera never writes keys to disk.");
        break;
    case SecretStore::Storage::Unknown:
        text = tr("API keys are kept in your system keychain; it has not been used yet this "
                  "session.");
        break;
    }
    m_storage->setText(text);
    m_sessionOnly->setVisible(m_secrets->storage() == SecretStore::Storage::Unavailable);
}

} // namespace Tessera
