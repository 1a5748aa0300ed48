#include "IdempotentWrites.h"

#include "DeferredAnswer.h"
#include "models/api/ApiProtocol.h"
#include "sandbox/store/IdempotencyTable.h"

#include <QJsonDocument>
#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcApi)

namespace Tessera::Sandbox {

namespace {

namespace Code = Protocol::ErrorCode;

HttpAnswer conflict(const char *code, const QString &message, const QString &requestId)
{
    HttpAnswer answer;
    answer.status = 409;
    answer.body = QJsonDocument(Protocol::errorEnvelope(QString::fromLatin1(code), message,
                                                        requestId))
                      .toJson(QJsonDocument::Compact);
    return answer;
}

QString slotOf(const QString &apiKeyId, const QString &key)
{
    return apiKeyId + u'\n' + key;
}

} // namespace

IdempotentWrites::IdempotentWrites(IdempotencyTable &table)
    : m_table(table)
{
}

bool IdempotentWrites::isValidKey(const QByteArray &key)
{
    return !key.isEmpty() && key.size() <= maxKeyLength
        && std::all_of(key.begin(), key.end(), [](char c) { return c >= 0x21 && c <= 0x7e; });
}

std::optional<HttpAnswer> IdempotentWrites::check(const QString &apiKeyId, const QString &key,
                                                  const QByteArray &fingerprint,
                                                  const QString &requestId, qint64 nowMs)
{
    if (m_inFlight->contains(slotOf(apiKeyId, key)))
        return conflict(Code::idempotencyKeyInUse,
                        u"A request with this Idempotency-Key is still being processed. Send it "
                        "again once that one has answered; it will get the same answer."_s,
                        requestId);
    const auto first = m_table.find(apiKeyId, key, nowMs);
    if (!first)
        return std::nullopt;
    if (first->fingerprint != fingerprint)
        return conflict(Code::idempotencyKeyReused,
                        u"This Idempotency-Key was used in the last 24 hours for a request with "
                        "another method or body. Send each new write with a new key."_s,
                        requestId);
    qCInfo(lcApi) << "replayed the first answer for an Idempotency-Key";
    HttpAnswer replay;
    replay.status = first->status;
    replay.body = first->body;
    replay.headers.append(std::pair<QByteArray, QByteArray>(Protocol::idempotentReplayedHeader,
                                                            "true"));
    return replay;
}

void IdempotentWrites::remember(const QString &apiKeyId, const QString &key,
                                const QByteArray &fingerprint, const HttpAnswer &answer,
                                qint64 nowMs)
{
    if (!answer.deferred) {
        if (answer.status < 500)
            m_table.store(apiKeyId, key, {fingerprint, answer.status, answer.body}, nowMs);
        return;
    }
    const QString slot = slotOf(apiKeyId, key);
    m_inFlight->insert(slot);
    std::weak_ptr<QSet<QString>> inFlight = m_inFlight;
    IdempotencyTable *table = &m_table;
    answer.deferred->setObserver([inFlight, table, slot, apiKeyId, key, fingerprint,
                                  nowMs](const HttpAnswer &done) {
        const auto running = inFlight.lock();
        if (!running)
            return; // shutting down
        running->remove(slot);
        if (done.status >= 500)
            return;
        try {
            table->store(apiKeyId, key, {fingerprint, done.status, done.body}, nowMs);
        } catch (const std::exception &error) {
            qCWarning(lcApi) << "cannot keep an idempotent answer:" << error.what();
        }
    });
}

} // namespace Tessera::Sandbox
