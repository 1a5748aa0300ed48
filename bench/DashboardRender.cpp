#include "DashboardRender.h"

#include "PaintCounter.h"

#include "models/api/ApiCall.h"
#include "models/api/ApiClient.h"
#include "models/dashboard/ActivityStats.h"
#include "models/dashboard/DeliveryStats.h"
#include "models/dashboard/FailedDeliveries.h"
#include "models/dashboard/HealthBoard.h"
#include "ui/dashboard/DashboardView.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPixmap>

#include <stdexcept>
#include <time.h>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Bench {

namespace {

double threadCpuMs()
{
    timespec now{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

void flushEvents()
{
    // Layout requests and UpdateRequest are posted; twice so what the layout asks is painted.
    for (int i = 0; i < 2; ++i) {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents();
    }
}

QJsonObject fetch(ApiClient &client, const QString &method, const QJsonObject &body)
{
    QObject context;
    QEventLoop loop; // the harness has nothing else to do meanwhile
    QJsonObject results;
    QString error;
    ApiCall *call = client.call(method, body, &context);
    QObject::connect(call, &ApiCall::finished, &loop, [&] {
        if (call->error().isError())
            error = call->error().details();
        else
            results = call->results().toObject();
        loop.quit();
    });
    loop.exec();
    if (!error.isEmpty())
        throw std::runtime_error(QString(method + u": "_s + error).toStdString());
    return results;
}

} // namespace

QList<DashboardRenderRun> measureDashboardRender(const QUrl &baseUrl, const QString &apiKey,
                                                 int runs)
{
    QNetworkAccessManager network;
    ApiClient client(&network, baseUrl, apiKey);
    const qint64 day = 86400;
    const qint64 end = (QDateTime::currentSecsSinceEpoch() / day + 1) * day;
    const QDateTime to = QDateTime::fromSecsSinceEpoch(end, Qt::UTC);
    // One card working, one failing (its partner down), as an admin would see them.
    fetch(client, u"integration.enable"_s, {{u"integrationId"_s, u"humaans"_s}});
    fetch(client, u"integration.enable"_s, {{u"integrationId"_s, u"sora"_s}});
    fetch(client, u"partnerConsole.setDown"_s, {{u"partnerId"_s, u"humaans"_s}, {u"down"_s, true}});
    const QJsonObject health = fetch(client, u"integrationHealth.list"_s, {});
    const QJsonObject stats = fetch(client, u"webhookDelivery.stats"_s,
                                    {{u"from"_s, to.addDays(-30).toString(Qt::ISODate)},
                                     {u"to"_s, to.toString(Qt::ISODate)},
                                     {u"bucketSeconds"_s, int(day)}});

    // No client: the view shows only what the bench hands its models.
    DashboardView view(new HealthBoard(nullptr), new DeliveryStats(nullptr),
                       new ActivityStats(nullptr),
                       new FailedDeliveries(nullptr), nullptr);
    view.stats()->setRange(DeliveryStats::Range::Month);
    view.resize(1280, 800);
    view.show();
    PaintCounter counter;
    view.installEventFilter(&counter);
    flushEvents();

    QList<DashboardRenderRun> result;
    for (int run = 0; run < runs; ++run) {
        view.board()->apply({});
        view.stats()->apply({});
        flushEvents();
        counter.paints = 0;
        const double cpuBefore = threadCpuMs();
        QElapsedTimer clock;
        clock.start();
        view.board()->apply(health);
        view.stats()->apply(stats);
        flushEvents();
        // Every widget painted once more, into a pixmap: the offscreen platform may skip
        // painting a window nobody looks at, a grab never does.
        const QPixmap painted = view.grab();
        result.append({double(clock.nsecsElapsed()) / 1e6, threadCpuMs() - cpuBefore,
                       counter.paints});
        if (painted.isNull())
            throw std::runtime_error("the dashboard did not paint");
    }
    return result;
}

} // namespace Tessera::Bench
