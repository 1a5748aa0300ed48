#pragma once

#include "ApiError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QVariant>

#include <functional>

namespace Tessera {

class ApiCall;
class ApiClient;

// Walks every page of a list method (docs/API.md "Pagination"), full or incremental. The next
// page is requested as soon as a page's body arrives — its nextCursor is read from the raw
// bytes, before the body is parsed on a worker thread — and confirmed (or corrected) once the
// parse is done; pages are handed on strictly in order. An incremental sync whose token the
// server no longer accepts (sync_token_expired, incremental_sync_too_large) restarts as a full
// sync and says so.
class PagedFetch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedFetch)
public:
    // Turns one page's results into the consumer's value types. Runs on a worker thread, one
    // page after the other, so it must be thread-safe; payloads arrive in page order.
    using ResultsDecoder = std::function<QVariant(const QJsonArray &results)>;

    PagedFetch(ApiClient *client, QString method, QJsonObject filters, QString syncToken,
               QObject *parent = nullptr);

    // With a decoder, pages arrive as payloadReceived() instead of pageReceived().
    void setResultsDecoder(ResultsDecoder decoder) { m_decoder = std::move(decoder); }
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
    void payloadReceived(const QVariant &payload);
    void restartedAsFullSync(const Tessera::ApiError &reason);
    // Every page arrived (and was handed on); `syncToken` is the last page's token (empty if
    // the method has none).
    void finished(const QString &syncToken);
    void failed(const Tessera::ApiError &error);

public:
    // The nextCursor of an unparsed body that says moreDataAvailable: true; empty if none.
    static QString peekNextCursor(const QByteArray &body);

private:
    struct PageRequest
    {
        QPointer<ApiCall> call;
        QString cursor;     // what this request asked for
        QString nextAsked;  // the cursor already requested after it (from the peek)
        bool done = false;
        ApiError error;     // the outcome, kept because the call deletes itself
        QJsonObject envelope;
    };

    void request(const QString &cursor);
    void requestWhenDecodingAllows(const QString &cursor);
    void onBody(ApiCall *call, const QByteArray &body);
    void onFinished(ApiCall *call);
    void handleInOrder();
    void handlePage(const PageRequest &page);
    void dropRequestsAfterHead();
    void decode(const QJsonArray &results);
    void finishWhenDecoded();

    QPointer<ApiClient> m_client;
    QString m_method;
    QJsonObject m_filters;
    QString m_syncToken;
    ResultsDecoder m_decoder;
    QList<PageRequest> m_requests; // in page order; the head is handled next
    bool m_running = false;
    bool m_cancelled = false;
    bool m_lastPageArrived = false;
    int m_decoding = 0;
    QString m_waitingCursor; // the next page, asked for once decoding has caught up
    QString m_finalToken;
    int m_pages = 0;
    qint64 m_records = 0;
};

} // namespace Tessera
