#pragma once

#include <QList>
#include <QObject>

class QTableView;

namespace Tessera {

// Sizes the flexible columns of a table to their content within the width the other columns
// leave: each gets what its longest text needs when there is room, else at least its header
// and its longest word, and the rest of the room in proportion to what it lacks. Rows then
// grow to their wrapped text, so nothing is cut. With a stretched last section, that column
// takes what is left. Follows the table's size and its model.
class ColumnFitter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnFitter)
public:
    ColumnFitter(QTableView *table, const QList<int> &columns);

    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Need
    {
        int whole = 0; // the longest text on one line
        int least = 0; // the header, or the longest word
    };
    Need need(int column) const;

    QTableView *m_table;
    QList<int> m_columns;
    bool m_fitting = false;
};

} // namespace Tessera
