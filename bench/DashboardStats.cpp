#include "DashboardStats.h"

#include "BenchSandbox.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <stdexcept>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Bench {

namespace {

QString isoOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// One call, waited for in a local loop (the harness has nothing else to do meanwhile): the
// whole envelope.
QJsonObject call(QNetworkAccessManager &network, const BenchSandbox &sandbox,
                 const QJsonObject &body, const QString &method = u"webhookDelivery.stats"_s)
{
    QNetworkRequest request(sandbox.baseUrl().resolved(QUrl(u"/"_s + method)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("Authorization",
                         "Basic " + QByteArray(sandbox.adminKey().toUtf8() + ':').toBase64());
    QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const QJsonObject envelope = QJsonDocument::fromJson(reply->readAll()).object();
    if (!envelope.value(u"success"_s).toBool())
        throw std::runtime_error(method.toStdString() + " failed: "
                                 + QJsonDocument(envelope).toJson().toStdString());
    return envelope;
}

// The console's failures panel filters (models/dashboard/FailedDeliveries::filterJson).
QList<std::pair<QString, QJsonObject>> dryRunFilters(QNetworkAccessManager &network,
                                                     const BenchSandbox &sandbox, qint64 now)
{
    QString webhookId;
    const QJsonObject hooks = call(network, sandbox, {{u"limit"_s, 100}}, u"webhook.list"_s);
    for (const QJsonValue hook : hooks.value(u"results"_s).toArray())
        if (hook.toObject().value(u"requestUrl"_s).toString().contains(u"/partners/juro/"_s))
            webhookId = hook.toObject().value(u"id"_s).toString();
    if (webhookId.isEmpty())
        throw std::runtime_error("the seeded sandbox has no Juro webhook");
    const QList<std::pair<QString, QJsonObject>> extras{
        {u""_s, {}},
        {u" integrationId"_s, {{u"integrationId"_s, u"juro"_s}}},
        {u" webhookId"_s, {{u"webhookId"_s, webhookId}}},
        {u" event"_s, {{u"event"_s, u"candidateHire"_s}}},
        {u" reason"_s, {{u"reason"_s, u"http_5xx"_s}}},
        {u" text"_s, {{u"text"_s, u"internal"_s}}},
        {u" text (no match)"_s, {{u"text"_s, u"no such response"_s}}},
        {u" integrationId+reason+text"_s,
         {{u"integrationId"_s, u"juro"_s}, {u"reason"_s, u"http_4xx"_s}, {u"text"_s, u"rejected"_s}}},
        {u" to"_s, {{u"to"_s, isoOf(now - 6 * 3600 * 1000)}}},
    };
    QList<std::pair<QString, QJsonObject>> filters;
    for (const QString &status : {u"failed"_s, u"pending"_s})
        for (const int days : {1, 7, 30})
            for (const auto &[label, extra] : extras) {
                QJsonObject filter = extra;
                filter.insert(u"status"_s, status);
                filter.insert(u"from"_s, isoOf(now - days * 24LL * 3600 * 1000));
                filters.append({u"%1 %2 d%3"_s.arg(status).arg(days).arg(label), filter});
            }
    return filters;
}

} // namespace

DashboardStatsRun measureDashboardStats(const QString &sandboxPath, int deliveries, int runs,
                                        int timeoutMs)
{
    DashboardStatsRun result;
    BenchSandbox sandbox(sandboxPath);
    sandbox.setExtraArguments({u"--deliveries"_s, QString::number(deliveries)});
    if (!sandbox.start(100, timeoutMs))
        throw std::runtime_error(sandbox.errorString().toStdString());
    result.seedMs = sandbox.startupMs();

    QNetworkAccessManager network;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QJsonObject body{{u"from"_s, isoOf(now - 30LL * 24 * 3600 * 1000 - 3600 * 1000)},
                           {u"to"_s, isoOf(now + 60'000)},
                           {u"bucketSeconds"_s, 3600}};
    call(network, sandbox, body); // warm-up: connection, first allocation
    const double cpuBefore = sandbox.cpuMs();
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer clock;
        clock.start();
        const QJsonObject stats = call(network, sandbox, body).value(u"results"_s).toObject();
        result.runsMs << double(clock.nsecsElapsed()) / 1e6;
        const QJsonObject totals = stats.value(u"totals"_s).toObject();
        result.deliveries = totals.value(u"delivered"_s).toInteger()
            + totals.value(u"failed"_s).toInteger();
    }
    result.sandboxCpuMs = sandbox.cpuMs() - cpuBefore;

    for (const auto &[label, filter] : dryRunFilters(network, sandbox, now)) {
        const QJsonObject dryRunBody{{u"filter"_s, filter}, {u"dryRun"_s, true}};
        call(network, sandbox, dryRunBody, u"webhookDelivery.redeliver"_s); // warm-up
        DryRunFilter dryRun{label, {}, 0};
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer clock;
            clock.start();
            const QJsonObject answer =
                call(network, sandbox, dryRunBody, u"webhookDelivery.redeliver"_s);
            dryRun.runsMs << double(clock.nsecsElapsed()) / 1e6;
            dryRun.count = answer.value(u"results"_s).toObject().value(u"count"_s).toInteger();
        }
        result.dryRuns.append(dryRun);
    }
    sandbox.stop();
    return result;
}

} // namespace Tessera::Bench
