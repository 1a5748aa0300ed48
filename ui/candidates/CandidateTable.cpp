#include "CandidateTable.h"

#include "models/candidates/CandidateFilterModel.h"
#include "models/candidates/CandidatesModel.h"
#include "StagePillDelegate.h"

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
    setAccessibleName(tr("Candidates"));
    setModel(filter);
    setItemDelegateForColumn(CandidatesModel::StageColumn,
                             new StagePillDelegate(CandidatesModel::StageTypeRole, this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
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
    // Widths from what the columns hold: long stage titles and jobs elide (full text in the
    // tooltip); the job column takes what is left.
    const QFontMetrics metrics = fontMetrics();
    const int em = metrics.horizontalAdvance(u'M');
    const QString latest = QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat);
    header->resizeSection(CandidatesModel::NameColumn, 10 * em);
    header->resizeSection(CandidatesModel::EmailColumn, 13 * em);
    // Never narrower than the column's title (with its sort arrow), in any language.
    const auto fit = [header](int column, int contents) {
        header->resizeSection(column, std::max(contents, header->sectionSizeHint(column)));
    };
    fit(CandidatesModel::StageColumn, metrics.horizontalAdvance(tr("Application Review")) + 32);
    header->resizeSection(CandidatesModel::JobColumn, 10 * em);
    fit(CandidatesModel::UpdatedColumn, metrics.horizontalAdvance(latest) + 16);
    header->setSectionResizeMode(CandidatesModel::JobColumn, QHeaderView::Stretch);

    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) { m_filter->sort(column, order); });
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT currentCandidateChanged(currentCandidateId()); });
}

QString CandidateTable::currentCandidateId() const
{
    return currentIndex().data(CandidatesModel::IdRole).toString();
}

} // namespace Tessera
