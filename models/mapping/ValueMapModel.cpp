#include "ValueMapModel.h"

#include "MappingTypes.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

ValueMapModel::ValueMapModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ValueMapModel::setMap(const QJsonObject &map)
{
    if (map == toMap() && m_pairs.size() == map.size())
        return;
    beginResetModel();
    m_pairs.clear();
    for (auto it = map.begin(); it != map.end(); ++it)
        m_pairs.append({it.key(), it.value()});
    endResetModel();
}

QJsonObject ValueMapModel::toMap() const
{
    QJsonObject map;
    for (const Pair &pair : m_pairs)
        if (!pair.from.trimmed().isEmpty())
            map.insert(pair.from.trimmed(), pair.to.isUndefined() ? QJsonValue(QString()) : pair.to);
    return map;
}

int ValueMapModel::addRow()
{
    const int row = int(m_pairs.size());
    beginInsertRows({}, row, row);
    m_pairs.append({QString(), QJsonValue(QString())});
    endInsertRows();
    return row;
}

bool ValueMapModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_pairs.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_pairs.remove(row, count);
    endRemoveRows();
    Q_EMIT edited();
    return true;
}

int ValueMapModel::pasteText(const QString &text)
{
    static const QRegularExpression lineBreak(u"\r\n|\n|\r"_s);
    int used = 0;
    for (const QString &line : text.split(lineBreak, Qt::SkipEmptyParts)) {
        const qsizetype tab = line.indexOf(u'\t');
        const qsizetype split = tab >= 0 ? tab : line.indexOf(u',');
        if (split <= 0)
            continue;
        const QString from = line.left(split).trimmed();
        const QString to = line.mid(split + 1).trimmed();
        if (from.isEmpty())
            continue;
        ++used;
        const auto existing = std::find_if(m_pairs.begin(), m_pairs.end(),
                                           [&from](const Pair &pair) { return pair.from == from; });
        if (existing != m_pairs.end()) {
            existing->to = to;
            const int row = int(existing - m_pairs.begin());
            Q_EMIT dataChanged(index(row, ToColumn), index(row, ToColumn));
            continue;
        }
        const int row = int(m_pairs.size());
        beginInsertRows({}, row, row);
        m_pairs.append({from, to});
        endInsertRows();
    }
    if (used > 0)
        Q_EMIT edited();
    return used;
}

int ValueMapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pairs.size());
}

int ValueMapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ValueMapModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Pair &pair = m_pairs.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return index.column() == FromColumn ? pair.from : Transforms::valueText(pair.to);
    if (role == Qt::AccessibleTextRole)
        return tr("%1 becomes %2").arg(pair.from, Transforms::valueText(pair.to));
    return {};
}

bool ValueMapModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::EditRole)
        return false;
    Pair &pair = m_pairs[index.row()];
    const QString text = value.toString();
    if (index.column() == FromColumn) {
        if (pair.from == text)
            return false;
        pair.from = text;
    } else {
        if (Transforms::valueText(pair.to) == text)
            return false;
        pair.to = text;
    }
    Q_EMIT dataChanged(index, index);
    Q_EMIT edited();
    return true;
}

QVariant ValueMapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == FromColumn ? tr("From") : tr("To");
}

Qt::ItemFlags ValueMapModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

} // namespace Tessera
