#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QJsonValue>

namespace Tessera {

// The table of a valueMap transform: From (the source value as text) → To. Rows with an empty
// From are kept while editing but left out of toMap(). Pasted text with two columns (tab or
// comma separated, one pair per line) adds or updates rows.
class ValueMapModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValueMapModel)
public:
    enum Column { FromColumn, ToColumn, ColumnCount };

    explicit ValueMapModel(QObject *parent = nullptr);

    void setMap(const QJsonObject &map);
    QJsonObject toMap() const;
    // Appends an empty row; returns its position.
    int addRow();
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    // Adds or updates the pairs in `text`; returns how many lines were used.
    int pasteText(const QString &text);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    // The map changed by an edit (not by setMap).
    void edited();

private:
    struct Pair
    {
        QString from;
        QJsonValue to;
    };
    QList<Pair> m_pairs;
};

} // namespace Tessera
