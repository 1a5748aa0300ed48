// tessera-bench: the performance budgets of ARCHITECTURE.md §7 against a real tessera-sandbox.
//   1. seeds a sandbox with N candidates (default 100,000) and times it;
//   2. baseline: a bare sequential QNetworkAccessManager pagination loop over candidate.list;
//   3. measured: the same pages through the console's CandidateDirectory into CandidatesModel,
//      with the filter proxy and a visible QTableView attached, while a 1 ms heartbeat watches
//      the event loop;
//      baseline and measured alternate (after one warm-up baseline), medians are reported;
//   4. resident memory with every row loaded; 5. type-to-filter over every row;
//   6. second start: the candidate cache written by a full sync, then new directories, models and
//      shown views filling from it; 6b. the dashboard view filled from 30 days of deliveries and
//      painted (dashboard_render_ms); 7. startup of the real tessera binary to its first paint;
//   8. dashboard_stats_ms: webhookDelivery.stats over a sandbox seeded with 1,000,000
//      deliveries, and on it dashboard_dry_run_ms: the slowest redeliver dry run (median of its
//      runs) over the failures panel's filters (--only-dashboard-stats measures just these);
//   9. plan_job_filter_ms: the slowest keystroke of typing into the interview-plan designer's
//      job picker over a sandbox seeded with 1,000 jobs (--only-plan-job-filter: just this).
// Human-readable lines go to stderr; one JSON line goes to stdout at the end. Besides wall-clock
// times it reports CPU time (bench process, its GUI thread, the sandbox) per phase, which says
// where the time goes even on a busy machine; --attach and --marks help locate costs further.
#include "BaselineLoop.h"
#include "BenchSandbox.h"
#include "DashboardStats.h"
#include "DashboardRender.h"
#include "FilterTyping.h"
#include "Heartbeat.h"
#include "ModelSync.h"
#include "PaintCounter.h"
#include "PlanJobFilter.h"
#include "SecondStart.h"
#include "StartupProbe.h"

#include "models/api/ApiClient.h"
#include "models/api/ApiProtocol.h"
#include "models/search/QuickSearch.h"

#include <QApplication>

#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <memory>
#include <stdexcept>

#include <malloc.h>
#include <sys/resource.h>
#include <time.h>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Bench {
namespace {

// ARCHITECTURE.md §7
constexpr double syncRatioBudget = 1.15;
constexpr double stallBudgetMs = 16;
constexpr double keystrokeBudgetMs = 16;
constexpr double rssBudgetMb = 150;
constexpr double startupBudgetMs = 300;
constexpr double secondStartBudgetMs = 1000;
constexpr double dashboardStatsBudgetMs = 100; // issue 14 §3
constexpr double dashboardRenderBudgetMs = 100;
constexpr double planJobFilterBudgetMs = 16; // a keystroke, as the candidate filter (issue 12)

constexpr int phaseTimeoutMs = 15 * 60 * 1000;

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

struct Failure : std::runtime_error
{
    explicit Failure(const QString &what)
        : std::runtime_error(what.toStdString())
    {
    }
};

// With --marks, phase boundaries on CLOCK_MONOTONIC (what QElapsedTimer and
// `perf record -k CLOCK_MONOTONIC` use), so a profile can be cut per phase with
// `perf report --time BEGIN,END`.
bool printMarks = false;

void mark(const QString &phase, const char *edge)
{
    if (!printMarks)
        return;
    timespec now{};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    err() << "  mark " << phase << ' ' << edge << ' '
          << QString::number(double(now.tv_sec) + double(now.tv_nsec) / 1e9, 'f', 6) << Qt::endl;
}

// Runs the event loop from object->start() until object emits finished().
template <typename Object>
void runToFinish(Object *object, const QString &what)
{
    QEventLoop loop;
    bool timedOut = false;
    QObject::connect(object, &Object::finished, &loop, &QEventLoop::quit);
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&loop, &timedOut] {
        timedOut = true;
        loop.quit();
    });
    deadline.start(phaseTimeoutMs);
    object->start();
    loop.exec();
    if (timedOut)
        throw Failure(what + u" did not finish within %1 s"_s.arg(phaseTimeoutMs / 1000));
    if (!object->errorString().isEmpty())
        throw Failure(what + u" failed: "_s + object->errorString());
}

// Lets deleteLater() calls, the view's delayed layout and pending paints happen outside any
// measurement.
void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
    }
}

// A field of /proc/self/status in MiB ("VmHWM", "VmRSS").
double statusMb(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

// CPU time (user + system) of the whole bench process or of the calling (GUI) thread, in ms.
// Unlike wall-clock time it does not depend on what else the machine is doing.
double cpuMs(int who)
{
    rusage usage{};
    if (::getrusage(who, &usage) != 0)
        return 0;
    const auto ms = [](const timeval &t) { return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

struct CpuClock
{
    double process = cpuMs(RUSAGE_SELF);
    double gui = cpuMs(RUSAGE_THREAD);
    double processMs() const { return cpuMs(RUSAGE_SELF) - process; }
    double guiMs() const { return cpuMs(RUSAGE_THREAD) - gui; }
};

// Bytes malloc has handed out and not got back, in MiB: live heap, without fragmentation.
double heapInUseMb()
{
    const struct mallinfo2 info = ::mallinfo2();
    return double(info.uordblks + info.hblkhd) / 1048576.0;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

double rounded(double value, int decimals = 2)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QJsonArray toJson(const QList<double> &values)
{
    QJsonArray array;
    for (double value : values)
        array.append(rounded(value, 1));
    return array;
}

QString verdict(bool met)
{
    return met ? u"ok"_s : u"MISSED"_s;
}

struct BaselineRun
{
    double ms = 0;
    double cpuMs = 0;    // the bench process
    double guiCpuMs = 0; // its GUI thread
    double sandboxCpuMs = 0;
    double stallMs = 0;
    int pages = 0;
    qint64 records = 0;
    qint64 bytes = 0;
};

struct SyncRun
{
    double ms = 0;
    double cpuMs = 0;
    double guiCpuMs = 0;
    double sandboxCpuMs = 0;
    double stallMs = 0;
    double stallCpuMs = 0;
    double stallAtMs = 0;
    qint64 gapsOver16 = 0;
    qint64 gapsOver8 = 0;
    double mergeMs = 0;
    double mergeMaxMs = 0;
    int mergeMaxPage = 0;
    int pages = 0;
    int rows = 0;
    int paints = 0; // of the view's viewport
};

BaselineRun runBaseline(const BenchSandbox &sandbox)
{
    QNetworkAccessManager network;
    BaselineLoop loop(&network, sandbox.baseUrl(),
                      Protocol::basicAuthorization(sandbox.adminKey()));
    Heartbeat heartbeat; // the same timer load as in the measured run
    const CpuClock cpu;
    const double sandboxCpuBefore = sandbox.cpuMs();
    heartbeat.start();
    mark(u"baseline"_s, "begin");
    runToFinish(&loop, u"the baseline loop"_s);
    mark(u"baseline"_s, "end");
    heartbeat.stop();
    BaselineRun run{loop.elapsedMs(), cpu.processMs(), cpu.guiMs(),
                    sandbox.cpuMs() - sandboxCpuBefore, heartbeat.maxGapMs(),
                    loop.pages(), loop.records(), loop.bytes()};
    settle();
    return run;
}

SyncRun runSync(const BenchSandbox &sandbox, CandidateList &list, int candidates)
{
    settle(); // the view's first layout and paint are not part of the sync
    QNetworkAccessManager network;
    ApiClient client(&network, sandbox.baseUrl(), sandbox.adminKey());
    ModelSync sync(&client, &list.model);
    sync.setExpectedTotal(candidates);
    PaintCounter paints;
    list.view.viewport()->installEventFilter(&paints);
    Heartbeat heartbeat;
    const CpuClock cpu;
    const double sandboxCpuBefore = sandbox.cpuMs();
    heartbeat.start();
    mark(u"sync"_s, "begin");
    runToFinish(&sync, u"the model sync"_s);
    mark(u"sync"_s, "end");
    heartbeat.stop();
    const double processCpuMs = cpu.processMs();
    const double guiCpuMs = cpu.guiMs();
    if (sync.decodeFailures() > 0)
        throw Failure(u"%1 candidates could not be decoded: %2"_s.arg(sync.decodeFailures())
                          .arg(list.model.lastDecodeError()));
    SyncRun run;
    run.ms = sync.elapsedMs();
    run.cpuMs = processCpuMs;
    run.guiCpuMs = guiCpuMs;
    run.sandboxCpuMs = sandbox.cpuMs() - sandboxCpuBefore;
    run.stallMs = heartbeat.maxGapMs();
    run.stallCpuMs = heartbeat.maxCpuGapMs();
    run.stallAtMs = heartbeat.maxGapAtMs();
    run.gapsOver16 = heartbeat.gapsOver16Ms();
    run.gapsOver8 = heartbeat.gapsOver8Ms();
    run.mergeMs = sync.mergeTotalMs();
    run.mergeMaxMs = sync.mergeMaxMs();
    run.mergeMaxPage = sync.mergeMaxPage();
    run.pages = sync.pages();
    run.rows = list.model.rowCount();
    run.paints = paints.paints;
    settle();
    list.view.viewport()->removeEventFilter(&paints);
    return run;
}

// dashboard_stats_ms: its own sandbox with --dashboard-deliveries deliveries.
struct DashboardStatsReport
{
    DashboardStatsRun run;
    double ms = 0; // median
    double dryRunMs = 0;      // the slowest filter's median
    double dryRunWorstMs = 0; // the slowest single call
    bool met = false;
};

DashboardStatsReport runDashboardStats(const QCommandLineParser &parser)
{
    bool ok = false;
    const int deliveries = parser.value(u"dashboard-deliveries"_s).toInt(&ok);
    if (!ok || deliveries < 1)
        throw Failure(u"--dashboard-deliveries takes a whole number >= 1"_s);
    const int runs = parser.value(u"dashboard-runs"_s).toInt(&ok);
    if (!ok || runs < 1)
        throw Failure(u"--dashboard-runs takes a whole number >= 1"_s);
    err() << "tessera-bench: dashboard stats over " << deliveries << " seeded deliveries…"
          << Qt::endl;
    DashboardStatsReport report;
    mark(u"dashboard-stats"_s, "begin");
    report.run = measureDashboardStats(parser.value(u"sandbox"_s), deliveries, runs,
                                       phaseTimeoutMs);
    mark(u"dashboard-stats"_s, "end");
    report.ms = median(report.run.runsMs);
    for (const DryRunFilter &dryRun : report.run.dryRuns) {
        report.dryRunMs = std::max(report.dryRunMs, median(dryRun.runsMs));
        for (const double ms : dryRun.runsMs)
            report.dryRunWorstMs = std::max(report.dryRunWorstMs, ms);
    }
    report.met = report.ms <= dashboardStatsBudgetMs && report.run.deliveries == deliveries
        && report.dryRunMs <= dashboardStatsBudgetMs;
    err() << "  seeded and listening after " << report.run.seedMs << " ms; "
          << report.run.deliveries << " deliveries counted" << Qt::endl;
    for (qsizetype i = 0; i < report.run.runsMs.size(); ++i)
        err() << "  run " << i + 1 << " webhookDelivery.stats (30 d, hourly): "
              << rounded(report.run.runsMs.at(i), 1) << " ms" << Qt::endl;
    err() << "  dashboard stats " << rounded(report.ms, 1) << " ms (sandbox CPU "
          << rounded(report.run.sandboxCpuMs / double(runs), 1) << " ms per call) <= "
          << dashboardStatsBudgetMs << " ms" << Qt::endl;
    for (const DryRunFilter &dryRun : report.run.dryRuns)
        err() << "  dry run " << dryRun.label << ": " << dryRun.count << " deliveries, median "
              << rounded(median(dryRun.runsMs), 1) << " ms" << Qt::endl;
    err() << "  redeliver dry runs: slowest filter " << rounded(report.dryRunMs, 1)
          << " ms (slowest call " << rounded(report.dryRunWorstMs, 1) << " ms) over "
          << report.run.dryRuns.size() << " filters <= " << dashboardStatsBudgetMs << " ms  "
          << verdict(report.met) << Qt::endl;
    return report;
}

void addDashboardStats(QJsonObject &json, const DashboardStatsReport &report)
{
    json.insert(u"dashboard_stats_ms"_s, rounded(report.ms, 1));
    json.insert(u"dashboard_stats_runs_ms"_s, toJson(report.run.runsMs));
    json.insert(u"dashboard_stats_sandbox_cpu_ms"_s,
                rounded(report.run.sandboxCpuMs / double(report.run.runsMs.size()), 1));
    json.insert(u"dashboard_deliveries"_s, report.run.deliveries);
    json.insert(u"dashboard_seed_ms"_s, report.run.seedMs);
    json.insert(u"dashboard_dry_run_ms"_s, rounded(report.dryRunMs, 1));
    json.insert(u"dashboard_dry_run_worst_ms"_s, rounded(report.dryRunWorstMs, 1));
}

// The one JSON line on stdout.
int printReport(const QJsonObject &report)
{
    std::fputs(QJsonDocument(report).toJson(QJsonDocument::Compact).append('\n').constData(),
               stdout);
    std::fflush(stdout);
    return 0;
}

// plan_job_filter_ms: its own sandbox with --plan-jobs jobs.
struct PlanJobFilterReport
{
    PlanJobFilterRun run;
    double maxMs = 0;
    double meanMs = 0;
    double maxCpuMs = 0;
    bool met = false;
};

PlanJobFilterReport runPlanJobFilter(const QCommandLineParser &parser)
{
    bool ok = false;
    const int jobs = parser.value(u"plan-jobs"_s).toInt(&ok);
    if (!ok || jobs < 25)
        throw Failure(u"--plan-jobs takes a whole number >= 25"_s);
    const QString word = parser.value(u"plan-job-word"_s);
    if (word.isEmpty())
        throw Failure(u"--plan-job-word takes a word"_s);
    err() << "tessera-bench: the designer's job picker over " << jobs << " jobs…" << Qt::endl;
    PlanJobFilterReport report;
    mark(u"plan-job-filter"_s, "begin");
    report.run = measurePlanJobFilter(parser.value(u"sandbox"_s), jobs, word, 3, phaseTimeoutMs);
    mark(u"plan-job-filter"_s, "end");
    double total = 0;
    for (const JobFilterKeystroke &keystroke : std::as_const(report.run.keystrokes)) {
        report.maxMs = std::max(report.maxMs, keystroke.ms);
        report.maxCpuMs = std::max(report.maxCpuMs, keystroke.cpuMs);
        total += keystroke.ms;
    }
    if (!report.run.keystrokes.isEmpty())
        report.meanMs = total / double(report.run.keystrokes.size());
    // Every job is in the picker, and the first keystroke's matches are listed.
    const bool complete = report.run.jobs == jobs && !report.run.keystrokes.isEmpty()
        && report.run.keystrokes.constFirst().matches > 0;
    report.met = complete && report.maxMs <= planJobFilterBudgetMs;
    err() << "  seeded and listening after " << report.run.seedMs << " ms; " << report.run.jobs
          << " jobs in the picker" << Qt::endl;
    for (qsizetype i = 0; i < report.run.keystrokes.size() && i < qsizetype(word.size()) * 2; ++i) {
        const JobFilterKeystroke &keystroke = report.run.keystrokes.at(i);
        err() << "  \"" << keystroke.text << "\": " << keystroke.matches << " matches, "
              << rounded(keystroke.ms, 2) << " ms (CPU " << rounded(keystroke.cpuMs, 2) << " ms)"
              << Qt::endl;
    }
    err() << "  plan job filter " << rounded(report.meanMs, 2) << " ms mean, "
          << rounded(report.maxMs, 2) << " ms max per keystroke <= " << planJobFilterBudgetMs
          << " ms  " << verdict(report.met) << Qt::endl;
    return report;
}

void addPlanJobFilter(QJsonObject &json, const PlanJobFilterReport &report)
{
    json.insert(u"plan_job_filter_ms"_s, rounded(report.maxMs, 2));
    json.insert(u"plan_job_filter_mean_ms"_s, rounded(report.meanMs, 2));
    json.insert(u"plan_job_filter_max_cpu_ms"_s, rounded(report.maxCpuMs, 2));
    json.insert(u"plan_jobs"_s, report.run.jobs);
    json.insert(u"plan_jobs_seed_ms"_s, report.run.seedMs);
}

int run(const QCommandLineParser &parser)
{
    if (parser.isSet(u"only-plan-job-filter"_s)) {
        const PlanJobFilterReport jobFilter = runPlanJobFilter(parser);
        QJsonObject report{{u"budgets_met"_s, jobFilter.met}};
        addPlanJobFilter(report, jobFilter);
        return printReport(report);
    }
    if (parser.isSet(u"only-dashboard-stats"_s)) {
        const DashboardStatsReport dashboard = runDashboardStats(parser);
        QJsonObject report{{u"budgets_met"_s, dashboard.met}};
        addDashboardStats(report, dashboard);
        return printReport(report);
    }
    bool ok = false;
    const int candidates = parser.value(u"candidates"_s).toInt(&ok);
    if (!ok || candidates < 1)
        throw Failure(u"--candidates takes a whole number >= 1"_s);
    const int runs = parser.value(u"runs"_s).toInt(&ok);
    if (!ok || runs < 1)
        throw Failure(u"--runs takes a whole number >= 1"_s);
    printMarks = parser.isSet(u"marks"_s);
    const QString attachedName = parser.value(u"attach"_s);
    const std::map<QString, CandidateList::Attached> attachments{
        {u"view"_s, CandidateList::Attached::ShownView},
        {u"hidden-view"_s, CandidateList::Attached::HiddenView},
        {u"proxy"_s, CandidateList::Attached::ProxyOnly},
        {u"nothing"_s, CandidateList::Attached::Nothing},
    };
    if (!attachments.contains(attachedName))
        throw Failure(u"--attach takes view, hidden-view, proxy or nothing"_s);
    const CandidateList::Attached attached = attachments.at(attachedName);
    QStringList words = parser.value(u"type"_s).split(u',', Qt::SkipEmptyParts);
    if (words.isEmpty())
        throw Failure(u"--type takes comma-separated words"_s);

    // 1. The backend.
    err() << "tessera-bench: seeding a sandbox with " << candidates << " candidates…" << Qt::endl;
    BenchSandbox sandbox(parser.value(u"sandbox"_s));
    // A month of webhook deliveries for the dashboard view's figures (6b).
    sandbox.setExtraArguments({u"--deliveries"_s, u"100000"_s});
    if (!sandbox.start(candidates, phaseTimeoutMs))
        throw Failure(sandbox.errorString());
    err() << "  seeded and listening on " << sandbox.baseUrl().toString() << " after "
          << sandbox.startupMs() << " ms" << Qt::endl;

    const double startRssMb = statusMb("VmRSS"); // Qt, widgets, fonts: before any row exists

    // 2 + 3. Baseline and measured, alternating, after one warm-up baseline.
    const BaselineRun warmUp = runBaseline(sandbox);
    err() << "  warm-up baseline: " << rounded(warmUp.ms, 0) << " ms, " << warmUp.pages
          << " pages, " << warmUp.records << " records, " << rounded(warmUp.bytes / 1048576.0, 1)
          << " MiB" << Qt::endl;
    if (warmUp.records != candidates)
        throw Failure(u"the baseline saw %1 candidates, not %2"_s.arg(warmUp.records)
                          .arg(candidates));

    QList<double> baselineMs, baselineStallMs, syncMs, stallMs, stallCpuMs, mergeMs, mergeMaxMs;
    QList<double> baselineCpuMs, baselineGuiCpuMs, syncCpuMs, syncGuiCpuMs;
    QList<double> baselineSandboxCpuMs, syncSandboxCpuMs, syncPaints;
    std::unique_ptr<CandidateList> list;
    int pages = 0;
    double rowsHeapMb = 0; // live heap the last sync added: rows, id index, proxy, view
    for (int i = 1; i <= runs; ++i) {
        const BaselineRun baseline = runBaseline(sandbox);
        baselineMs << baseline.ms;
        baselineStallMs << baseline.stallMs;
        baselineCpuMs << baseline.cpuMs;
        baselineGuiCpuMs << baseline.guiCpuMs;
        baselineSandboxCpuMs << baseline.sandboxCpuMs;
        err() << "  run " << i << " baseline: " << rounded(baseline.ms, 1) << " ms (max gap "
              << rounded(baseline.stallMs, 1) << " ms); CPU: bench " << rounded(baseline.cpuMs, 0)
              << " ms (GUI thread " << rounded(baseline.guiCpuMs, 0) << " ms), sandbox "
              << rounded(baseline.sandboxCpuMs, 0) << " ms" << Qt::endl;

        list.reset(); // the previous run's rows go away before the next sync starts
        settle();
        const double heapBeforeMb = heapInUseMb();
        list = std::make_unique<CandidateList>(attached);
        const SyncRun sync = runSync(sandbox, *list, candidates);
        rowsHeapMb = heapInUseMb() - heapBeforeMb;
        if (sync.rows != candidates)
            throw Failure(u"the model sync ended with %1 rows; the baseline saw %2 candidates"_s
                              .arg(sync.rows).arg(baseline.records));
        pages = baseline.pages;
        syncMs << sync.ms;
        stallMs << sync.stallMs;
        stallCpuMs << sync.stallCpuMs;
        mergeMs << sync.mergeMs;
        mergeMaxMs << sync.mergeMaxMs;
        syncCpuMs << sync.cpuMs;
        syncGuiCpuMs << sync.guiCpuMs;
        syncSandboxCpuMs << sync.sandboxCpuMs;
        syncPaints << sync.paints;
        err() << "  run " << i << " model sync: " << rounded(sync.ms, 1) << " ms (ratio "
              << rounded(sync.ms / baseline.ms, 3) << "); CPU: bench " << rounded(sync.cpuMs, 0)
              << " ms (GUI thread " << rounded(sync.guiCpuMs, 0) << " ms), sandbox "
              << rounded(sync.sandboxCpuMs, 0) << " ms" << Qt::endl
              << "    max stall " << rounded(sync.stallMs, 1) << " ms (GUI-thread CPU "
              << rounded(sync.stallCpuMs, 1) << " ms) at "
              << rounded(sync.stallAtMs, 0) << " ms; gaps > 16 ms: " << sync.gapsOver16
              << ", > 8 ms: " << sync.gapsOver8 << "; mergeCandidates "
              << rounded(sync.mergeMs, 1) << " ms in all, longest " << rounded(sync.mergeMaxMs, 2)
              << " ms (page " << sync.mergeMaxPage << "); the view painted " << sync.paints
              << " times" << Qt::endl;
    }

    // 4. Memory with every row in the model (and the proxy and view over it).
    const double peakRssMb = statusMb("VmHWM");
    const double rssMb = statusMb("VmRSS");
    const double heapMb = heapInUseMb();
    const int rows = list->model.rowCount();
    err() << "  memory with " << rows << " rows: VmHWM " << rounded(peakRssMb, 1)
          << " MiB, VmRSS " << rounded(rssMb, 1) << " MiB; live heap " << rounded(heapMb, 1)
          << " MiB, of which the last sync added " << rounded(rowsHeapMb, 1) << " MiB ("
          << qRound(rowsHeapMb * 1048576.0 / std::max(1, rows)) << " bytes per row); VmRSS "
          << rounded(startRssMb, 1) << " MiB at start (before any view or row)" << Qt::endl;

    if (attached == CandidateList::Attached::Nothing)
        words.clear(); // nothing to filter with
    // 5. Type-to-filter: each word typed and backspaced away again, the last one only typed
    // (by default a first name of the demo seed, then an email fragment).
    QStringList texts;
    for (qsizetype i = 0; i < words.size(); ++i) {
        texts += typed({}, words.at(i));
        if (i + 1 < words.size())
            texts += backspaced(words.at(i), int(words.at(i).size()));
    }
    mark(u"filter"_s, "begin");
    const QList<Keystroke> keystrokes = typeFilter(*list, texts);
    mark(u"filter"_s, "end");
    double filterTotalMs = 0, filterMaxMs = 0, proxyTotalMs = 0, filterMaxCpuMs = 0;
    for (const Keystroke &keystroke : keystrokes) {
        filterTotalMs += keystroke.totalMs;
        proxyTotalMs += keystroke.proxyMs;
        filterMaxMs = std::max(filterMaxMs, keystroke.totalMs);
        filterMaxCpuMs = std::max(filterMaxCpuMs, keystroke.cpuMs);
        err() << "  filter \"" << keystroke.text << "\": " << keystroke.rows << " rows, "
              << rounded(keystroke.totalMs, 2) << " ms (GUI-thread CPU " << rounded(keystroke.cpuMs, 2)
              << " ms; proxy " << rounded(keystroke.proxyMs, 2)
              << " ms, " << keystroke.paints << " paints)" << Qt::endl;
    }
    const double typedKeys = double(std::max<qsizetype>(1, keystrokes.size()));
    const double filterMeanMs = filterTotalMs / typedKeys;
    const double proxyMeanMs = proxyTotalMs / typedKeys;

    // 5b. Ctrl+K over every row: the same keystrokes ranked by the quick switcher.
    double quickTotalMs = 0, quickMaxMs = 0;
    for (const QString &text : std::as_const(texts)) {
        QElapsedTimer timer;
        timer.start();
        QList<QuickTarget> found;
        QuickSearch::scoreCandidates(list->model, text, 30, found);
        QuickSearch::keepBest(found, 30);
        const double ms = timer.nsecsElapsed() / 1e6;
        quickTotalMs += ms;
        quickMaxMs = std::max(quickMaxMs, ms);
    }
    const double quickMeanMs = texts.isEmpty() ? 0 : quickTotalMs / double(texts.size());
    err() << "  quick switcher: " << rounded(quickMeanMs, 2) << " ms mean, "
          << rounded(quickMaxMs, 2) << " ms max per keystroke over " << list->model.rowCount()
          << " rows" << Qt::endl;
    list.reset();
    settle();

    // 6. Second start from the cache.
    const int secondStartRuns = parser.value(u"second-start-runs"_s).toInt(&ok);
    if (!ok || secondStartRuns < 0)
        throw Failure(u"--second-start-runs takes a whole number >= 0"_s);
    SecondStartReport second;
    QList<double> secondMs, secondLoadedMs, secondStallMs, secondStallCpuMs;
    if (secondStartRuns > 0) {
        mark(u"second-start"_s, "begin");
        second = measureSecondStart(sandbox, candidates, secondStartRuns);
        mark(u"second-start"_s, "end");
        err() << "  cache: first full sync " << rounded(second.firstSyncMs, 0)
              << " ms, then written in " << rounded(second.saveMs, 0) << " ms, "
              << rounded(second.fileBytes / 1048576.0, 1) << " MiB" << Qt::endl;
        for (qsizetype i = 0; i < second.runs.size(); ++i) {
            const SecondStartRun &run = second.runs.at(i);
            secondMs << run.ms;
            secondLoadedMs << run.loadedMs;
            secondStallMs << run.stallMs;
            secondStallCpuMs << run.stallCpuMs;
            err() << "  second start " << i + 1 << ": " << run.rows << " cached rows in the model after "
                  << rounded(run.loadedMs, 1) << " ms, painted after " << rounded(run.ms, 1)
                  << " ms; max stall " << rounded(run.stallMs, 1) << " ms (GUI-thread CPU "
                  << rounded(run.stallCpuMs, 1) << " ms)" << Qt::endl;
        }
    }
    // 6b. The dashboard: health and 30 days of delivery figures in, the view painted.
    const int dashboardRuns = parser.value(u"dashboard-render-runs"_s).toInt(&ok);
    if (!ok || dashboardRuns < 0)
        throw Failure(u"--dashboard-render-runs takes a whole number >= 0"_s);
    QList<double> dashboardMs;
    if (dashboardRuns > 0) {
        mark(u"dashboard"_s, "begin");
        const QList<DashboardRenderRun> dashboard =
            measureDashboardRender(sandbox.baseUrl(), sandbox.adminKey(), dashboardRuns);
        mark(u"dashboard"_s, "end");
        for (const DashboardRenderRun &run : dashboard) {
            dashboardMs << run.ms;
            err() << "  dashboard: data in to painted view " << rounded(run.ms, 1)
                  << " ms (GUI-thread CPU " << rounded(run.cpuMs, 1) << " ms, " << run.paints
                  << " paints)" << Qt::endl;
        }
    }
    sandbox.stop();

    // 7. Startup of the real binary.
    const int startupRuns = parser.value(u"startup-runs"_s).toInt(&ok);
    if (!ok || startupRuns < 0)
        throw Failure(u"--startup-runs takes a whole number >= 0"_s);
    QList<double> startupMs, startupInAppMs;
    if (startupRuns > 0) {
        for (const StartupRun &run : measureStartup(parser.value(u"app"_s), startupRuns)) {
            startupMs << run.ms;
            startupInAppMs << run.inAppMs;
            err() << "  startup: first paint after " << rounded(run.ms, 1) << " ms (in the app: "
                  << rounded(run.inAppMs, 1) << " ms since main())" << Qt::endl;
        }
    }

    // 8. Dashboard statistics over a million deliveries (its own sandbox).
    const DashboardStatsReport dashboard = runDashboardStats(parser);

    // 9. The designer's job picker over 1,000 jobs (its own sandbox).
    const PlanJobFilterReport jobFilter = runPlanJobFilter(parser);

    // 6. The report.
    const double baseline = median(baselineMs);
    const double measured = median(syncMs);
    const double ratio = measured / baseline;
    const double stall = median(stallMs);
    const double worstStall = *std::max_element(stallMs.cbegin(), stallMs.cend());
    const bool ratioMet = ratio <= syncRatioBudget;
    const bool stallMet = worstStall <= stallBudgetMs;
    const bool filterMet = filterMaxMs <= keystrokeBudgetMs;
    const bool quickMet = quickMaxMs <= keystrokeBudgetMs;
    const bool rssMet = peakRssMb <= rssBudgetMb;
    const double startup = median(startupMs);
    const double secondStart = median(secondMs);
    const double secondStall =
        secondStallMs.isEmpty() ? 0 : *std::max_element(secondStallMs.cbegin(), secondStallMs.cend());
    const bool startupMet = startupMs.isEmpty() || startup <= startupBudgetMs;
    const double dashboardRender = median(dashboardMs);
    const bool dashboardMet = dashboardMs.isEmpty() || dashboardRender <= dashboardRenderBudgetMs;
    const bool secondStartMet = secondMs.isEmpty()
        || (secondStart <= secondStartBudgetMs && secondStall <= stallBudgetMs);
    err() << "budgets (ARCHITECTURE.md §7), medians of " << runs << " runs:" << Qt::endl
          << "  sync ratio      " << rounded(ratio, 3) << " (" << rounded(measured, 0) << " / "
          << rounded(baseline, 0) << " ms) <= " << syncRatioBudget << "  " << verdict(ratioMet)
          << Qt::endl
          << "  max stall       " << rounded(stall, 1) << " ms (worst run " << rounded(worstStall, 1)
          << ") <= " << stallBudgetMs << " ms  " << verdict(stallMet) << Qt::endl
          << "  filter          " << rounded(filterMeanMs, 2) << " ms mean, "
          << rounded(filterMaxMs, 2) << " ms max per keystroke <= " << keystrokeBudgetMs
          << " ms  " << verdict(filterMet) << Qt::endl
          << "  quick switcher  " << rounded(quickMeanMs, 2) << " ms mean, "
          << rounded(quickMaxMs, 2) << " ms max per keystroke <= " << keystrokeBudgetMs
          << " ms  " << verdict(quickMet) << Qt::endl
          << "  peak RSS        " << rounded(peakRssMb, 1) << " MiB <= " << rssBudgetMb
          << " MiB  " << verdict(rssMet) << Qt::endl
          << "  startup         " << rounded(startup, 1) << " ms to the first paint <= "
          << startupBudgetMs << " ms  " << verdict(startupMet) << Qt::endl
          << "  second start    " << rounded(secondStart, 1) << " ms to a filled list <= "
          << secondStartBudgetMs << " ms, max stall " << rounded(secondStall, 1) << " ms <= "
          << stallBudgetMs << " ms  " << verdict(secondStartMet) << Qt::endl
          << "  dashboard stats " << rounded(dashboard.ms, 1) << " ms over "
          << dashboard.run.deliveries << " deliveries, dry runs " << rounded(dashboard.dryRunMs, 1)
          << " ms <= " << dashboardStatsBudgetMs << " ms  " << verdict(dashboard.met) << Qt::endl
          << "  dashboard view  " << rounded(dashboardRender, 1) << " ms data in to painted view <= "
          << dashboardRenderBudgetMs << " ms  " << verdict(dashboardMet) << Qt::endl
          << "  plan job filter " << rounded(jobFilter.maxMs, 2) << " ms max per keystroke over "
          << jobFilter.run.jobs << " jobs <= " << planJobFilterBudgetMs << " ms  "
          << verdict(jobFilter.met) << Qt::endl;

    QJsonObject report{
        {u"candidates"_s, candidates},
        {u"pages"_s, pages},
        {u"runs"_s, runs},
        {u"attach"_s, attachedName},
        {u"seed_ms"_s, sandbox.startupMs()},
        {u"baseline_ms"_s, rounded(baseline, 1)},
        {u"sync_ms"_s, rounded(measured, 1)},
        {u"sync_ratio"_s, rounded(ratio, 3)},
        {u"max_stall_ms"_s, rounded(stall, 2)},
        {u"max_stall_worst_ms"_s, rounded(worstStall, 2)},
        {u"baseline_max_stall_ms"_s, rounded(median(baselineStallMs), 2)},
        {u"baseline_cpu_ms"_s, rounded(median(baselineCpuMs), 0)},
        {u"sync_cpu_ms"_s, rounded(median(syncCpuMs), 0)},
        {u"baseline_gui_cpu_ms"_s, rounded(median(baselineGuiCpuMs), 0)},
        {u"sync_gui_cpu_ms"_s, rounded(median(syncGuiCpuMs), 0)},
        {u"baseline_sandbox_cpu_ms"_s, rounded(median(baselineSandboxCpuMs), 0)},
        {u"sync_sandbox_cpu_ms"_s, rounded(median(syncSandboxCpuMs), 0)},
        {u"sync_view_paints"_s, median(syncPaints)},
        {u"merge_ms"_s, rounded(median(mergeMs), 1)},
        {u"merge_max_ms"_s, rounded(median(mergeMaxMs), 2)},
        {u"peak_rss_mb"_s, rounded(peakRssMb, 1)},
        {u"rss_mb"_s, rounded(rssMb, 1)},
        {u"start_rss_mb"_s, rounded(startRssMb, 1)},
        {u"heap_mb"_s, rounded(heapMb, 1)},
        {u"rows_heap_mb"_s, rounded(rowsHeapMb, 1)},
        {u"filter_ms_per_keystroke"_s, rounded(filterMeanMs, 2)},
        {u"filter_max_ms"_s, rounded(filterMaxMs, 2)},
        {u"filter_max_cpu_ms"_s, rounded(filterMaxCpuMs, 2)},
        {u"filter_proxy_ms_per_keystroke"_s, rounded(proxyMeanMs, 2)},
        {u"keystrokes"_s, int(keystrokes.size())},
        {u"quick_search_ms_per_keystroke"_s, rounded(quickMeanMs, 2)},
        {u"quick_search_max_ms"_s, rounded(quickMaxMs, 2)},
        {u"baseline_runs_ms"_s, toJson(baselineMs)},
        {u"sync_runs_ms"_s, toJson(syncMs)},
        {u"max_stall_runs_ms"_s, toJson(stallMs)},
        {u"max_stall_cpu_runs_ms"_s, toJson(stallCpuMs)},
        {u"max_stall_cpu_worst_ms"_s,
         rounded(stallCpuMs.isEmpty() ? 0
                                      : *std::max_element(stallCpuMs.cbegin(), stallCpuMs.cend()),
                 2)},
        {u"second_start_max_stall_cpu_ms"_s,
         rounded(secondStallCpuMs.isEmpty()
                     ? 0
                     : *std::max_element(secondStallCpuMs.cbegin(), secondStallCpuMs.cend()),
                 2)},
        {u"startup_ms"_s, rounded(startup, 1)},
        {u"startup_in_app_ms"_s, rounded(median(startupInAppMs), 1)},
        {u"startup_runs_ms"_s, toJson(startupMs)},
        {u"second_start_ms"_s, rounded(secondStart, 1)},
        {u"second_start_loaded_ms"_s, rounded(median(secondLoadedMs), 1)},
        {u"second_start_max_stall_ms"_s, rounded(secondStall, 2)},
        {u"second_start_runs_ms"_s, toJson(secondMs)},
        {u"cache_first_sync_ms"_s, rounded(second.firstSyncMs, 0)},
        {u"cache_save_ms"_s, rounded(second.saveMs, 0)},
        {u"cache_file_mb"_s, rounded(second.fileBytes / 1048576.0, 1)},
        {u"dashboard_render_ms"_s, rounded(dashboardRender, 1)},
        {u"dashboard_render_runs_ms"_s, toJson(dashboardMs)},
        {u"budgets_met"_s,
         ratioMet && stallMet && filterMet && quickMet && rssMet && startupMet
             && secondStartMet && dashboard.met && dashboardMet && jobFilter.met},
    };
    addDashboardStats(report, dashboard);
    addPlanJobFilter(report, jobFilter);
    return printReport(report);
}

} // namespace
} // namespace Tessera::Bench

int main(int argc, char *argv[])
{
#ifdef __GLIBC__
    // Pages are parsed and decoded on worker threads; glibc's default of one malloc arena per
    // thread keeps ~30 MB of their freed memory resident. Two arenas are plenty here.
    if (!qEnvironmentVariableIsSet("MALLOC_ARENA_MAX"))
        mallopt(M_ARENA_MAX, 2);
#endif
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"tessera-bench"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Measures the performance budgets of ARCHITECTURE.md §7 against a real tessera-sandbox."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"candidates"_s, u"Candidates to seed and sync (default 100000)."_s, u"N"_s,
         u"100000"_s},
        {u"runs"_s,
         u"Measured runs of baseline and sync each (default 5: the medians then shrug off two "
         u"runs slowed by a noisy host)."_s,
         u"N"_s, u"5"_s},
        {u"type"_s,
         u"Words typed into the filter, comma-separated; each but the last is backspaced away "
         u"again (default sofia,gmail: a first name of the demo seed, an email fragment)."_s,
         u"WORDS"_s, u"sofia,gmail"_s},
        {u"attach"_s,
         u"What the model syncs into: view (filter proxy and a shown table view, as in the app; "
         u"the default), hidden-view, proxy, nothing. The others locate costs."_s,
         u"WHAT"_s, u"view"_s},
        {u"marks"_s, u"Print phase boundaries (CLOCK_MONOTONIC seconds) for cutting a profile."_s},
        {u"sandbox"_s, u"The tessera-sandbox executable."_s, u"PATH"_s,
         QStringLiteral(TESSERA_SANDBOX_PATH)},
        {u"app"_s, u"The tessera executable, for the startup time."_s, u"PATH"_s,
         QStringLiteral(TESSERA_APP_PATH)},
        {u"second-start-runs"_s,
         u"Restarts from the candidate cache to time (default 3; 0: none). Needs a Secret "
         u"Service (scripts/bench starts one)."_s,
         u"N"_s, u"3"_s},
        {u"dashboard-render-runs"_s,
         u"Times the dashboard is filled and painted from the sandbox's answers (default 5; "
         u"0: none)."_s,
         u"N"_s, u"5"_s},
        {u"startup-runs"_s, u"Starts of the tessera binary to time (default 5; 0: none)."_s,
         u"N"_s, u"5"_s},
        {u"dashboard-deliveries"_s,
         u"Deliveries seeded for dashboard_stats_ms (default 1000000)."_s, u"N"_s,
         u"1000000"_s},
        {u"dashboard-runs"_s, u"Measured webhookDelivery.stats calls (default 5)."_s, u"N"_s,
         u"5"_s},
        {u"only-dashboard-stats"_s,
         u"Measure only dashboard_stats_ms (no candidate sync, filter, starts)."_s},
        {u"plan-jobs"_s, u"Jobs seeded for plan_job_filter_ms (default 1000)."_s, u"N"_s,
         u"1000"_s},
        {u"plan-job-word"_s,
         u"Typed into the job picker and deleted again, three times (default \"engineer 4\")."_s,
         u"WORD"_s, u"engineer 4"_s},
        {u"only-plan-job-filter"_s,
         u"Measure only plan_job_filter_ms (no candidate sync, filter, starts)."_s},
    });
    parser.process(app);

    try {
        return Tessera::Bench::run(parser);
    } catch (const std::exception &failure) {
        std::fprintf(stderr, "tessera-bench: %s\n", failure.what());
        return 1;
    }
}
