#include "WebhookDeliveriesModel.h"

#include "models/api/ApiCall.h"
#include "models/api/ApiClient.h"
#include "models/api/PagedFetch.h"
#include "models/core/BackgroundWork.h"
#include "models/core/DecodeList.h"
#include "models/core/DisplayText.h"
#include "WebhookEventTypes.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

WebhookDeliveriesModel::WebhookDeliveriesModel(ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_status(new LoadStatus(this))
    , m_client(client)
{
}

int WebhookDeliveriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_deliveries.size());
}

int WebhookDeliveriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WebhookDeliveriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WebhookDelivery &delivery = m_deliveries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return DisplayText::dateTime(delivery.time);
        case ActionColumn: return WebhookEventTypes::label(delivery.action);
        case AttemptColumn: return delivery.attempt;
        case StatusColumn:
            return delivery.statusCode > 0 ? QString::number(delivery.statusCode) : tr("—");
        case LatencyColumn:
            return delivery.latencyMs >= 0 ? tr("%L1 ms").arg(delivery.latencyMs) : tr("—");
        case ResultColumn:
            return resultText(delivery.success);
        case ResponseColumn: {
            const QString text = delivery.success || delivery.error.isEmpty()
                ? delivery.responseSnippet.simplified()
                : delivery.error;
            return text.size() > 120 ? text.left(119) + u'…' : text;
        }
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ResponseColumn)
            return delivery.error.isEmpty() ? delivery.responseSnippet
                                            : delivery.error + u"\n\n"_s + delivery.responseSnippet;
        return data(index, Qt::DisplayRole);
    case HealthRole:
        return int(index.column() == ResultColumn
                       ? (delivery.success ? Health::Ok : Health::Failing)
                       : Health::Unknown);
    default: return {};
    }
}

QVariant WebhookDeliveriesModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case ActionColumn: return tr("Event");
    case AttemptColumn: return tr("Attempt");
    case StatusColumn: return tr("Status code");
    case LatencyColumn: return tr("Latency");
    case ResultColumn: return tr("Result");
    case ResponseColumn: return tr("Response");
    default: return {};
    }
}

QString WebhookDeliveriesModel::resultText(bool success)
{
    return success ? tr("OK") : tr("Failed");
}

const WebhookDelivery *WebhookDeliveriesModel::delivery(int row) const
{
    return row >= 0 && row < m_deliveries.size() ? &m_deliveries.at(row) : nullptr;
}

void WebhookDeliveriesModel::setWebhookId(const QString &webhookId)
{
    m_webhookId = webhookId;
    reload();
}

void WebhookDeliveriesModel::reload()
{
    delete m_fetch;
    if (!m_deliveries.isEmpty()) {
        beginResetModel();
        m_deliveries.clear();
        endResetModel();
    }
    if (!m_client || m_webhookId.isEmpty()) {
        m_status->reset();
        return;
    }
    m_status->begin();
    m_fetch = new PagedFetch(m_client, u"webhookDelivery.list"_s,
                             {{u"webhookId"_s, m_webhookId}}, {}, this);
    auto collected = std::make_shared<QList<WebhookDelivery>>();
    connect(m_fetch, &PagedFetch::pageReceived, this, [collected](const QJsonArray &results) {
        decodeList(results, *collected);
    });
    connect(m_fetch, &PagedFetch::finished, this, [this, collected] {
        std::reverse(collected->begin(), collected->end());
        if (!collected->isEmpty()) {
            beginInsertRows({}, 0, int(collected->size()) - 1);
            m_deliveries = std::move(*collected);
            endInsertRows();
        }
        m_status->succeed();
    });
    connect(m_fetch, &PagedFetch::failed, this, [this](const ApiError &error) {
        m_status->fail(error);
    });
    m_fetch->start();
}

void WebhookDeliveriesModel::redeliver(const QString &deliveryId)
{
    if (!m_client)
        return;
    ApiCall *call =
        m_client->call(u"webhookDelivery.redeliver"_s, {{u"deliveryId"_s, deliveryId}}, this);
    connect(call, &ApiCall::finished, this, [this, call, deliveryId] {
        if (call->error().isError())
            Q_EMIT redeliverFailed(call->error());
        else
            Q_EMIT redelivered(deliveryId);
    });
}

WebhookDeliveriesModel::~WebhookDeliveriesModel()
{
    // A watch cut short (the view went away) must not stay in the status bar.
    if (m_work)
        for (const int job : std::as_const(m_openJobs))
            m_work->end(job);
}

void WebhookDeliveriesModel::setBackgroundWork(BackgroundWork *work)
{
    m_work = work;
}

void WebhookDeliveriesModel::watchDelivery(const QString &deliveryId, int timeoutMs)
{
    const int job = m_work ? m_work->begin(tr("Waiting for the test delivery")) : 0;
    if (job)
        m_openJobs.insert(job);
    poll(deliveryId, QDateTime::currentMSecsSinceEpoch() + timeoutMs, job);
}

void WebhookDeliveriesModel::poll(const QString &deliveryId, qint64 deadlineMs, int job)
{
    const auto done = [this, job] {
        if (m_work && job)
            m_work->end(job);
        m_openJobs.remove(job);
    };
    if (!m_client) {
        done();
        return;
    }
    ApiCall *call =
        m_client->call(u"webhookDelivery.info"_s, {{u"deliveryId"_s, deliveryId}}, this);
    connect(call, &ApiCall::finished, this, [this, call, deliveryId, deadlineMs, job, done] {
        if (!call->error().isError()) {
            auto decoded = WebhookDelivery::fromJson(call->results().toObject());
            if (std::holds_alternative<WebhookDelivery>(decoded)) {
                const WebhookDelivery &delivery = std::get<WebhookDelivery>(decoded);
                if (delivery.webhookId == m_webhookId)
                    prepend(delivery);
                done();
                Q_EMIT deliveryArrived(delivery);
                return;
            }
        }
        if (QDateTime::currentMSecsSinceEpoch() >= deadlineMs) {
            done();
            Q_EMIT watchTimedOut(deliveryId);
            return;
        }
        QTimer::singleShot(m_pollIntervalMs, this, [this, deliveryId, deadlineMs, job] {
            poll(deliveryId, deadlineMs, job);
        });
    });
}

void WebhookDeliveriesModel::prepend(const WebhookDelivery &delivery)
{
    if (indexOfId(m_deliveries, delivery.id) >= 0)
        return;
    beginInsertRows({}, 0, 0);
    m_deliveries.prepend(delivery);
    endInsertRows();
}


} // namespace Tessera
