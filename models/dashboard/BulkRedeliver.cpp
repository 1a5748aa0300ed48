#include "BulkRedeliver.h"

#include "models/api/ApiCall.h"
#include "models/api/ApiClient.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

BulkRedeliver::BulkRedeliver(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

bool BulkRedeliver::isBusy() const
{
    return !m_call.isNull();
}

bool BulkRedeliver::previewIds(const QStringList &deliveryIds)
{
    if (deliveryIds.isEmpty())
        return false;
    return send({{u"deliveryIds"_s, QJsonArray::fromStringList(deliveryIds)}}, true);
}

bool BulkRedeliver::previewFilter(const QJsonObject &filter)
{
    return send({{u"filter"_s, filter}}, true);
}

bool BulkRedeliver::confirm()
{
    if (m_pending.isEmpty())
        return false;
    const QJsonObject target = std::exchange(m_pending, {});
    return send(target, false);
}

void BulkRedeliver::cancel()
{
    m_pending = {};
    m_previewCount = 0;
    ++m_generation;
    Q_EMIT cancelled();
}

bool BulkRedeliver::send(const QJsonObject &target, bool dryRun)
{
    if (m_call || !m_client)
        return false;
    m_pending = {};
    QJsonObject body = target;
    if (dryRun)
        body.insert(u"dryRun"_s, true);
    m_call = m_client->call(u"webhookDelivery.redeliver"_s, body, this);
    ApiCall *call = m_call;
    Q_EMIT busyChanged(true);
    connect(call, &ApiCall::finished, this, [this, call, target, dryRun,
                                             generation = m_generation] {
        m_call = nullptr;
        Q_EMIT busyChanged(false);
        if (generation != m_generation) {
            if (!dryRun && !call->error().isError())
                Q_EMIT redeliveredUnshown(call->results().toObject().value("count"_L1).toInt());
            return;
        }
        if (call->error().isError()) {
            Q_EMIT failed(call->error());
            return;
        }
        const QJsonObject results = call->results().toObject();
        const int count = results.value("count"_L1).toInt();
        if (dryRun) {
            m_pending = target;
            m_previewCount = count;
            Q_EMIT previewed(count);
            return;
        }
        QStringList ids;
        for (const auto &id : results.value("deliveryIds"_L1).toArray())
            ids.append(id.toString());
        Q_EMIT redelivered(count, ids);
    });
    return true;
}

} // namespace Tessera
