#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace Tessera::Sandbox {

class DeferredAnswer;

// What a handler answers: a success envelope, optionally with "results" already serialised
// (stored documents served as they are, without a parse and re-serialisation per request).
class MethodResult final
{
public:
    MethodResult(QJsonObject envelope) : m_envelope(std::move(envelope)) {} // NOLINT implicit
    MethodResult(QJsonObject envelopeWithoutResults, QByteArray rawResults)
        : m_envelope(std::move(envelopeWithoutResults)), m_rawResults(std::move(rawResults))
    {
    }

    // The answer comes later (see DeferredAnswer).
    MethodResult(std::shared_ptr<DeferredAnswer> deferred) // NOLINT implicit
        : m_deferred(std::move(deferred))
    {
    }

    const std::shared_ptr<DeferredAnswer> &deferred() const { return m_deferred; }

    QByteArray toJson() const
    {
        const QByteArray envelope = QJsonDocument(m_envelope).toJson(QJsonDocument::Compact);
        if (m_rawResults.isNull())
            return envelope;
        // envelope is "{...}" (never empty: it has "success"); splice results in front.
        return "{\"results\":" + m_rawResults + ',' + envelope.mid(1);
    }

private:
    QJsonObject m_envelope;
    QByteArray m_rawResults;
    std::shared_ptr<DeferredAnswer> m_deferred;
};

} // namespace Tessera::Sandbox
