#include "JuroStandIn.h"

#include "JuroContracts.h"
#include "models/api/ApiProtocol.h"
#include "PartnerHttp.h"
#include "sandbox/mapping/JuroTemplates.h"
#include "sandbox/server/ApiFailure.h"
#include "sandbox/store/Records.h"
#include "sandbox/webhooks/WebhookSignature.h"
#include "sandbox/webhooks/WebhookTypes.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Code = Tessera::Protocol::ErrorCode;

namespace Tessera::Sandbox {

namespace {
const QString company = u"Tessera Demo Ltd (Juro workspace)"_s;
}

JuroStandIn::JuroStandIn(PartnerEnvironment &environment, QObject *parent)
    : StandIn(environment, u"juro"_s, u"Juro"_s, parent)
    , m_contracts(new JuroContracts(*this, environment, this))
{
}

QString JuroStandIn::activateApi()
{
    QJsonObject doc = state();
    if (doc.value(u"apiKey"_s).toString().isEmpty()) {
        doc.insert(u"apiKey"_s, randomSecret(u"juro_"_s));
        saveState(doc);
    }
    return doc.value(u"apiKey"_s).toString();
}

QString JuroStandIn::rotateApiKey()
{
    QJsonObject doc = state();
    doc.insert(u"apiKey"_s, randomSecret(u"juro_"_s));
    saveState(doc);
    return doc.value(u"apiKey"_s).toString();
}

QString JuroStandIn::addWebhook(const QString &name, const QString &url,
                                const QString &signatureSecret, const QStringList &triggers)
{
    if (!WebhookTypes::isHttpUrl(url))
        throw ApiFailure::invalidInput(
            u"Juro needs an absolute http or https URL for the webhook, e.g. the Ashby Request "
            "URL <sandbox>/integrations/juro/webhook."_s);
    if (signatureSecret.isEmpty())
        throw ApiFailure::invalidInput(
            u"Juro needs a security signature secret; use the Juro API key."_s);
    QJsonObject doc = state();
    QJsonArray kept;
    for (const QJsonValue webhook : doc.value(u"webhooks"_s).toArray())
        if (webhook.toObject().value(u"url"_s).toString() != url)
            kept << webhook;
    const QString id = Records::newId();
    kept << QJsonObject{{u"webhookId"_s, id},
                        {u"name"_s, name},
                        {u"url"_s, url},
                        {u"signatureSecret"_s, signatureSecret},
                        {u"triggers"_s, QJsonArray::fromStringList(triggers)}};
    doc.insert(u"webhooks"_s, kept);
    saveState(doc);
    return id;
}

void JuroStandIn::sendTestWebhook(const Deferred &answer)
{
    const QJsonArray webhooks = state().value(u"webhooks"_s).toArray();
    if (webhooks.isEmpty())
        throw ApiFailure(Code::noWebhook,
                         u"Juro has no webhook yet. Add one with the Ashby Request URL first."_s);
    const QJsonObject webhook = webhooks.last().toObject();
    const QByteArray body = QJsonDocument(
        QJsonObject{{u"event"_s, u"test"_s},
                    {u"webhookId"_s, webhook.value(u"webhookId"_s)},
                    {u"company"_s, company},
                    {u"sentAt"_s, Records::isoTime(QDateTime::currentMSecsSinceEpoch())}})
                                .toJson(QJsonDocument::Compact);
    const QByteArray signature =
        webhookSignature(webhook.value(u"signatureSecret"_s).toString().toUtf8(), body);
    const QString url = webhook.value(u"url"_s).toString();
    m_env.http.send("POST", QUrl(url), body, {{"Juro-Signature", signature}}, this,
                    [answer, url](const PartnerReply &reply) {
        const bool delivered = reply.status != 0;
        QString message;
        if (!delivered)
            message = u"Juro could not reach %1: %2."_s.arg(url, reply.error);
        else if (reply.isHttpOk())
            message = u"The receiver accepted Juro's signed test webhook (HTTP %1)."_s.arg(
                reply.status);
        else
            message = u"The receiver refused Juro's test webhook (HTTP %1: %2). Check that the "
                      "signature secret in Juro is the Juro API key stored in Ashby."_s
                          .arg(reply.status)
                          .arg(reply.errorMessage());
        answer->succeed(QJsonObject{{u"delivered"_s, delivered},
                                    {u"statusCode"_s, reply.status},
                                    {u"verified"_s, reply.isHttpOk()},
                                    {u"message"_s, message}});
    });
}

// GET v3/me, v3/templates and v3/templates/<id>, and v3/contracts..., each with the Juro API key
// in x-api-key; the contract page GET contracts/<id> without.
std::optional<HttpAnswer> JuroStandIn::route(const RawRequest &request, const QString &subPath)
{
    const QString pagePrefix = u"contracts/"_s;
    if (request.verb == "GET" && subPath.startsWith(pagePrefix))
        return m_contracts->page(subPath.mid(pagePrefix.size()));
    const QString templatesPath = u"v3/templates"_s;
    const bool isTemplates =
        subPath == templatesPath || subPath.startsWith(templatesPath + u'/');
    const bool isContracts =
        subPath == u"v3/contracts"_s || subPath.startsWith(u"v3/contracts/"_s);
    if (!isContracts && (request.verb != "GET" || (subPath != u"v3/me"_s && !isTemplates)))
        return std::nullopt;
    const QString held = state().value(u"apiKey"_s).toString();
    const QString given = QString::fromUtf8(request.headers.value("x-api-key"));
    if (held.isEmpty() || !Protocol::constantTimeEquals(given.toUtf8(), held.toUtf8()))
        return errorAnswer(401, Code::unauthorized,
                           u"Juro does not accept this API key. Copy the current key from Juro "
                           "Settings > Integrations > API."_s);
    if (isContracts)
        return m_contracts->route(request, subPath);
    if (!isTemplates)
        return jsonAnswer(200, QJsonObject{{u"company"_s, company}});
    if (subPath == templatesPath) {
        QJsonArray templates;
        for (const JuroTemplate &entry : JuroTemplates::list())
            templates << entry.toJson();
        return jsonAnswer(200, QJsonObject{{u"templates"_s, templates}});
    }
    const QString templateId = subPath.mid(templatesPath.size() + 1);
    if (const JuroTemplate *entry = JuroTemplates::find(templateId))
        return jsonAnswer(200, entry->toJson());
    return errorAnswer(404, Code::templateNotFound,
                       u"Juro has no template \"%1\"; list them with GET v3/templates."_s.arg(
                           templateId));
}

} // namespace Tessera::Sandbox
