#include "JuroReceiver.h"

#include "IntegrationPrivate.h"
#include "models/api/ApiProtocol.h"
#include "sandbox/activities/JuroRuns.h"
#include "sandbox/partners/StandIn.h"
#include "sandbox/store/Records.h"
#include "sandbox/webhooks/WebhookSignature.h"

#include <QDateTime>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Code = Tessera::Protocol::ErrorCode;

namespace Tessera::Sandbox {

HttpAnswer receiveJuroWebhook(Store &store, const RawRequest &request)
{
    const QString juro = u"juro"_s;
    const QString event = QJsonDocument::fromJson(request.body).object().value(u"event"_s)
                              .toString();
    const QString secret = IntegrationPrivate::credentials(store, juro)
                               .value(u"juroApiKey"_s).toString();
    const QByteArray given = request.headers.value("juro-signature");
    QString reason;
    if (request.verb != "POST")
        reason = u"Juro webhooks are POST requests."_s;
    else if (secret.isEmpty())
        reason = u"No Juro API key is stored in Ashby, so the signature cannot be checked. Paste "
                 "the Juro API key into the Juro integration and click Update."_s;
    else if (given.isEmpty())
        reason = u"The webhook has no Juro-Signature header. Set the security signature secret "
                 "of the webhook in Juro to the Juro API key."_s;
    else if (!Protocol::constantTimeEquals(webhookSignature(secret.toUtf8(), request.body),
                                           given.toLower()))
        reason = u"The Juro-Signature does not match. The signature secret in Juro must be the "
                 "same Juro API key that is stored in Ashby; update one of them."_s;

    QJsonObject inbound{{u"receivedAt"_s, Records::isoTime(QDateTime::currentMSecsSinceEpoch())},
                        {u"event"_s, event.isEmpty() ? QJsonValue() : QJsonValue(event)},
                        {u"verified"_s, reason.isEmpty()}};
    if (!reason.isEmpty())
        inbound.insert(u"reason"_s, reason);
    IntegrationPrivate::setInbound(store, juro, inbound);
    if (!reason.isEmpty())
        return StandIn::errorAnswer(401, Code::invalidSignature, reason);
    if (auto refused = JuroRuns::apply(store, QJsonDocument::fromJson(request.body).object()))
        return *refused;
    return StandIn::jsonAnswer(200, QJsonObject{{u"success"_s, true}});
}

} // namespace Tessera::Sandbox
