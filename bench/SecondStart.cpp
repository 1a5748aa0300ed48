#include "SecondStart.h"

#include "BenchSandbox.h"
#include "Heartbeat.h"
#include "ModelSync.h"

#include "models/api/ApiClient.h"
#include "models/candidates/CandidateCache.h"
#include "models/candidates/CandidateDirectory.h"
#include "models/secrets/SecretStore.h"
#include "models/settings/Settings.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QUuid>

#include <functional>
#include <memory>
#include <stdexcept>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Bench {

namespace {

void spinUntil(const std::function<bool()> &done, const char *what, int timeoutMs = 15 * 60'000)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            throw std::runtime_error(std::string("second start: timed out waiting for ") + what);
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
}

void settleEvents()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
    }
}

} // namespace

SecondStartReport measureSecondStart(const BenchSandbox &sandbox, int candidates, int runs)
{
    QTemporaryDir folder;
    if (!folder.isValid())
        throw std::runtime_error("second start: no temporary folder");
    Settings settings(folder.filePath(u"tessera.ini"_s));
    SecretStore secrets(&settings);
    const QString backendId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString cacheDir = folder.filePath(u"cache"_s);
    QNetworkAccessManager network;
    ApiClient client(&network, sandbox.baseUrl(), sandbox.adminKey());
    SecondStartReport report;

    {
        CandidatesModel model;
        CandidateCache cache(backendId, &settings, &secrets);
        cache.setDirectory(cacheDir);
        CandidateDirectory directory(&client, nullptr, &model);
        directory.setCache(&cache);
        directory.setExpectedTotal(candidates);
        int saves = 0;
        bool saveOk = false;
        QObject::connect(&cache, &CandidateCache::saved, &cache, [&](bool ok) {
            ++saves;
            saveOk = ok;
        });
        QElapsedTimer clock;
        clock.start();
        directory.sync();
        spinUntil([&] {
            return directory.state() == CandidateDirectory::State::Ready
                || directory.state() == CandidateDirectory::State::Failed;
        }, "the first sync");
        if (directory.state() != CandidateDirectory::State::Ready)
            throw std::runtime_error("second start: the first sync failed: "
                                     + directory.lastError().details().toStdString());
        report.firstSyncMs = double(clock.nsecsElapsed()) / 1e6;
        clock.restart();
        spinUntil([&] { return saves > 0; }, "the cache to be written");
        report.saveMs = double(clock.nsecsElapsed()) / 1e6;
        if (!saveOk)
            throw std::runtime_error("second start: the cache was not written (is a Secret "
                                     "Service running? scripts/bench starts one)");
        report.fileBytes = QFileInfo(cache.filePath()).size();
    }
    settleEvents();

    for (int i = 0; i < runs; ++i) {
        Heartbeat heartbeat;
        heartbeat.start();
        QElapsedTimer clock;
        clock.start();
        auto list = std::make_unique<CandidateList>(CandidateList::Attached::ShownView);
        CandidateCache cache(backendId, &settings, &secrets);
        cache.setDirectory(cacheDir);
        CandidateDirectory directory(&client, nullptr, &list->model);
        directory.setCache(&cache);
        qint64 cached = -1;
        QObject::connect(&directory, &CandidateDirectory::cacheLoaded, &directory,
                         [&](qint64 rows) {
                             cached = rows;
                             directory.cancel(); // the incremental sync is not part of it
                         });
        directory.sync();
        spinUntil([&] { return cached >= 0; }, "the cached rows");
        SecondStartRun run;
        run.loadedMs = double(clock.nsecsElapsed()) / 1e6;
        settleEvents(); // the view lays out and paints the filled list
        run.ms = double(clock.nsecsElapsed()) / 1e6;
        heartbeat.stop();
        run.stallMs = heartbeat.maxGapMs();
        run.stallCpuMs = heartbeat.maxCpuGapMs();
        run.rows = list->model.rowCount();
        if (cached != candidates || run.rows != candidates)
            throw std::runtime_error("second start: the cache gave " + std::to_string(cached)
                                     + " rows, not " + std::to_string(candidates));
        report.runs << run;
        list.reset();
        settleEvents();
    }
    CandidateCache::forget(backendId, &secrets, cacheDir);
    return report;
}

} // namespace Tessera::Bench
