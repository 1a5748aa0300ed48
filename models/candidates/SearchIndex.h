#pragma once

#include <QHash>
#include <QString>
#include <QStringView>

#include <vector>

namespace Tessera {

// Lower-case search keys of many rows in one contiguous buffer ("key\nkey\n…"), so a substring
// search over 100,000 rows is one pass over memory instead of 100,000 scattered strings.
class SearchIndex final
{
public:
    void append(const QString &key);
    void reserve(qsizetype rows); // room for that many typical keys, so growing never copies
    void replace(int row, const QString &key); // applied lazily at the next search
    void clear();
    int size() const { return int(m_offsets.size()); }

    // Rows (ascending) whose key contains `needle`; an empty needle matches every row.
    std::vector<int> find(QStringView needle) const;
    // The same, tested only among `rows` (kept in their order).
    std::vector<int> findAmong(QStringView needle, const std::vector<int> &rows) const;
    bool contains(int row, QStringView needle) const;
    // A row's lower-case key, valid until the index changes.
    QStringView keyOf(int row) const;

private:
    QStringView key(int row) const;
    void applyReplacements() const;

    mutable QString m_buffer;
    mutable std::vector<qsizetype> m_offsets; // start of each row's key in m_buffer
    mutable QHash<int, QString> m_replaced;
};

} // namespace Tessera
