#include "WebhooksModel.h"

#include "WebhookSecrets.h"
#include "models/api/ApiCall.h"
#include "models/secrets/SecretJob.h"
#include "models/secrets/SecretMemory.h"
#include "models/api/ApiClient.h"
#include "models/api/PagedFetch.h"
#include "models/core/DecodeList.h"
#include "models/core/DisplayText.h"
#include "WebhookEventTypes.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {

// A secret a pending call's answer needs: a copy in a buffer of its own, wiped when the last
// holder lets it go (the answer used it, or the call was dropped unanswered).
using SealedSecret = std::shared_ptr<QString>;

SealedSecret seal(const QString &secret)
{
    return SealedSecret(new QString(SecretMemory::ownCopy(secret)), [](QString *held) {
        SecretMemory::wipe(*held);
        delete held;
    });
}

} // namespace

WebhooksModel::WebhooksModel(ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_status(new LoadStatus(this))
    , m_client(client)
{
}

int WebhooksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_webhooks.size());
}

int WebhooksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WebhooksModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Webhook &webhook = m_webhooks.at(index.row());
    const auto last = m_lastDelivery.constFind(webhook.id);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TypeColumn: return WebhookEventTypes::label(webhook.webhookType);
        case UrlColumn: return webhook.requestUrl;
        case EnabledColumn: return enabledText(webhook.enabled);
        case LastDeliveryColumn: {
            if (last == m_lastDelivery.cend())
                return tr("—");
            const QString when = DisplayText::dateTime(last->time);
            if (last->success)
                return tr("OK (HTTP %1) · %2").arg(last->statusCode).arg(when);
            return last->statusCode > 0 ? tr("Failed (HTTP %1) · %2").arg(last->statusCode).arg(when)
                                        : tr("Failed (no answer) · %1").arg(when);
        }
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == EnabledColumn && !webhook.lastError.isEmpty())
            return webhook.lastError;
        if (index.column() == LastDeliveryColumn && last != m_lastDelivery.cend()
            && !last->error.isEmpty())
            return last->error;
        return data(index, Qt::DisplayRole);
    case HealthRole:
        if (index.column() == EnabledColumn)
            return int(webhook.enabled            ? Health::Ok
                       : webhook.lastError.isEmpty() ? Health::Off
                                                     : Health::Failing);
        if (index.column() == LastDeliveryColumn && last != m_lastDelivery.cend())
            return int(last->success ? Health::Ok : Health::Failing);
        return int(Health::Unknown);
    default: return {};
    }
}

QVariant WebhooksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TypeColumn: return tr("Event");
    case UrlColumn: return tr("URL");
    case EnabledColumn: return tr("State");
    case LastDeliveryColumn: return tr("Last delivery");
    default: return {};
    }
}

QString WebhooksModel::enabledText(bool enabled)
{
    return enabled ? tr("Enabled") : tr("Disabled");
}

const Webhook *WebhooksModel::webhook(int row) const
{
    return row >= 0 && row < m_webhooks.size() ? &m_webhooks.at(row) : nullptr;
}

int WebhooksModel::rowOf(const QString &webhookId) const
{
    return indexOfId(m_webhooks, webhookId);
}

void WebhooksModel::load()
{
    delete m_fetch;
    m_pending.clear();
    if (!m_client) {
        m_status->reset();
        return;
    }
    // The rows shown stay until the new list is complete: a refresh that fails leaves the
    // last good list readable under the error.
    m_status->begin();
    m_fetch = new PagedFetch(m_client, u"webhook.list"_s, {}, {}, this);
    connect(m_fetch, &PagedFetch::pageReceived, this, [this](const QJsonArray &results) {
        decodeList(results, m_pending);
    });
    connect(m_fetch, &PagedFetch::finished, this, [this] {
        beginResetModel();
        m_webhooks = std::exchange(m_pending, {});
        m_lastDelivery.clear();
        endResetModel();
        loadDeliveries();
    });
    connect(m_fetch, &PagedFetch::failed, this, [this](const ApiError &error) {
        m_pending.clear();
        m_status->fail(error);
    });
    m_fetch->start();
}

// Each webhook's last attempt: one newest-first row per webhook, never a walk of the log (it
// may hold a million deliveries). The table is Ready once the webhooks are in; the column fills
// in as the answers arrive.
void WebhooksModel::loadDeliveries()
{
    m_status->succeed();
    if (m_fetch)
        m_fetch->deleteLater(); // the webhook.list fetch, finished (we are in its signal)
    delete m_deliveryCalls; // answers for the webhooks of an earlier load
    m_deliveryCalls = new QObject(this);
    m_deliveriesWaiting = int(m_webhooks.size());
    m_deliveriesLoaded = m_deliveriesWaiting == 0;
    for (const Webhook &webhook : std::as_const(m_webhooks)) {
        ApiCall *call = m_client->call(u"webhookDelivery.list"_s,
                                       {{u"webhookId"_s, webhook.id},
                                        {u"order"_s, u"newestFirst"_s},
                                        {u"limit"_s, 1}},
                                       m_deliveryCalls);
        connect(call, &ApiCall::finished, m_deliveryCalls, [this, call] {
            // Without the log the column stays "—"; the webhooks themselves are fine.
            QList<WebhookDelivery> newest;
            if (!call->error().isError())
                decodeList(call->results().toArray(), newest);
            for (const WebhookDelivery &delivery : std::as_const(newest))
                noteDelivery(delivery);
            if (--m_deliveriesWaiting == 0)
                m_deliveriesLoaded = true;
        });
    }
}

void WebhooksModel::noteDelivery(const WebhookDelivery &delivery)
{
    const auto known = m_lastDelivery.constFind(delivery.webhookId);
    if (known != m_lastDelivery.cend() && known->time > delivery.time)
        return;
    m_lastDelivery.insert(delivery.webhookId, delivery);
    emitRowChanged(rowOf(delivery.webhookId));
}

void WebhooksModel::upsert(const Webhook &webhook)
{
    const int row = rowOf(webhook.id);
    if (row >= 0) {
        m_webhooks[row] = webhook;
        emitRowChanged(row);
        return;
    }
    const int last = int(m_webhooks.size());
    beginInsertRows({}, last, last);
    m_webhooks.append(webhook);
    endInsertRows();
}

void WebhooksModel::emitRowChanged(int row)
{
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void WebhooksModel::create(const QString &type, const QString &url, const QString &secretToken)
{
    if (!m_client)
        return;
    ApiCall *call = m_client->call(u"webhook.create"_s,
                                   {{u"webhookType"_s, type},
                                    {u"requestUrl"_s, url},
                                    {u"secretToken"_s, secretToken}},
                                   this);
    // The answer's lambda holds its own copy, wiped however the call ends (or never does):
    // the caller's wipe of its token must not reach it, nor linger after it.
    const SealedSecret kept = seal(secretToken);
    connect(call, &ApiCall::finished, this, [this, call, kept] {
        if (call->error().isError()) {
            Q_EMIT actionFailed(Action::Create, call->error());
            return;
        }
        auto decoded = Webhook::fromJson(call->results().toObject()); // ignores secretToken
        if (!std::holds_alternative<Webhook>(decoded)) {
            Q_EMIT actionFailed(Action::Create,
                                ApiError(ApiError::Kind::MalformedBody, call->method()));
            return;
        }
        upsert(std::get<Webhook>(decoded));
        keepSecret(std::get<Webhook>(decoded).id, *kept);
        SecretMemory::wipe(*kept);
        Q_EMIT saved(Action::Create, std::get<Webhook>(decoded).id);
    });
}

void WebhooksModel::update(const QString &webhookId, std::optional<bool> enabled,
                           const QString &url, const QString &secretToken)
{
    if (!m_client)
        return;
    QJsonObject body{{u"webhookId"_s, webhookId}};
    if (enabled)
        body.insert(u"enabled"_s, *enabled);
    if (!url.isEmpty())
        body.insert(u"requestUrl"_s, url);
    if (!secretToken.isEmpty())
        body.insert(u"secretToken"_s, secretToken);
    ApiCall *call = m_client->call(u"webhook.update"_s, body, this);
    const SealedSecret kept = seal(secretToken);
    connect(call, &ApiCall::finished, this, [this, call, webhookId, kept] {
        if (call->error().isError()) {
            Q_EMIT actionFailed(Action::Update, call->error());
            return;
        }
        if (!kept->isEmpty())
            keepSecret(webhookId, *kept);
        SecretMemory::wipe(*kept);
        auto decoded = Webhook::fromJson(call->results().toObject());
        if (std::holds_alternative<Webhook>(decoded))
            upsert(std::get<Webhook>(decoded));
        Q_EMIT saved(Action::Update, webhookId);
    });
}

void WebhooksModel::remove(const QString &webhookId)
{
    if (!m_client)
        return;
    ApiCall *call = m_client->call(u"webhook.delete"_s, {{u"webhookId"_s, webhookId}}, this);
    connect(call, &ApiCall::finished, this, [this, call, webhookId] {
        if (call->error().isError()) {
            Q_EMIT actionFailed(Action::Delete, call->error());
            return;
        }
        const int row = rowOf(webhookId);
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_webhooks.removeAt(row);
            endRemoveRows();
        }
        m_lastDelivery.remove(webhookId);
        keepSecret(webhookId, {});
        Q_EMIT saved(Action::Delete, webhookId);
    });
}

void WebhooksModel::setSecrets(WebhookSecrets *secrets)
{
    m_secrets = secrets;
}

void WebhooksModel::keepSecret(const QString &webhookId, const QString &secret)
{
    if (!m_secrets || webhookId.isEmpty())
        return;
    SecretJob *job = secret.isEmpty() ? m_secrets->remove(webhookId, this)
                                      : m_secrets->write(webhookId, secret, this);
    if (!job)
        return;
    connect(job, &SecretJob::finished, this, [this, job, webhookId] {
        Q_EMIT secretKept(webhookId, job->isOk());
    });
}

void WebhooksModel::ping(const QString &webhookId)
{
    if (!m_client)
        return;
    ApiCall *call = m_client->call(u"webhook.ping"_s, {{u"webhookId"_s, webhookId}}, this);
    connect(call, &ApiCall::finished, this, [this, call, webhookId] {
        if (call->error().isError()) {
            Q_EMIT actionFailed(Action::Ping, call->error());
            return;
        }
        Q_EMIT pingQueued(webhookId,
                          call->results().toObject().value(u"deliveryId"_s).toString());
    });
}

void WebhooksModel::refreshWebhook(const QString &webhookId)
{
    if (!m_client)
        return;
    ApiCall *call = m_client->call(u"webhook.info"_s, {{u"webhookId"_s, webhookId}}, this);
    connect(call, &ApiCall::finished, this, [this, call] {
        if (call->error().isError())
            return; // the next full load shows it; a vanished webhook stays until then
        auto decoded = Webhook::fromJson(call->results().toObject());
        if (std::holds_alternative<Webhook>(decoded))
            upsert(std::get<Webhook>(decoded));
    });
}


} // namespace Tessera
