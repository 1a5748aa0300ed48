#pragma once

#include <QAbstractProxyModel>

#include <vector>

namespace Tessera {

class CandidatesModel;

// Type-to-filter and sorting over CandidatesModel: case-insensitive substring of name or email.
// Built for 100,000 rows: a keystroke recomputes the visible rows in one pass (only the rows
// still shown when the text grew; a backspace reuses the rows its shorter text had) and tells
// views with a single layout change that keeps the selection, instead of one signal per removed
// range.
class CandidateFilterModel final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidateFilterModel)
public:
    explicit CandidateFilterModel(QObject *parent = nullptr);

    // The source must be a CandidatesModel.
    void setSourceModel(QAbstractItemModel *source) override;
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    bool accepts(int sourceRow) const;
    void sortRows(std::vector<int> &rows) const;
    // The rows among `rows` (kept in their order) that match m_text.
    std::vector<int> narrowed(const std::vector<int> &rows) const;
    // Replaces the visible rows inside one layout change, keeping persistent indexes.
    void relayout(std::vector<int> rows);
    void rebuildProxyRows();
    void recompute(); // visible rows from scratch
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                       const QList<int> &roles);
    void onSourceReset();
    void forgetHistory() { m_history.clear(); }

    struct Filtered
    {
        QString text;
        std::vector<int> rows; // in display order
    };

    CandidatesModel *m_source = nullptr;
    QList<QMetaObject::Connection> m_sourceConnections;
    QString m_text;
    std::vector<int> m_visible;      // source rows, in display order
    std::vector<int> m_proxyOfSource; // source row -> proxy row, -1 when filtered out
    // Earlier texts, each contained in the next and in m_text, with their rows; valid while the
    // source and the sort stay as they are.
    std::vector<Filtered> m_history;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace Tessera
