#include "CandidatesView.h"

#include "CandidateDetailPane.h"
#include "CandidateListPane.h"
#include "CandidateTable.h"
#include "models/candidates/CandidateDirectory.h"
#include "models/candidates/CandidateFilterModel.h"
#include "models/candidates/CandidatesModel.h"
#include "SyncFreshness.h"
#include "ui/common/DataAgeLabel.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/PageHeader.h"
#include "ui/common/Retranslator.h"
#include "ui/common/Spacing.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

CandidatesView::CandidatesView(CandidateDirectory *directory, CandidateDetail *detail,
                               ReferenceData *reference, ApplicationActivities *activities,
                               QWidget *parent)
    : QWidget(parent)
    , m_directory(directory)
    , m_filter(new CandidateFilterModel(this))
    , m_header(new PageHeader({}, this))
    , m_refresh(new SyncFreshness(directory, this))
    , m_search(new QLineEdit(this))
    , m_banner(new MessageBanner(this))
    , m_list(nullptr)
    , m_detail(new CandidateDetailPane(detail, reference, directory->model(), activities, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(u"candidatesView"_s);
    m_filter->setSourceModel(directory->model());
    m_list = new CandidateListPane(directory, m_filter, this);
    m_search->setObjectName(u"candidateSearch"_s);
    Retranslator::follow(this, [this] {
        setAccessibleName(tr("Candidates"));
        m_header->setTitle(tr("Candidates"));
        m_search->setAccessibleName(tr("Search candidates"));
        m_search->setPlaceholderText(tr("Search by name or email (Ctrl+F)"));
        m_search->setToolTip(tr("Filters as you type. Enter also searches the server for "
                                "candidates that are not synced yet."));
    });
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(35 * Spacing::Unit);
    m_header->setObjectName(u"candidatesHeader"_s);
    m_header->addAction(m_refresh);
    m_header->addAction(m_search);
    m_header->dataAge()->setObjectName(u"candidateDataAge"_s);
    m_header->dataAge()->track(directory->status());
    m_search->installEventFilter(this);
    m_banner->setObjectName(u"candidateListBanner"_s);
    m_splitter->setObjectName(u"candidateSplitter"_s);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_detail);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({590, 450}); // scaled to the real width when shown
    m_selectionDelay.setSingleShot(true);
    m_selectionDelay.setInterval(150);

    auto *layout = new QVBoxLayout(this);
    Spacing::setPageMargins(layout);
    layout->addWidget(m_header);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);
    setTabOrder(m_search, m_list->table());

    auto *refresh = new QShortcut(QKeySequence::Refresh, this);
    connect(refresh, &QShortcut::activated, m_refresh, &SyncFreshness::refresh);
    connect(m_refresh, &SyncFreshness::refreshed, this, &CandidatesView::refreshRequested);
    connect(m_list, &CandidateListPane::clearFilterRequested, m_search, &QLineEdit::clear);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterText(text);
        m_list->setSearchNote({});
    });
    connect(m_search, &QLineEdit::returnPressed, this, &CandidatesView::searchOnServer);
    auto *table = static_cast<CandidateTable *>(m_list->table());
    connect(table, &CandidateTable::currentCandidateChanged, this, [this] {
        m_selectionDelay.start();
    });
    connect(&m_selectionDelay, &QTimer::timeout, this, [this] {
        const QString id = currentCandidateId();
        if (id.isEmpty())
            return;
        m_detail->showCandidate(id);
        Q_EMIT currentCandidateChanged(id);
    });
    connect(m_banner, &MessageBanner::retryRequested, this, [this] {
        if (m_retry == Retry::Search)
            searchOnServer();
        else
            m_directory->sync();
    });
    connect(directory, &CandidateDirectory::stateChanged, this,
            &CandidatesView::onDirectoryStateChanged);
    connect(directory, &CandidateDirectory::searchFinished, this, &CandidatesView::onSearchFinished);
    onDirectoryStateChanged();
}

QString CandidatesView::currentCandidateId() const
{
    return static_cast<CandidateTable *>(m_list->table())->currentCandidateId();
}

CandidateDetail *CandidatesView::detail() const
{
    return m_detail->detail();
}

bool CandidatesView::selectCandidate(const QString &candidateId)
{
    const int sourceRow = m_directory->model()->rowOf(candidateId);
    if (sourceRow < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(m_directory->model()->index(sourceRow, 0));
    if (!index.isValid()) {
        m_search->clear();
        index = m_filter->mapFromSource(m_directory->model()->index(sourceRow, 0));
    }
    m_list->table()->setCurrentIndex(index);
    m_list->table()->scrollTo(index);
    m_selectionDelay.stop();
    m_detail->showCandidate(candidateId);
    Q_EMIT currentCandidateChanged(candidateId);
    return true;
}

void CandidatesView::openCandidate(const QString &candidateId)
{
    if (selectCandidate(candidateId))
        return;
    m_selectionDelay.stop();
    m_detail->showCandidate(candidateId);
    Q_EMIT currentCandidateChanged(candidateId);
}

bool CandidatesView::eventFilter(QObject *watched, QEvent *event)
{
    // Down in the search field goes on to the results.
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_filter->rowCount() > 0) {
        QTableView *table = m_list->table();
        table->setFocus(Qt::TabFocusReason);
        if (!table->currentIndex().isValid())
            table->setCurrentIndex(m_filter->index(0, 0));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void CandidatesView::onDirectoryStateChanged()
{
    if (m_directory->state() == CandidateDirectory::State::Failed) {
        m_retry = Retry::Sync;
        m_banner->showError(m_directory->lastError());
    } else if (m_retry == Retry::Sync) {
        m_banner->clear();
    }
}

void CandidatesView::searchOnServer()
{
    m_serverQuery = m_search->text().trimmed();
    if (m_serverQuery.isEmpty())
        return;
    m_list->setSearchNote(tr("searching the server…"));
    m_directory->searchOnServer(m_serverQuery);
}

void CandidatesView::onSearchFinished(int found, const ApiError &error)
{
    if (error.isError()) {
        m_retry = Retry::Search;
        m_list->setSearchNote({});
        m_banner->showError(error);
        return;
    }
    if (m_retry == Retry::Search)
        m_banner->clear();
    m_retry = Retry::Sync;
    m_list->setSearchNote(found == 0 ? tr("none more on the server")
                                     : found == 1 ? tr("1 found on the server")
                                                  : tr("%L1 found on the server").arg(found));
}

} // namespace Tessera
