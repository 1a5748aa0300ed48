#pragma once

#include "models/core/DecodeList.h"
#include "ReferenceList.h"

#include <QList>

namespace Tessera {

// A ReferenceList of decoded records of type T (T::fromJson, T::id), in the backend's order.
// A record that does not decode is skipped; a list none of whose records decode fails.
template<typename T>
class RecordList final : public ReferenceList
{
public:
    using ReferenceList::ReferenceList;

    const QList<T> &records() const { return m_records; }
    int indexOf(const QString &id) const { return indexOfId(m_records, id); }
    const T *find(const QString &id) const
    {
        const int index = indexOf(id);
        return index < 0 ? nullptr : &m_records.at(index);
    }

    // A record an action answered with (integration.enable …): replaces the one with its id, or
    // is appended.
    void upsert(const T &record)
    {
        const int index = indexOf(record.id);
        if (index >= 0) {
            m_records[index] = record;
            Q_EMIT recordChanged(record.id);
            return;
        }
        m_records.append(record);
        Q_EMIT changed();
    }

protected:
    QString apply(const QJsonArray &results, bool incremental) override
    {
        QList<T> decoded;
        QString problem;
        decodeList(results, decoded, &problem);
        if (decoded.isEmpty() && !results.isEmpty())
            return problem;
        if (!incremental) {
            m_records = std::move(decoded);
            return {};
        }
        for (T &record : decoded) {
            const int index = indexOf(record.id);
            if (index >= 0)
                m_records[index] = std::move(record);
            else
                m_records.append(std::move(record));
        }
        return {};
    }

private:
    QList<T> m_records;
};

} // namespace Tessera
