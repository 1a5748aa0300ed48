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
    // Drops the preview, and the answer of a request still running: it belongs to what the user
    // left (another delivery opened, another filter), so it raises none of the signals below
    // but redeliveredUnshown.
    void cancel();

Q_SIGNALS:
    void busyChanged(bool busy);
    void previewed(int count);
    void cancelled(); // the preview was dropped (by the user or a changed filter)
    // count chains started; `deliveryIds` their first attempts' ids.
    void redelivered(int count, const QStringList &deliveryIds);
    void failed(const Tessera::ApiError &error);
    // A resend confirmed before cancel() was done after all: the log changed, nothing to show.
    void redeliveredUnshown(int count);

private:
    bool send(const QJsonObject &target, bool dryRun);

    QPointer<ApiClient> m_client;
    QPointer<ApiCall> m_call;
    QJsonObject m_pending; // {deliveryIds} or {filter} the last preview counted
    int m_previewCount = 0;
    quint64 m_generation = 0; // cancel() counts up; an answer of an older one is not shown
};

} // namespace Tessera
