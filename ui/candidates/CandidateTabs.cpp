#include "CandidateTabs.h"

#include "ActivitiesTab.h"
#include "models/activities/ApplicationActivities.h"
#include "models/activities/OfferActivities.h"
#include "models/candidates/ApplicationsModel.h"
#include "models/candidates/CandidateDetail.h"
#include "models/candidates/NotesModel.h"
#include "models/candidates/OffersModel.h"
#include "NotesTab.h"
#include "OfferWorkflowPanel.h"
#include "StatusChipDelegate.h"
#include "ui/common/EmptyState.h"
#include "ui/common/Retranslator.h"
#include "ui/common/Spacing.h"

#include <QHeaderView>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {
StatusPalette::Status offerStatusOf(const QModelIndex &index)
{
    const QString status = index.data(OffersModel::StatusRole).toString();
    if (status == u"Accepted"_s || status == u"CandidateAccepted"_s || status == u"Approved"_s)
        return StatusPalette::Status::Ok;
    if (status == u"Declined"_s || status == u"CandidateRejected"_s)
        return StatusPalette::Status::Failing;
    if (status == u"Cancelled"_s || status == u"OfferCancelled"_s || status.isEmpty())
        return StatusPalette::Status::Unavailable;
    return StatusPalette::Status::InProgress; // waiting on someone, pending, created
}

// A page with a view and the sentence shown instead of it when there is nothing to show.
QWidget *page(QWidget *view, EmptyState *empty, QWidget *parent)
{
    auto *widget = new QWidget(parent);
    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(Spacing::Normal, Spacing::Normal, Spacing::Normal, Spacing::Normal);
    layout->addWidget(view, 1);
    layout->addWidget(empty, 1);
    return widget;
}

EmptyState *emptyState(const QString &objectName, const QString &sentence, QWidget *parent)
{
    auto *empty = new EmptyState(parent);
    empty->setObjectName(objectName);
    empty->setText(sentence);
    return empty;
}
} // namespace

CandidateTabs::CandidateTabs(CandidateDetail *detail, ApplicationActivities *activities,
                             QWidget *parent)
    : QTabWidget(parent)
    , m_detail(detail)
    , m_applications(new QTreeView(this))
    , m_notes(new NotesTab(detail, this))
    , m_offers(new QTableView(this))
    , m_offersEmpty(emptyState(u"offersEmpty"_s, {}, this))
    , m_applicationsEmpty(emptyState(u"applicationsEmpty"_s, {}, this))
{
    setObjectName(u"candidateTabs"_s);
    m_applications->setObjectName(u"applicationsTree"_s);
    m_applications->setModel(detail->applications());
    m_applications->setUniformRowHeights(true);
    m_applications->setAlternatingRowColors(true);
    m_applications->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The history row marked Current already names the current stage, and a stage was left
    // when the next one was entered: the two columns that repeat this give their room to the
    // job and stage titles.
    QHeaderView *history = m_applications->header();
    history->setStretchLastSection(false);
    history->setSectionResizeMode(QHeaderView::ResizeToContents);
    history->setSectionResizeMode(ApplicationsModel::TitleColumn, QHeaderView::Stretch);
    history->setSectionHidden(ApplicationsModel::StageColumn, true);
    history->setSectionHidden(ApplicationsModel::LeftColumn, true);
    m_applications->setTextElideMode(Qt::ElideRight);
    m_offers->setObjectName(u"offersTable"_s);
    m_offers->setModel(detail->offers());
    m_offers->verticalHeader()->hide();
    m_offers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_offers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_offers->setTabKeyNavigation(false); // Tab leaves the table for the offer's workflows
    m_offers->setItemDelegateForColumn(OffersModel::OfferStatusColumn,
                                       new StatusChipDelegate(offerStatusOf, m_offers));
    // UX.md's order: start date, salary, status. The offer status runs through approval and the
    // candidate's answer, so it stands for all three; its tooltip names acceptance and approval.
    QHeaderView *columns = m_offers->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionHidden(OffersModel::AcceptanceColumn, true);
    columns->setSectionHidden(OffersModel::ApprovalColumn, true);
    columns->moveSection(columns->visualIndex(OffersModel::JobColumn), OffersModel::ColumnCount - 1);
    // Dates, amounts and statuses keep their words; the job (also in Applications) gives way.
    columns->setSectionResizeMode(OffersModel::JobColumn, QHeaderView::Stretch);
    columns->setMinimumSectionSize(Spacing::Unit * 6);
    m_offers->setTextElideMode(Qt::ElideRight);
    m_offers->setWordWrap(false); // one line per offer; a long job title is in its tooltip
    m_offers->setWordWrap(false); // one line per offer; a long job shows in its tooltip

    addTab(page(m_applications, m_applicationsEmpty, this), {});
    addTab(m_notes, {});
    QWidget *offersPage = page(m_offers, m_offersEmpty, this);
    addTab(offersPage, {});
    if (activities) {
        // The table takes the height of its rows (fitOffersTable()); the selected offer's panel
        // follows right under it and scrolls when a form makes it taller than the page.
        auto *offersLayout = static_cast<QVBoxLayout *>(offersPage->layout());
        offersLayout->setStretchFactor(m_offers, 0);
        m_offerWorkflows =
            new OfferWorkflowPanel(new OfferActivities(activities->client(), this), offersPage);
        m_offerScroll = new QScrollArea(offersPage);
        m_offerScroll->setObjectName(u"offerWorkflowScroll"_s);
        m_offerScroll->setFrameShape(QFrame::NoFrame);
        m_offerScroll->setWidgetResizable(true);
        m_offerScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_offerScroll->setWidget(m_offerWorkflows);
        m_offerScroll->viewport()->setAutoFillBackground(false); // the page's own background
        m_offerWorkflows->setAutoFillBackground(false);
        offersLayout->addWidget(m_offerScroll, 1);
        connect(m_offers->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &CandidateTabs::showSelectedOffer);
        connect(detail->offers(), &QAbstractItemModel::dataChanged, this,
                &CandidateTabs::showSelectedOffer);
        connect(m_offerWorkflows->model(), &OfferActivities::offerChanged, detail->offers(),
                &OffersModel::updateOffer);
        m_activities = new ActivitiesTab(detail, activities, this);
        addTab(m_activities, {});
        connect(m_activities, &ActivitiesTab::countChanged, this, &CandidateTabs::refresh);
    }

    auto *applications = detail->applications();
    connect(applications, &QAbstractItemModel::modelReset, this, [this] {
        m_applications->expandAll(); // the history is what this tab is for
        refresh();
    });
    connect(applications, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parentIndex) {
                if (parentIndex.isValid())
                    m_applications->expand(parentIndex); // a move added a history row
                refresh();
            });
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(detail->notes()),
                                      static_cast<QAbstractItemModel *>(detail->offers())}) {
        connect(model, &QAbstractItemModel::modelReset, this, &CandidateTabs::refresh);
        connect(model, &QAbstractItemModel::rowsInserted, this, &CandidateTabs::refresh);
    }
    connect(detail, &CandidateDetail::stateChanged, this, &CandidateTabs::refresh);
    Retranslator::follow(this, [this] {
        setAccessibleName(tr("Candidate sections"));
        m_applications->setAccessibleName(tr("Applications and stage history"));
        m_offers->setAccessibleName(tr("Offers"));
        m_offersEmpty->setText(tr("No offers for this candidate."));
        m_applicationsEmpty->setText(tr("This candidate has not applied to any job yet."));
        refresh();
    });
}

void CandidateTabs::showSelectedOffer()
{
    if (!m_offerWorkflows)
        return;
    const QModelIndex current = m_offers->currentIndex();
    const QList<Offer> &offers = m_detail->offers()->offers();
    if (!current.isValid() || current.row() >= offers.size()) {
        m_offerWorkflows->setOffer({}, {});
        return;
    }
    m_offerWorkflows->setOffer(
        offers.at(current.row()),
        m_detail->offers()->index(current.row(), OffersModel::JobColumn).data().toString(),
        m_detail->candidate().name);
}

// As tall as its rows (up to a few, then it scrolls), so the offer's panel sits right under it.
void CandidateTabs::fitOffersTable()
{
    if (!m_offerWorkflows)
        return;
    constexpr int mostRowsShown = 5;
    const int rows = std::clamp(m_offers->model()->rowCount(), 1, mostRowsShown);
    int height = 2 * m_offers->frameWidth() + m_offers->horizontalHeader()->sizeHint().height();
    for (int row = 0; row < rows; ++row)
        height += row < m_offers->model()->rowCount() ? m_offers->rowHeight(row)
                                                      : m_offers->verticalHeader()->defaultSectionSize();
    // Room for the horizontal scroll bar when the columns are wider than the table.
    if (m_offers->horizontalHeader()->length() > m_offers->viewport()->width())
        height += m_offers->horizontalScrollBar()->sizeHint().height();
    m_offers->setFixedHeight(height);
}

void CandidateTabs::refresh()
{
    const bool ready = m_detail->state() == LoadState::Ready;
    const int applications = m_detail->applications()->rowCount();
    const int notes = m_detail->notes()->rowCount();
    const int offers = m_detail->offers()->rowCount();
    // Counts only once known: "Notes (0)" while loading would be a guess.
    setTabText(0, ready ? tr("Appli&cations (%L1)").arg(applications) : tr("Appli&cations"));
    setTabText(1, ready ? tr("&Notes (%L1)").arg(notes) : tr("&Notes"));
    setTabText(2, ready ? tr("O&ffers (%L1)").arg(offers) : tr("O&ffers"));
    if (m_activities) {
        const ApplicationActivities *model = m_activities->model();
        const bool listed = model->status()->hasLoaded() && !model->applicationId().isEmpty()
            && model->status()->state() != LoadState::Loading;
        setTabText(3, listed ? tr("Ac&tivities (%L1)").arg(model->activities().size())
                             : tr("Ac&tivities"));
    }
    m_applications->setVisible(applications > 0);
    m_applicationsEmpty->setVisible(ready && applications == 0);
    m_offers->setVisible(offers > 0);
    // The job of each offer matters only when the offers are for more than one job; else it is
    // the job in the header, and the columns that must stay whole get its room.
    QSet<QString> applicationsWithOffers;
    for (const Offer &offer : m_detail->offers()->offers())
        applicationsWithOffers.insert(offer.applicationId);
    m_offers->setColumnHidden(OffersModel::JobColumn, applicationsWithOffers.size() < 2);
    m_offersEmpty->setVisible(ready && offers == 0);
    if (m_offerScroll)
        m_offerScroll->setVisible(offers > 0);
    fitOffersTable();
    showSelectedOffer();
}

} // namespace Tessera
