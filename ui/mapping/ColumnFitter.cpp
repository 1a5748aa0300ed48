#include "ColumnFitter.h"

#include <QAbstractItemDelegate>
#include <QEvent>
#include <QHeaderView>
#include <QRegularExpression>
#include <QStyleOptionViewItem>
#include <QTableView>

namespace Tessera {

ColumnFitter::ColumnFitter(QTableView *table, const QList<int> &columns)
    : QObject(table)
    , m_table(table)
    , m_columns(columns)
{
    QHeaderView *header = table->horizontalHeader();
    header->setStretchLastSection(false);
    for (const int column : columns)
        header->setSectionResizeMode(column, QHeaderView::Interactive);
    table->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        if (!m_columns.contains(column))
            fit();
    });
    QAbstractItemModel *model = table->model();
    connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::fit);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFitter::fit);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFitter::fit);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ColumnFitter::fit);
    connect(model, &QAbstractItemModel::dataChanged, this, &ColumnFitter::fit);
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

ColumnFitter::Need ColumnFitter::need(int column) const
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    constexpr int gridAndRounding = 4; // the grid line and sub-pixel text widths
    QHeaderView *header = m_table->horizontalHeader();
    Need result;
    result.least = result.whole = std::max(0, header->sectionSizeHint(column));
    QStyleOptionViewItem option;
    option.initFrom(m_table);
    option.font = m_table->font();
    option.decorationSize = m_table->iconSize();
    const QAbstractItemModel *model = m_table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, column);
        const QString text = index.data(Qt::DisplayRole).toString();
        const int whole = m_table->itemDelegateForIndex(index)->sizeHint(option, index).width();
        const QVariant font = index.data(Qt::FontRole);
        const QFontMetrics metrics(font.isValid() ? font.value<QFont>() : m_table->font());
        int longestWord = 0;
        for (const QString &word : text.split(spaces, Qt::SkipEmptyParts))
            longestWord = std::max(longestWord, metrics.horizontalAdvance(word));
        const int overhead = whole - metrics.horizontalAdvance(text) + gridAndRounding;
        result.whole = std::max(result.whole, whole + gridAndRounding);
        result.least = std::max(result.least, longestWord + std::max(0, overhead));
    }
    return result;
}

void ColumnFitter::fit()
{
    if (m_fitting || !m_table->model())
        return;
    m_fitting = true;
    QHeaderView *header = m_table->horizontalHeader();
    int room = m_table->viewport()->width();
    for (int column = 0; column < header->count(); ++column)
        if (!m_columns.contains(column) && !header->isSectionHidden(column))
            room -= header->sectionSize(column);
    QList<Need> needs;
    int whole = 0;
    int least = 0;
    for (const int column : std::as_const(m_columns)) {
        needs << need(column);
        whole += needs.last().whole;
        least += needs.last().least;
    }
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const Need &column = needs.at(i);
        int width = column.whole;
        if (whole <= room) // everything on one line: the spare room spreads evenly
            width += (room - whole) / int(m_columns.size());
        else if (whole > least) // the shortfall is shared by what each would like beyond its least
            width = column.least
                  + int(qint64(std::max(0, room - least)) * (column.whole - column.least)
                        / (whole - least));
        header->resizeSection(m_columns.at(i), std::max(width, column.least));
    }
    m_table->resizeRowsToContents();
    m_fitting = false;
}

} // namespace Tessera
