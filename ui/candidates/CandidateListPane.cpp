#include "CandidateListPane.h"

#include "CandidateTable.h"
#include "models/candidates/CandidateDirectory.h"
#include "models/candidates/CandidateFilterModel.h"
#include "models/candidates/CandidatesModel.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {
enum Page { TablePage, LoadingPage, EmptyPage };
}

CandidateListPane::CandidateListPane(CandidateDirectory *directory, CandidateFilterModel *filter,
                                     QWidget *parent)
    : QWidget(parent)
    , m_directory(directory)
    , m_filter(filter)
    , m_count(new QLabel(this))
    , m_sync(new QLabel(this))
    , m_syncBar(new QProgressBar(this))
    , m_pages(new QStackedWidget(this))
    , m_table(new CandidateTable(filter, this))
    , m_loadingText(new QLabel(this))
    , m_loadingBar(new QProgressBar(this))
    , m_emptyText(new QLabel(this))
    , m_checkAgain(new QPushButton(tr("Check again"), this))
{
    m_count->setObjectName(u"candidateCount"_s);
    m_count->setAccessibleName(tr("Candidate count"));
    m_sync->setObjectName(u"candidateSyncStatus"_s);
    m_syncBar->setFixedSize(120, 12);
    m_syncBar->setTextVisible(false);
    m_syncBar->setAccessibleName(tr("Sync progress"));
    m_loadingText->setObjectName(u"candidateListLoading"_s);
    m_loadingText->setAlignment(Qt::AlignCenter);
    m_loadingBar->setMaximumWidth(320);
    m_loadingBar->setAccessibleName(tr("Loading progress"));
    m_emptyText->setObjectName(u"candidateListEmpty"_s);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_checkAgain->setObjectName(u"candidateCheckAgain"_s);
    m_checkAgain->setAccessibleName(tr("Check again for candidates"));

    auto *loading = new QWidget(this);
    auto *loadingLayout = new QVBoxLayout(loading);
    loadingLayout->addStretch(1);
    loadingLayout->addWidget(m_loadingText);
    loadingLayout->addWidget(m_loadingBar, 0, Qt::AlignHCenter);
    loadingLayout->addStretch(1);
    auto *empty = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(m_checkAgain, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(1);
    m_pages->insertWidget(TablePage, m_table);
    m_pages->insertWidget(LoadingPage, loading);
    m_pages->insertWidget(EmptyPage, empty);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_count, 0, 0);
    layout->addWidget(m_sync, 0, 1, Qt::AlignRight);
    layout->addWidget(m_syncBar, 0, 2);
    layout->addWidget(m_pages, 1, 0, 1, 3);
    layout->setColumnStretch(0, 1);

    connect(m_checkAgain, &QPushButton::clicked, directory, &CandidateDirectory::sync);
    connect(directory, &CandidateDirectory::stateChanged, this, &CandidateListPane::refresh);
    connect(directory, &CandidateDirectory::progressChanged, this, &CandidateListPane::refresh);
    connect(filter, &QAbstractItemModel::rowsInserted, this, &CandidateListPane::refresh);
    connect(filter, &QAbstractItemModel::rowsRemoved, this, &CandidateListPane::refresh);
    connect(filter, &QAbstractItemModel::modelReset, this, &CandidateListPane::refresh);
    connect(filter, &QAbstractItemModel::layoutChanged, this, &CandidateListPane::refresh);
    refresh();
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

void CandidateListPane::refresh()
{
    const int total = m_filter->sourceModel() ? m_filter->sourceModel()->rowCount() : 0;
    const int shown = m_filter->rowCount();
    const CandidateDirectory::State state = m_directory->state();
    const bool syncing = state == CandidateDirectory::State::SyncingCandidates
        || state == CandidateDirectory::State::SyncingApplications;
    const qint64 expected = m_directory->expectedTotal();

    QString count;
    if (m_filter->filterText().isEmpty())
        count = total == 1 ? tr("1 candidate") : tr("%L1 candidates").arg(total);
    else
        count = shown == 1 ? tr("1 of %L1 matches").arg(total) : tr("%L1 of %L2 match").arg(shown).arg(total);
    if (!m_searchNote.isEmpty())
        count = tr("%1 · %2").arg(count, m_searchNote);
    m_count->setText(count);
    m_count->setVisible(total > 0);

    QString progress;
    if (state == CandidateDirectory::State::SyncingCandidates)
        progress = expected > 0 ? tr("Loading candidates… %L1 of %L2").arg(total).arg(expected)
            : total > 0         ? tr("Loading candidates… %L1 so far").arg(total)
                                : tr("Loading candidates…");
    else if (state == CandidateDirectory::State::SyncingApplications)
        progress = tr("Loading stages and jobs…");
    m_sync->setText(progress);
    m_sync->setVisible(syncing && total > 0);
    m_syncBar->setVisible(syncing && total > 0);
    m_syncBar->setRange(0, expected > 0 && state == CandidateDirectory::State::SyncingCandidates
                               ? int(std::min<qint64>(expected, INT_MAX)) : 0);
    m_syncBar->setValue(int(std::min<qint64>(total, INT_MAX)));
    m_loadingText->setText(progress);
    m_loadingBar->setRange(0, m_syncBar->maximum());
    m_loadingBar->setValue(m_syncBar->value());

    if (total > 0)
        m_pages->setCurrentIndex(TablePage);
    else if (syncing)
        m_pages->setCurrentIndex(LoadingPage);
    else
        m_pages->setCurrentIndex(EmptyPage);
    if (state == CandidateDirectory::State::Ready)
        m_emptyText->setText(tr("No candidates yet. They appear here as soon as someone applies "
                                "or is added in the ATS."));
    else if (state == CandidateDirectory::State::Failed)
        m_emptyText->setText(tr("Candidates could not be loaded. See the message above."));
    else
        m_emptyText->setText(tr("Candidates load once Tessera is connected to a backend."));
    m_checkAgain->setVisible(state == CandidateDirectory::State::Ready);
}

} // namespace Tessera
