#include "DashboardStats.h"

#include "BenchSandbox.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
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

// One call, waited for in a local loop (the harness has nothing else to do meanwhile).
QJsonObject call(QNetworkAccessManager &network, const BenchSandbox &sandbox,
                 const QJsonObject &body)
{
    QNetworkRequest request(sandbox.baseUrl().resolved(QUrl(u"/webhookDelivery.stats"_s)));
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
        throw std::runtime_error("webhookDelivery.stats failed: "
                                 + QJsonDocument(envelope).toJson().toStdString());
    return envelope.value(u"results"_s).toObject();
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
        const QJsonObject stats = call(network, sandbox, body);
        result.runsMs << double(clock.nsecsElapsed()) / 1e6;
        const QJsonObject totals = stats.value(u"totals"_s).toObject();
        result.deliveries = totals.value(u"delivered"_s).toInteger()
            + totals.value(u"failed"_s).toInteger();
    }
    result.sandboxCpuMs = sandbox.cpuMs() - cpuBefore;
    sandbox.stop();
    return result;
}

} // namespace Tessera::Bench
