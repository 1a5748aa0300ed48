#pragma once

#include "HttpAnswer.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace Tessera::Sandbox {

class IdempotencyTable;

// Exactly-once writes (docs/API.md §1.10). A write sent with an Idempotency-Key is processed
// once per API key and key value: a repeat with the same method and body gets the first answer
// again (with Idempotent-Replayed: true), a repeat with another method or body gets 409
// idempotency_key_reused, and a repeat while the first still waits for its answer (a deferred
// method) gets 409 idempotency_key_in_use. Answers of 500 are not kept: nothing was applied.
class IdempotentWrites final
{
    Q_DISABLE_COPY_MOVE(IdempotentWrites)
public:
    static constexpr qsizetype maxKeyLength = 255;

    explicit IdempotentWrites(IdempotencyTable &table);

    // Printable ASCII, 1 to maxKeyLength characters.
    static bool isValidKey(const QByteArray &key);

    // The answer to send instead of processing the request, or nullopt to process it and then
    // call remember().
    std::optional<HttpAnswer> check(const QString &apiKeyId, const QString &key,
                                    const QByteArray &fingerprint, const QString &requestId,
                                    qint64 nowMs);
    // Keeps the answer; a deferred one once it completes.
    void remember(const QString &apiKeyId, const QString &key, const QByteArray &fingerprint,
                  const HttpAnswer &answer, qint64 nowMs);

private:
    IdempotencyTable &m_table;
    // Requests still waiting for a deferred answer; shared with the answers' observers, which
    // may outlive this object when the sandbox shuts down.
    std::shared_ptr<QSet<QString>> m_inFlight = std::make_shared<QSet<QString>>();
};

} // namespace Tessera::Sandbox
