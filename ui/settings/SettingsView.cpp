#include "SettingsView.h"

#include "models/candidates/CandidateCache.h"
#include "models/secrets/SecretStore.h"
#include "models/settings/Settings.h"
#include "ui/common/Card.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/PageHeader.h"
#include "ui/common/Spacing.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QScrollArea>
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
    , m_switch(new QPushButton(tr("&Use this backend"), this))
    , m_forget(new QPushButton(tr("&Forget…"), this))
    , m_language(new QComboBox(this))
    , m_appearance(new QComboBox(this))
    , m_languageNote(new QLabel(this))
    , m_storage(new QLabel(this))
    , m_sessionOnly(new QPushButton(tr("Keep secrets for this session only"), this))
    , m_cacheSwitch(new QCheckBox(tr("&Keep an encrypted copy of the candidate list on this "
                                     "computer"), this))
    , m_cacheNote(new QLabel(this))
    , m_cacheInfo(new QLabel(this))
    , m_forgetLocal(new QPushButton(tr("Forget &local data"), this))
{
    setAccessibleName(tr("Settings"));
    m_backends->setAccessibleName(tr("Backends"));
    m_backends->setMaximumHeight(160);
    auto *add = new QPushButton(tr("&Add backend…"), this);
    auto *buttons = new QHBoxLayout;
    Spacing::setGroupMargins(buttons);
    buttons->addWidget(add);
    buttons->addWidget(m_switch);
    buttons->addWidget(m_forget);
    buttons->addStretch();
    auto *backendBox = new Card(tr("Backends"), this);
    QVBoxLayout *backendLayout = backendBox->body();
    backendLayout->addWidget(m_backends);
    backendLayout->addLayout(buttons);

    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings->language())));
    m_languageNote->setWordWrap(true);
    m_languageNote->setVisible(false);
    m_language->setMaximumWidth(40 * Spacing::Unit);
    m_appearance->setAccessibleName(tr("Appearance"));
    m_appearance->addItem(tr("Follow the system"), u"system"_s);
    m_appearance->addItem(tr("Light"), u"light"_s);
    m_appearance->addItem(tr("Dark"), u"dark"_s);
    m_appearance->setCurrentIndex(std::max(0, m_appearance->findData(settings->appearance())));
    m_appearance->setMaximumWidth(40 * Spacing::Unit);
    auto *languageBox = new Card(tr("Language and appearance"), this);
    auto *languageLayout = new QFormLayout;
    languageLayout->setContentsMargins(0, 0, 0, 0);
    languageBox->body()->addLayout(languageLayout);
    languageLayout->addRow(tr("&Interface language:"), m_language);
    languageLayout->addRow(QString(), m_languageNote);
    languageLayout->addRow(tr("A&ppearance:"), m_appearance);

    m_storage->setWordWrap(true);
    m_storage->setAccessibleName(tr("Where secrets are kept"));
    auto *secretBox = new Card(tr("Secrets"), this);
    QVBoxLayout *secretLayout = secretBox->body();
    secretLayout->addWidget(m_storage);
    secretLayout->addWidget(m_sessionOnly, 0, Qt::AlignLeft);

    m_cacheSwitch->setChecked(settings->candidateCacheChoice());
    m_cacheNote->setWordWrap(true);
    m_cacheInfo->setWordWrap(true);
    m_cacheInfo->setAccessibleName(tr("Local candidate data"));
    auto *cacheBox = new Card(tr("Local data"), this);
    QVBoxLayout *cacheLayout = cacheBox->body();
    cacheLayout->addWidget(m_cacheSwitch);
    cacheLayout->addWidget(m_cacheNote);
    cacheLayout->addWidget(m_cacheInfo);
    cacheLayout->addWidget(m_forgetLocal, 0, Qt::AlignLeft);

    // The cards scroll under a fixed header when a language's longer words need more room.
    auto *cards = new QWidget(this);
    auto *cardsLayout = new QVBoxLayout(cards);
    cardsLayout->setContentsMargins(0, 0, 0, 0);
    cardsLayout->setSpacing(Spacing::Wide);
    for (Card *card : {backendBox, languageBox, secretBox, cacheBox})
        cardsLayout->addWidget(card);
    cardsLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(cards);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->viewport()->setBackgroundRole(QPalette::Window);

    auto *layout = new QVBoxLayout(this);
    Spacing::setPageMargins(layout);
    auto *header = new PageHeader(tr("Settings"), this);
    header->setSubtitle(tr("Backends, language and where secrets are kept."));
    layout->addWidget(header);
    layout->addWidget(m_banner);
    layout->addWidget(scroll, 1);

    connect(add, &QPushButton::clicked, this, &SettingsView::addBackendRequested);
    connect(m_switch, &QPushButton::clicked, this,
            [this] { Q_EMIT switchBackendRequested(selectedId()); });
    connect(m_backends, &QListWidget::itemActivated, this,
            [this] { Q_EMIT switchBackendRequested(selectedId()); });
    connect(m_forget, &QPushButton::clicked, this, &SettingsView::forgetSelected);
    connect(m_backends, &QListWidget::currentRowChanged, this, &SettingsView::updateButtons);
    connect(m_settings, &Settings::backendsChanged, this, &SettingsView::reloadBackends);
    connect(m_settings, &Settings::currentBackendChanged, this, &SettingsView::reloadBackends);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_settings->setLanguage(m_language->currentData().toString());
        m_languageNote->setText(tr("The new language applies the next time Tessera starts."));
        m_languageNote->setVisible(true);
    });
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
