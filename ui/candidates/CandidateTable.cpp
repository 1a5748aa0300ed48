#include "CandidateTable.h"

#include "models/candidates/CandidateFilterModel.h"
#include "models/candidates/CandidatesModel.h"
#include "StagePillDelegate.h"
#include "ui/common/Retranslator.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

CandidateTable::CandidateTable(CandidateFilterModel *filter, QWidget *parent)
    : QTableView(parent)
    , m_filter(filter)
{
    setObjectName(u"candidateTable"_s);
    Retranslator::follow(this, [this] { setAccessibleName(tr("Candidates")); });
    setModel(filter);
    setItemDelegateForColumn(CandidatesModel::StageColumn,
                             new StagePillDelegate(CandidatesModel::StageTypeRole, this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setTabKeyNavigation(false); // Tab leaves the list for the detail; arrows move in it
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    QHeaderView *header = horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(-1, Qt::AscendingOrder); // the backend's order until asked
    header->setStretchLastSection(false);
    // Widths from what the columns hold. Stages and dates show whole: the stage column grows to
    // the longest stage title in the list. Names have a fixed width; emails and jobs are free
    // text that share what is left and elide (full text in the tooltip).
    const QFontMetrics metrics = fontMetrics();
    const int em = metrics.horizontalAdvance(u'M');
    const QString latest = QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat);
    header->resizeSection(CandidatesModel::NameColumn, 10 * em);
    // Never narrower than the column's title (with its sort arrow), in any language.
    m_stageWidth = header->sectionSizeHint(CandidatesModel::StageColumn);
    header->resizeSection(CandidatesModel::StageColumn, m_stageWidth);
    header->resizeSection(CandidatesModel::UpdatedColumn,
                          std::max(metrics.horizontalAdvance(latest) + 2 * em,
                                   header->sectionSizeHint(CandidatesModel::UpdatedColumn)));
    header->setSectionResizeMode(CandidatesModel::EmailColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(CandidatesModel::JobColumn, QHeaderView::Stretch);
    if (QAbstractItemModel *source = filter->sourceModel()) {
        connect(source, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) { fitStages(first, last); });
        connect(source, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    if (topLeft.column() <= CandidatesModel::StageColumn
                        && bottomRight.column() >= CandidatesModel::StageColumn)
                        fitStages(topLeft.row(), bottomRight.row());
                });
        connect(source, &QAbstractItemModel::modelReset, this,
                [this, source] { fitStages(0, source->rowCount() - 1); });
        fitStages(0, source->rowCount() - 1);
    }

    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) { m_filter->sort(column, order); });
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT currentCandidateChanged(currentCandidateId()); });
}

void CandidateTable::fitStages(int first, int last)
{
    const QAbstractItemModel *source = m_filter->sourceModel();
    const QFontMetrics metrics = fontMetrics();
    int widest = m_stageWidth;
    for (int row = first; row <= last; ++row) {
        const QString stage = source->index(row, CandidatesModel::StageColumn).data().toString();
        if (stage.isEmpty() || m_stagesSeen.contains(stage))
            continue;
        m_stagesSeen.insert(stage);
        widest = std::max(widest, StagePillDelegate::widthFor(metrics, stage));
    }
    if (widest > m_stageWidth) {
        m_stageWidth = widest;
        horizontalHeader()->resizeSection(CandidatesModel::StageColumn, widest);
    }
}

QString CandidateTable::currentCandidateId() const
{
    return currentIndex().data(CandidatesModel::IdRole).toString();
}

} // namespace Tessera
