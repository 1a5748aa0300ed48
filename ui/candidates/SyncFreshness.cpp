#include "SyncFreshness.h"

#include "models/candidates/CandidateDirectory.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace Tessera {

SyncFreshness::SyncFreshness(CandidateDirectory *directory, QWidget *parent)
    : QWidget(parent)
    , m_directory(directory)
    , m_label(new QLabel(this))
    , m_button(new QToolButton(this))
{
    m_label->setAccessibleName(tr("Last synced"));
    m_button->setText(tr("Refresh"));
    m_button->setToolTip(tr("Fetch what changed since the last sync (F5)"));
    m_button->setAccessibleName(tr("Refresh candidates"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_button);
    connect(m_button, &QToolButton::clicked, this, &SyncFreshness::refresh);
    connect(directory, &CandidateDirectory::stateChanged, this, &SyncFreshness::update);
    connect(&m_clock, &QTimer::timeout, this, &SyncFreshness::update);
    m_clock.start(10'000);
    update();
}

void SyncFreshness::refresh()
{
    m_directory->sync(); // incremental once the first sync is done
    Q_EMIT refreshed();
}

void SyncFreshness::update()
{
    const auto state = m_directory->state();
    const bool syncing = state == CandidateDirectory::State::SyncingCandidates
        || state == CandidateDirectory::State::SyncingApplications;
    m_button->setEnabled(!syncing);
    const QDateTime synced = m_directory->lastSynced();
    if (syncing) {
        m_label->setText(tr("Syncing…"));
    } else if (!synced.isValid()) {
        m_label->setText(tr("Not synced yet"));
    } else {
        const qint64 minutes = synced.secsTo(QDateTime::currentDateTimeUtc()) / 60;
        m_label->setText(minutes < 1 ? tr("Synced just now")
                                     : tr("Synced %n min ago", nullptr, int(minutes)));
    }
}

} // namespace Tessera
