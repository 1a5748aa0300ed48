#include "DeferredAnswer.h"

#include "ApiFailure.h"
#include "models/api/ApiProtocol.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

DeferredAnswer::~DeferredAnswer()
{
    if (!m_done && (m_sink || m_observer))
        fail(QString::fromLatin1(Protocol::ErrorCode::internalError),
             u"The sandbox dropped this request before answering; see its log for request %1."_s
                 .arg(m_requestId),
             500);
}

void DeferredAnswer::succeed(const QJsonObject &results)
{
    HttpAnswer answer;
    answer.body = QJsonDocument(Protocol::successEnvelope(results)).toJson(QJsonDocument::Compact);
    finish(std::move(answer));
}

void DeferredAnswer::fail(const QString &code, const QString &message, int httpStatus)
{
    HttpAnswer answer;
    answer.status = httpStatus;
    answer.body = QJsonDocument(Protocol::errorEnvelope(code, message, m_requestId))
                      .toJson(QJsonDocument::Compact);
    finish(std::move(answer));
}

void DeferredAnswer::fail(const ApiFailure &failure)
{
    fail(failure.code(), failure.message(), failure.httpStatus());
}

void DeferredAnswer::setSink(Sink sink)
{
    m_sink = std::move(sink);
    if (m_answer) {
        const HttpAnswer answer = *std::exchange(m_answer, std::nullopt);
        m_sink(answer);
    }
}

void DeferredAnswer::finish(HttpAnswer answer)
{
    if (m_done)
        return;
    m_done = true;
    if (m_observer)
        m_observer(answer);
    if (m_sink)
        m_sink(answer);
    else
        m_answer = std::move(answer);
}

} // namespace Tessera::Sandbox
