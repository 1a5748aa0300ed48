#include "HumaansStandIn.h"

#include "MappedRecord.h"
#include "models/api/ApiProtocol.h"
#include "PartnerHttp.h"
#include "sandbox/store/Records.h"
#include "sandbox/webhooks/WebhookSignature.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Code = Tessera::Protocol::ErrorCode;

namespace Tessera::Sandbox {

namespace {
constexpr qsizetype keptHires = 200;
}

HumaansStandIn::HumaansStandIn(PartnerEnvironment &environment, QObject *parent)
    : StandIn(environment, u"humaans"_s, u"Humaans"_s, parent)
{
}

void HumaansStandIn::connectKey(const QString &atsApiKey, const Deferred &answer)
{
    connectAtsKey(atsApiKey, answer, [this] {
        QJsonObject doc = state();
        if (doc.value(u"secretToken"_s).toString().isEmpty()) {
            doc.insert(u"secretToken"_s, randomSecret(QString()));
            doc.insert(u"urlToken"_s, randomSecret(QString(), 18));
            saveState(doc);
        }
        return QJsonObject{{u"requestUrl"_s, requestUrl()},
                           {u"secretToken"_s, doc.value(u"secretToken"_s)}};
    });
}

void HumaansStandIn::disconnectKey()
{
    saveState(QJsonObject{});
}

QString HumaansStandIn::requestUrl() const
{
    const QString token = state().value(u"urlToken"_s).toString();
    return token.isEmpty() ? QString()
                           : m_env.publicBaseUrl + u"/partners/humaans/webhooks/"_s + token;
}

QJsonObject HumaansStandIn::status() const
{
    const QJsonObject doc = state();
    const bool connected = !doc.value(u"atsApiKey"_s).toString().isEmpty();
    return QJsonObject{{u"connected"_s, connected},
                       {u"requestUrl"_s, connected ? QJsonValue(requestUrl()) : QJsonValue()},
                       {u"lastEvent"_s, doc.contains(u"lastEvent"_s) ? doc.value(u"lastEvent"_s)
                                                                     : QJsonValue()},
                       {u"newHires"_s, doc.value(u"newHires"_s).toArray()}};
}

QString HumaansStandIn::receivedRecordsLabel() const
{
    return u"New hires"_s;
}

QJsonArray HumaansStandIn::receivedRecords() const
{
    QJsonArray records;
    for (const QJsonValue hire : state().value(u"newHires"_s).toArray())
        records << receivedRecord(hire.toObject(),
                                  {u"firstName"_s, u"middleName"_s, u"lastName"_s},
                                  u"employmentStartDate"_s);
    return records;
}

void HumaansStandIn::recordEvent(const QString &action, bool verified, int statusCode)
{
    QJsonObject doc = state();
    doc.insert(u"lastEvent"_s,
               QJsonObject{{u"receivedAt"_s, Records::isoTime(QDateTime::currentMSecsSinceEpoch())},
                           {u"action"_s, action},
                           {u"verified"_s, verified},
                           {u"statusCode"_s, statusCode}});
    saveState(doc);
}

std::optional<HttpAnswer> HumaansStandIn::route(const RawRequest &request, const QString &subPath)
{
    const QJsonObject doc = state();
    const QString token = doc.value(u"urlToken"_s).toString();
    if (token.isEmpty()
        || !Protocol::constantTimeEquals(subPath.toUtf8(), (u"webhooks/"_s + token).toUtf8()))
        return std::nullopt;
    if (request.verb != "POST")
        return errorAnswer(405, Code::invalidInput, u"Send webhooks with POST."_s);
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString action = body.value(u"action"_s).toString();
    const QByteArray expected =
        webhookSignature(doc.value(u"secretToken"_s).toString().toUtf8(), request.body);
    if (!Protocol::constantTimeEquals(request.headers.value("ashby-signature"), expected)) {
        recordEvent(action, false, 401);
        return errorAnswer(401, Code::invalidSignature,
                           u"Humaans could not verify the Ashby-Signature. The webhook's secret "
                           "token in Ashby must be the Secret Token shown in Humaans."_s);
    }
    recordEvent(action, true, 200);
    const QJsonObject application =
        body.value(u"data"_s).toObject().value(u"application"_s).toObject();
    if (action == u"applicationUpdate"_s && application.value(u"status"_s) == u"Hired"_s)
        importHire(application); // reads the ATS afterwards; the webhook is answered now
    return jsonAnswer(200, QJsonObject{{u"received"_s, true}});
}

void HumaansStandIn::importHire(const QJsonObject &application)
{
    fetchMappedRecord(m_env, this, heldAtsKey(), id(), application,
                      [this](const QJsonObject &hire) {
        QJsonObject doc = state();
        QJsonArray hires = doc.value(u"newHires"_s).toArray();
        for (qsizetype i = 0; i < hires.size(); ++i)
            if (hires.at(i).toObject().value(u"applicationId"_s) == hire.value(u"applicationId"_s))
                return; // a repeated delivery
        hires.prepend(hire);
        while (hires.size() > keptHires)
            hires.removeLast();
        doc.insert(u"newHires"_s, hires);
        saveState(doc);
    });
}

} // namespace Tessera::Sandbox
