#include "SearchIndex.h"

#include <QStringMatcher>

#include <algorithm>
#include <numeric>

namespace Tessera {

namespace {
constexpr QChar separator = u'\n'; // never part of a key
}

void SearchIndex::append(const QString &key)
{
    m_offsets.push_back(m_buffer.size());
    m_buffer += key;
    m_buffer += separator;
}

void SearchIndex::reserve(qsizetype rows)
{
    constexpr qsizetype typicalKeyLength = 48; // "firstname lastname first.last123@mail.com"
    if (rows * typicalKeyLength > m_buffer.capacity())
        m_buffer.reserve(rows * typicalKeyLength);
    m_offsets.reserve(size_t(rows));
}

void SearchIndex::replace(int row, const QString &key)
{
    m_replaced.insert(row, key);
}

void SearchIndex::clear()
{
    m_buffer.clear();
    m_offsets.clear();
    m_replaced.clear();
}

void SearchIndex::applyReplacements() const
{
    if (m_replaced.isEmpty())
        return;
    QString rebuilt;
    rebuilt.reserve(m_buffer.size());
    std::vector<qsizetype> offsets;
    offsets.reserve(m_offsets.size());
    for (int row = 0; row < int(m_offsets.size()); ++row) {
        offsets.push_back(rebuilt.size());
        const auto replaced = m_replaced.constFind(row);
        if (replaced != m_replaced.constEnd())
            rebuilt += *replaced;
        else
            rebuilt += key(row);
        rebuilt += separator;
    }
    m_buffer = std::move(rebuilt);
    m_offsets = std::move(offsets);
    m_replaced.clear();
}

QStringView SearchIndex::key(int row) const
{
    const qsizetype start = m_offsets[size_t(row)];
    const qsizetype end = size_t(row + 1) < m_offsets.size() ? m_offsets[size_t(row + 1)]
                                                            : m_buffer.size();
    return QStringView(m_buffer).mid(start, end - start - 1);
}

QStringView SearchIndex::keyOf(int row) const
{
    applyReplacements();
    return key(row);
}

bool SearchIndex::contains(int row, QStringView needle) const
{
    applyReplacements();
    return needle.isEmpty() || key(row).contains(needle);
}

std::vector<int> SearchIndex::find(QStringView needle) const
{
    applyReplacements();
    std::vector<int> rows;
    if (needle.isEmpty()) {
        rows.resize(m_offsets.size());
        std::iota(rows.begin(), rows.end(), 0);
        return rows;
    }
    // One character (the first keystroke, over every row): a plain vectorised scan beats
    // Boyer-Moore, which cannot skip anything for a needle of one.
    const QStringMatcher matcher(needle);
    const QStringView buffer(m_buffer);
    const QChar single = needle.size() == 1 ? needle.front() : QChar();
    qsizetype from = 0;
    int row = 0;
    const int count = int(m_offsets.size());
    while (true) {
        const qsizetype at = needle.size() == 1 ? buffer.indexOf(single, from)
                                                : matcher.indexIn(buffer, from);
        if (at < 0)
            break;
        // Matches come in order: advance the row cursor (galloping would not pay off here).
        while (row + 1 < count && m_offsets[size_t(row + 1)] <= at)
            ++row;
        rows.push_back(row);
        if (row + 1 >= count)
            break;
        from = m_offsets[size_t(row + 1)]; // one hit per row is enough
    }
    return rows;
}

std::vector<int> SearchIndex::findAmong(QStringView needle, const std::vector<int> &rows) const
{
    applyReplacements();
    std::vector<int> kept;
    kept.reserve(rows.size());
    const QStringMatcher matcher(needle);
    for (int row : rows)
        if (needle.isEmpty() || matcher.indexIn(key(row)) >= 0)
            kept.push_back(row);
    return kept;
}

} // namespace Tessera
