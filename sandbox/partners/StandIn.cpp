#include "StandIn.h"

#include "AtsKeyCheck.h"
#include "models/api/ApiProtocol.h"
#include "sandbox/integrations/IntegrationCatalog.h"
#include "sandbox/server/ApiFailure.h"
#include "sandbox/store/Store.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace Code = Tessera::Protocol::ErrorCode;

namespace Tessera::Sandbox {

StandIn::StandIn(PartnerEnvironment &environment, QString id, QString name, QObject *parent)
    : QObject(parent)
    , m_env(environment)
    , m_id(std::move(id))
    , m_name(std::move(name))
{
}

void StandIn::requireUp() const
{
    if (m_down)
        throw ApiFailure(Code::partnerUnavailable, unavailableMessage());
}

QString StandIn::unavailableMessage() const
{
    return u"%1 is not answering (HTTP 503, the stand-in was set down). Try again later or "
           "check %1's status page."_s.arg(m_name);
}

QJsonObject StandIn::state() const
{
    return m_env.store.partnerStates.find(m_id).value_or(QJsonObject{{u"id"_s, m_id}});
}

void StandIn::saveState(QJsonObject state)
{
    state.insert(u"id"_s, m_id);
    if (m_env.store.partnerStates.contains(m_id))
        m_env.store.partnerStates.update(m_id, state);
    else
        m_env.store.partnerStates.insert(m_id, QDateTime::currentMSecsSinceEpoch(), state);
}

QString StandIn::heldAtsKey() const
{
    return state().value(u"atsApiKey"_s).toString();
}

void StandIn::connectAtsKey(const QString &atsApiKey, const Deferred &answer,
                            std::function<QJsonObject()> connected)
{
    requireUp();
    checkAtsKey(m_env, this, m_name, atsApiKey, IntegrationCatalog::find(m_id)->scopes,
                [this, atsApiKey, answer, connected = std::move(connected)](const AtsKeyCheck &check) {
        if (!check.ok) {
            answer->fail(check.code, check.message);
            return;
        }
        QJsonObject doc = state();
        doc.insert(u"atsApiKey"_s, atsApiKey);
        saveState(doc);
        answer->succeed(connected());
    });
}

std::optional<HttpAnswer> StandIn::route(const RawRequest &, const QString &)
{
    return std::nullopt;
}

QString StandIn::randomSecret(const QString &prefix, int bytes)
{
    QByteArray random(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(random.begin(), random.end());
    return prefix
        + QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding
                                              | QByteArray::OmitTrailingEquals));
}

HttpAnswer StandIn::jsonAnswer(int status, const QJsonObject &body)
{
    HttpAnswer answer;
    answer.status = status;
    answer.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return answer;
}

HttpAnswer StandIn::errorAnswer(int status, const QString &code, const QString &message)
{
    return jsonAnswer(status, Protocol::errorEnvelope(
                                  code, message, QUuid::createUuid().toString(QUuid::WithoutBraces)));
}

} // namespace Tessera::Sandbox
