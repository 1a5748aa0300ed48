#pragma once

#include <QHash>
#include <QString>

namespace Tessera {

// Where incremental-sync tokens of one backend live, per stream ("candidates", ...). A token is
// stored only after every page of its sync arrived.
class SyncTokenStore
{
public:
    virtual ~SyncTokenStore() = default;
    virtual QString syncToken(const QString &stream) const = 0;
    virtual void setSyncToken(const QString &stream, const QString &token) = 0;
};

class MemorySyncTokenStore final : public SyncTokenStore
{
public:
    QString syncToken(const QString &stream) const override { return m_tokens.value(stream); }
    void setSyncToken(const QString &stream, const QString &token) override
    {
        m_tokens.insert(stream, token);
    }

private:
    QHash<QString, QString> m_tokens;
};

} // namespace Tessera
