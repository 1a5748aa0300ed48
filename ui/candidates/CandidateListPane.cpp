#include "CandidateListPane.h"

#include "CandidateTable.h"
#include "models/candidates/CandidateDirectory.h"
#include "models/candidates/CandidateFilterModel.h"
#include "models/candidates/CandidatesModel.h"
#include "ui/common/EmptyState.h"
#include "ui/common/LoadingState.h"
#include "ui/common/Retranslator.h"
#include "ui/common/Spacing.h"
#include "ui/common/StateStack.h"

#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

CandidateListPane::CandidateListPane(CandidateDirectory *directory, CandidateFilterModel *filter,
                                     QWidget *parent)
    : QWidget(parent)
    , m_directory(directory)
    , m_filter(filter)
    , m_count(new QLabel(this))
    , m_sync(new QLabel(this))
    , m_syncBar(new QProgressBar(this))
    , m_table(new CandidateTable(filter, this))
    , m_states(new StateStack(m_table, this))
{
    m_count->setObjectName(u"candidateCount"_s);
    m_sync->setObjectName(u"candidateSyncStatus"_s);
    m_syncBar->setFixedSize(15 * Spacing::Unit, Spacing::Normal + Spacing::Tight);
    m_syncBar->setTextVisible(false);
    Retranslator::follow(this, [this] {
        m_count->setAccessibleName(tr("Candidate count"));
        m_syncBar->setAccessibleName(tr("Sync progress"));
    });
    m_states->setObjectName(u"candidateListStates"_s);
    m_states->loading()->setObjectName(u"candidateListLoading"_s);
    m_states->empty()->setObjectName(u"candidateListEmpty"_s);
    m_states->empty()->actionButton()->setObjectName(u"candidateEmptyAction"_s);

    auto *layout = new QGridLayout(this);
    Spacing::setGroupMargins(layout);
    layout->addWidget(m_count, 0, 0);
    layout->addWidget(m_sync, 0, 1, Qt::AlignRight);
    layout->addWidget(m_syncBar, 0, 2);
    layout->addWidget(m_states, 1, 0, 1, 3);
    layout->setColumnStretch(0, 1);

    connect(m_states->empty(), &EmptyState::actionTriggered, this,
            &CandidateListPane::onEmptyAction);
    connect(directory, &CandidateDirectory::stateChanged, this, &CandidateListPane::refresh);
    connect(directory, &CandidateDirectory::progressChanged, this, &CandidateListPane::refresh);
    connect(filter, &QAbstractItemModel::rowsInserted, this, &CandidateListPane::refresh);
    connect(filter, &QAbstractItemModel::rowsRemoved, this, &CandidateListPane::refresh);
    connect(filter, &QAbstractItemModel::modelReset, this, &CandidateListPane::refresh);
    connect(filter, &QAbstractItemModel::layoutChanged, this, &CandidateListPane::refresh);
    Retranslator::follow(this, [this] { refresh(); });
}

QString CandidateListPane::countText() const
{
    return m_count->text();
}

void CandidateListPane::setSearchNote(const QString &note)
{
    m_searchNote = note;
    refresh();
}

void CandidateListPane::onEmptyAction()
{
    if (m_emptyAction == EmptyAction::ClearFilter)
        Q_EMIT clearFilterRequested();
    else if (m_emptyAction == EmptyAction::CheckAgain)
        m_directory->sync();
}

void CandidateListPane::refresh()
{
    const int total = m_filter->sourceModel() ? m_filter->sourceModel()->rowCount() : 0;
    const int shown = m_filter->rowCount();
    const CandidateDirectory::State state = m_directory->state();
    const bool syncing = state == CandidateDirectory::State::SyncingCandidates
        || state == CandidateDirectory::State::SyncingApplications;
    const qint64 expected = m_directory->expectedTotal();
    const qint64 loaded = m_directory->loaded(); // also rows decoded but not yet in the list
    const QString filterText = m_filter->filterText();

    QString count;
    if (filterText.isEmpty())
        count = total == 1 ? tr("1 candidate") : tr("%L1 candidates").arg(total);
    else
        count = shown == 1 ? tr("1 of %L1 matches").arg(total) : tr("%L1 of %L2 match").arg(shown).arg(total);
    if (!m_searchNote.isEmpty())
        count = tr("%1 · %2").arg(count, m_searchNote);
    m_count->setText(count);
    m_count->setVisible(total > 0);

    QString progress;
    if (state == CandidateDirectory::State::SyncingCandidates)
        progress = expected > 0 ? tr("Loading candidates… %L1 of %L2").arg(loaded).arg(expected)
            : loaded > 0        ? tr("Loading candidates… %L1 so far").arg(loaded)
                                : tr("Loading candidates…");
    else if (state == CandidateDirectory::State::SyncingApplications)
        progress = tr("Loading stages and jobs…");
    m_sync->setText(progress);
    m_sync->setVisible(syncing && total > 0);
    m_syncBar->setVisible(syncing && total > 0);
    const bool counted = expected > 0 && state == CandidateDirectory::State::SyncingCandidates;
    m_syncBar->setRange(0, counted ? 1000 : 0);
    m_syncBar->setValue(counted ? int(std::min(loaded, expected) * 1000 / expected) : 0);

    EmptyState *empty = m_states->empty();
    if (shown > 0) {
        m_states->showContent();
    } else if (total > 0) {
        // Rows exist, the filter hides them all.
        empty->setText(tr("No candidate matches “%1”.").arg(filterText));
        empty->setAction(tr("Clear filter"));
        m_emptyAction = EmptyAction::ClearFilter;
        m_states->showEmpty();
    } else if (syncing) {
        m_states->showLoading(state == CandidateDirectory::State::SyncingCandidates
                                  ? tr("Loading candidates…")
                                  : tr("Loading stages and jobs…"));
        m_states->loading()->setProgress(loaded, counted ? expected : 0);
    } else {
        if (state == CandidateDirectory::State::Ready) {
            empty->setText(tr("No candidates yet. They appear here as soon as someone applies "
                              "or is added in the ATS."));
            empty->setAction(tr("Check again"));
            m_emptyAction = EmptyAction::CheckAgain;
        } else if (state == CandidateDirectory::State::Failed) {
            empty->setText(tr("Candidates could not be loaded. See the message above."));
            empty->setAction({});
            m_emptyAction = EmptyAction::None;
        } else {
            empty->setText(tr("Candidates load once Tessera is connected to a backend."));
            empty->setAction({});
            m_emptyAction = EmptyAction::None;
        }
        m_states->showEmpty();
    }
}

} // namespace Tessera
