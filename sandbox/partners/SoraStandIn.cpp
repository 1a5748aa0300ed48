#include "SoraStandIn.h"

#include "MappedRecord.h"
#include "models/api/ApiProtocol.h"
#include "PartnerHttp.h"
#include "sandbox/server/ApiFailure.h"
#include "sandbox/store/Records.h"
#include "sandbox/webhooks/WebhookSignature.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Code = Tessera::Protocol::ErrorCode;

namespace Tessera::Sandbox {

namespace {

constexpr qsizetype keptImports = 200;
const QString listenersKey = u"listeners"_s;

QString now()
{
    return Records::isoTime(QDateTime::currentMSecsSinceEpoch());
}

} // namespace

SoraStandIn::SoraStandIn(PartnerEnvironment &environment, QObject *parent)
    : StandIn(environment, u"sora"_s, u"Sora"_s, parent)
{
}

void SoraStandIn::connectKey(const QString &atsApiKey, bool active, const Deferred &answer)
{
    connectAtsKey(atsApiKey, answer, [this, active] {
        QJsonObject doc = state();
        doc.insert(u"active"_s, active);
        saveState(doc);
        return QJsonObject{{u"connected"_s, true}, {u"active"_s, active}};
    });
}

QJsonObject SoraStandIn::setActive(bool active)
{
    if (heldAtsKey().isEmpty())
        throw ApiFailure(Code::notConnected,
                         u"Sora is not connected to Ashby yet, so there is nothing to turn %1. "
                         "Paste an Ashby API key into Sora first."_s.arg(active ? u"on"_s
                                                                                : u"off"_s));
    QJsonObject doc = state();
    doc.insert(u"active"_s, active);
    saveState(doc);
    return QJsonObject{{u"connected"_s, true}, {u"active"_s, active}};
}

void SoraStandIn::disconnectKey()
{
    saveState(QJsonObject{});
}

void SoraStandIn::addListener(const QString &workflow, const QString &stageId,
                              const Deferred &answer)
{
    requireUp();
    const QString key = heldAtsKey();
    if (key.isEmpty())
        throw ApiFailure(Code::notConnected,
                         u"Sora is not connected to Ashby yet. Paste an Ashby API key into Sora "
                         "first."_s);
    m_env.http.callAts(key, u"interviewStage.info"_s, {{u"interviewStageId"_s, stageId}}, this,
                       [this, workflow, stageId, answer](const PartnerReply &reply) {
        if (!reply.isSuccess()) {
            answer->fail(QString::fromLatin1(Code::invalidInput),
                         u"Sora could not find interview stage \"%1\" in Ashby (%2). Pick a stage "
                         "from an interview plan."_s.arg(stageId, reply.errorMessage()));
            return;
        }
        const QString listenerId = Records::newId();
        const QJsonObject listener{
            {u"listenerId"_s, listenerId},
            {u"workflow"_s, workflow},
            {u"stageId"_s, stageId},
            {u"stageTitle"_s, reply.json().value(u"results"_s).toObject().value(u"title"_s)},
            {u"state"_s, u"pending"_s},
            {u"endpointUrl"_s,
             QString(m_env.publicBaseUrl + u"/partners/sora/listeners/"_s + listenerId)},
            {u"secretKey"_s, randomSecret(QString())},
            {u"lastEvent"_s, QJsonValue()}};
        QJsonObject doc = state();
        QJsonArray listeners = doc.value(listenersKey).toArray();
        listeners << listener;
        doc.insert(listenersKey, listeners);
        saveState(doc);
        answer->succeed(QJsonObject{{u"listenerId"_s, listenerId},
                                    {u"endpointUrl"_s, listener.value(u"endpointUrl"_s)},
                                    {u"secretKey"_s, listener.value(u"secretKey"_s)},
                                    {u"state"_s, u"pending"_s}});
    });
}

QJsonObject SoraStandIn::createListener(const QString &listenerId)
{
    requireUp();
    for (const QJsonValue listener : state().value(listenersKey).toArray())
        if (listener.toObject().value(u"listenerId"_s) == listenerId) {
            updateListener(listenerId, {{u"state"_s, u"active"_s}});
            return QJsonObject{{u"state"_s, u"active"_s}};
        }
    throw ApiFailure::notFound(Code::listenerNotFound, u"Sora listener"_s, listenerId);
}

void SoraStandIn::updateListener(const QString &listenerId, const QJsonObject &changes)
{
    QJsonObject doc = state();
    QJsonArray listeners = doc.value(listenersKey).toArray();
    for (qsizetype i = 0; i < listeners.size(); ++i) {
        QJsonObject listener = listeners.at(i).toObject();
        if (listener.value(u"listenerId"_s) != listenerId)
            continue;
        for (auto it = changes.begin(); it != changes.end(); ++it)
            listener.insert(it.key(), it.value());
        listeners.replace(i, listener);
    }
    doc.insert(listenersKey, listeners);
    saveState(doc);
}

QJsonObject SoraStandIn::status() const
{
    const QJsonObject doc = state();
    QJsonArray listeners;
    for (const QJsonValue value : doc.value(listenersKey).toArray()) {
        QJsonObject listener = value.toObject();
        listener.remove(u"secretKey"_s); // shown once, when the listener is added
        listeners << listener;
    }
    return QJsonObject{{u"connected"_s, !doc.value(u"atsApiKey"_s).toString().isEmpty()},
                       {u"active"_s, doc.value(u"active"_s).toBool()},
                       {u"listeners"_s, listeners},
                       {u"imported"_s, doc.value(u"imported"_s).toArray()}};
}

QString SoraStandIn::receivedRecordsLabel() const
{
    return u"Imported employees"_s;
}

QJsonArray SoraStandIn::receivedRecords() const
{
    QJsonArray records;
    for (const QJsonValue employee : state().value(u"imported"_s).toArray())
        records << receivedRecord(employee.toObject(), {u"firstName"_s, u"lastName"_s},
                                  u"startDate"_s, u"workState"_s);
    return records;
}

std::optional<HttpAnswer> SoraStandIn::route(const RawRequest &request, const QString &subPath)
{
    if (!subPath.startsWith(u"listeners/"_s))
        return std::nullopt;
    const QString listenerId = subPath.mid(QStringLiteral("listeners/").size());
    QJsonObject listener;
    const QJsonObject doc = state();
    for (const QJsonValue value : doc.value(listenersKey).toArray())
        if (value.toObject().value(u"listenerId"_s) == listenerId)
            listener = value.toObject();
    if (listener.isEmpty())
        return std::nullopt;
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString action = body.value(u"action"_s).toString();
    const bool verified = request.verb == "POST"
        && Protocol::constantTimeEquals(
            request.headers.value("ashby-signature"),
            webhookSignature(listener.value(u"secretKey"_s).toString().toUtf8(), request.body));
    updateListener(listenerId, {{u"lastEvent"_s, QJsonObject{{u"receivedAt"_s, now()},
                                                              {u"action"_s, action},
                                                              {u"verified"_s, verified},
                                                              {u"statusCode"_s,
                                                               verified ? 200 : 401}}}});
    if (!verified)
        return errorAnswer(401, Code::invalidSignature,
                           u"Sora could not verify the Ashby-Signature. The webhook's secret "
                           "token in Ashby must be the Secret key of this Sora listener."_s);
    const QJsonObject application =
        body.value(u"data"_s).toObject().value(u"application"_s).toObject();
    const QString stageId =
        application.value(u"currentInterviewStage"_s).toObject().value(u"id"_s).toString();
    if (action == u"candidateStageChange"_s && stageId == listener.value(u"stageId"_s).toString()
        && listener.value(u"state"_s) == u"active"_s && doc.value(u"active"_s).toBool())
        import(listener, application);
    return jsonAnswer(200, QJsonObject{{u"received"_s, true}});
}

void SoraStandIn::import(const QJsonObject &listener, const QJsonObject &application)
{
    const QString workflow = listener.value(u"workflow"_s).toString();
    fetchMappedRecord(m_env, this, heldAtsKey(), id(), application,
                      [this, workflow](const QJsonObject &record) {
        QJsonObject employee = record;
        employee.insert(u"workflow"_s, workflow);
        QJsonObject doc = state();
        QJsonArray imported = doc.value(u"imported"_s).toArray();
        imported.prepend(employee);
        while (imported.size() > keptImports)
            imported.removeLast();
        doc.insert(u"imported"_s, imported);
        saveState(doc);
    });
}

} // namespace Tessera::Sandbox
