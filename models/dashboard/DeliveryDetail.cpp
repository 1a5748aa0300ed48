#include "DeliveryDetail.h"

#include "SignatureCheck.h"
#include "models/admin/WebhookSecrets.h"
#include "models/api/ApiCall.h"
#include "models/api/ApiClient.h"
#include "models/secrets/SecretJob.h"
#include "models/secrets/SecretMemory.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

DeliveryDetail::DeliveryDetail(ApiClient *client, WebhookSecrets *secrets, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_secrets(secrets)
    , m_status(new LoadStatus(this))
{
}

void DeliveryDetail::load(const QString &deliveryId)
{
    delete m_call;
    if (!m_client)
        return;
    m_status->begin();
    m_call = m_client->call(u"webhookDelivery.info"_s, {{u"deliveryId"_s, deliveryId}}, this);
    ApiCall *call = m_call;
    connect(call, &ApiCall::finished, this, [this, call] {
        m_call = nullptr;
        if (call->error().isError()) {
            m_status->fail(call->error());
            return;
        }
        const QJsonObject row = call->results().toObject();
        auto decoded = WebhookDelivery::fromJson(row);
        if (!std::holds_alternative<WebhookDelivery>(decoded)) {
            m_status->fail(ApiError(ApiError::Kind::MalformedBody, call->method()));
            return;
        }
        m_delivery = std::get<WebhookDelivery>(decoded);
        m_body = row.value("requestBody"_L1).toString().toUtf8();
        m_headers.clear();
        const QJsonObject headers = row.value("requestHeaders"_L1).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it)
            m_headers.append({it.key(), it.value().toString()});
        m_status->succeed();
        Q_EMIT loaded();
    });
}

QString DeliveryDetail::prettyPayload() const
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(m_body, &error);
    if (error.error != QJsonParseError::NoError || document.isNull())
        return QString::fromUtf8(m_body);
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
}

QString DeliveryDetail::signatureHeader() const
{
    for (const auto &[name, value] : m_headers)
        if (name.compare("Ashby-Signature"_L1, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

DeliveryDetail::Verdict DeliveryDetail::check(const QString &secret) const
{
    const QString header = signatureHeader();
    if (header.isEmpty())
        return Verdict::NoSignature;
    QByteArray key = secret.toUtf8();
    const bool matches = SignatureCheck::matches(m_body, key, header);
    SecretMemory::wipe(key);
    return matches ? Verdict::Matches : Verdict::DoesNotMatch;
}

void DeliveryDetail::verify()
{
    if (signatureHeader().isEmpty()) {
        Q_EMIT verified(Verdict::NoSignature);
        return;
    }
    SecretJob *job = m_secrets ? m_secrets->read(m_delivery.webhookId, this) : nullptr;
    if (!job) {
        Q_EMIT secretNeeded({});
        return;
    }
    const QString deliveryId = m_delivery.id;
    connect(job, &SecretJob::finished, this, [this, job, deliveryId] {
        if (deliveryId != m_delivery.id)
            return; // another delivery was opened meanwhile
        if (job->isOk()) {
            QString secret = job->secret();
            Q_EMIT verified(check(secret));
            SecretMemory::wipe(secret);
        } else
            Q_EMIT secretNeeded(job->error().kind() == SecretError::Kind::NotFound
                                    ? QString()
                                    : job->error().userMessage());
    });
}

void DeliveryDetail::verifyWith(const QString &secret, bool remember)
{
    Q_EMIT verified(check(secret));
    if (!remember)
        return;
    SecretJob *job = m_secrets ? m_secrets->write(m_delivery.webhookId, secret, this) : nullptr;
    if (!job) {
        Q_EMIT secretRemembered(false, tr("This connection has no keychain, so the secret was "
                                          "used once and not remembered."));
        return;
    }
    connect(job, &SecretJob::finished, this, [this, job] {
        Q_EMIT secretRemembered(job->isOk(), job->isOk() ? QString() : job->error().userMessage());
    });
}

} // namespace Tessera
