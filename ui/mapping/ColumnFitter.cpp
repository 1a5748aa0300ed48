#include "ColumnFitter.h"

#include <QAbstractItemDelegate>
#include <QEvent>
#include <QHeaderView>
#include <QRegularExpression>
#include <QStyleOptionViewItem>
#include <QTableView>

#include <numeric>

namespace Tessera {

ColumnFitter::ColumnFitter(QTableView *table, const QList<int> &columns)
    : QObject(table)
    , m_table(table)
    , m_columns(columns)
{
    QHeaderView *header = table->horizontalHeader();
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
    for (const int column : std::as_const(m_columns))
        needs << need(column);
    // Columns whose whole text fits their fair share of the room (and leaves the others their
    // least) get it, narrowest first; the others share what is left: each its least, plus the rest in proportion to what it
    // would like beyond that.
    QList<qsizetype> order(m_columns.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&needs](qsizetype a, qsizetype b) { return needs.at(a).whole < needs.at(b).whole; });
    QList<int> widths(m_columns.size(), 0);
    const auto leastOfRest = [&](qsizetype from) {
        int sum = 0;
        for (qsizetype i = from; i < order.size(); ++i)
            sum += needs.at(order.at(i)).least;
        return sum;
    };
    qsizetype settled = 0;
    for (; settled < order.size(); ++settled) {
        const Need &column = needs.at(order.at(settled));
        if (column.whole > room / int(order.size() - settled)
            || column.whole + leastOfRest(settled + 1) > room)
            break;
        widths[order.at(settled)] = column.whole;
        room -= column.whole;
    }
    int whole = 0;
    int least = 0;
    for (qsizetype i = settled; i < order.size(); ++i) {
        whole += needs.at(order.at(i)).whole;
        least += needs.at(order.at(i)).least;
    }
    for (qsizetype i = settled; i < order.size(); ++i) {
        const Need &column = needs.at(order.at(i));
        widths[order.at(i)] = whole > least
            ? column.least + int(qint64(std::max(0, room - least)) * (column.whole - column.least)
                                 / (whole - least))
            : column.least;
    }
    // Room to spare (everything fits on one line) goes to the last column.
    if (settled == order.size() && room > 0 && !widths.isEmpty())
        widths.last() += room;
    // A stretched last section takes what is left by itself (free text, in full in its tooltip).
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        if (!header->stretchLastSection() || m_columns.at(i) != header->count() - 1)
            header->resizeSection(m_columns.at(i), std::max(widths.at(i), needs.at(i).least));
    m_table->resizeRowsToContents();
    m_fitting = false;
}

} // namespace Tessera
