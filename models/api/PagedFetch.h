#pragma once

#include "api/ApiError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace Tessera {

class ApiCall;
class ApiClient;

// Walks every page of a list method (docs/API.md "Pagination"), full or incremental. The next
// page is requested before the current one is handed on, so consumers never slow the network
// down. An incremental sync whose token the server no longer accepts (sync_token_expired,
// incremental_sync_too_large) restarts as a full sync and says so, so consumers can reset.
class PagedFetch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedFetch)
public:
    PagedFetch(ApiClient *client, QString method, QJsonObject filters, QString syncToken,
               QObject *parent = nullptr);

    void start();
    void cancel();

    QString method() const { return m_method; }
    bool isIncremental() const { return !m_syncToken.isEmpty(); }
    bool isRunning() const { return m_running; }
    int pages() const { return m_pages; }
    qint64 records() const { return m_records; }

    static constexpr int pageSize = 100;

Q_SIGNALS:
    void pageReceived(const QJsonArray &results);
    void restartedAsFullSync(const Tessera::ApiError &reason);
    // Every page arrived; `syncToken` is the last page's token (empty if the method has none).
    void finished(const QString &syncToken);
    void failed(const Tessera::ApiError &error);

private:
    void request(const QString &cursor);
    void onPage(ApiCall *call);

    QPointer<ApiClient> m_client;
    QString m_method;
    QJsonObject m_filters;
    QString m_syncToken;
    QPointer<ApiCall> m_call;
    bool m_running = false;
    int m_pages = 0;
    qint64 m_records = 0;
};

} // namespace Tessera
