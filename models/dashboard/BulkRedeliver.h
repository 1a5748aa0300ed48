#pragma once

#include "models/api/ApiError.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace Tessera {

class ApiCall;
class ApiClient;

// webhookDelivery.redeliver for many attempts: first a dry run says how many would be resent
// (previewed), then confirm() resends exactly that request. One request at a time, and a
// confirmed preview is used up, so a double click sends nothing twice.
class BulkRedeliver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkRedeliver)
public:
    explicit BulkRedeliver(ApiClient *client, QObject *parent = nullptr);

    bool isBusy() const;
    bool hasPreview() const { return !m_pending.isEmpty(); }
    int previewCount() const { return m_previewCount; }

    // Each asks for the count only; false when a request already runs.
    bool previewIds(const QStringList &deliveryIds);
    bool previewFilter(const QJsonObject &filter);
    // Sends what the last preview counted; false when there is none (or a request runs).
    bool confirm();
    void cancel();

Q_SIGNALS:
    void busyChanged(bool busy);
    void previewed(int count);
    void cancelled(); // the preview was dropped (by the user or a changed filter)
    // count chains started; `deliveryIds` their first attempts' ids.
    void redelivered(int count, const QStringList &deliveryIds);
    void failed(const Tessera::ApiError &error);

private:
    bool send(const QJsonObject &target, bool dryRun);

    QPointer<ApiClient> m_client;
    QPointer<ApiCall> m_call;
    QJsonObject m_pending; // {deliveryIds} or {filter} the last preview counted
    int m_previewCount = 0;
};

} // namespace Tessera
