// tessera-soak: the fault soak (issue 15 §5). See soak/CMakeLists.txt and scripts/soak.
#include "bench/Heartbeat.h"
#include "DefectPlanter.h"
#include "ResourceSampler.h"
#include "SoakLedger.h"
#include "SoakPlans.h"
#include "SoakSandbox.h"
#include "SoakScript.h"
#include "SoakVerifier.h"

#include "models/api/ApiClient.h"
#include "models/session/BackendContext.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Soak;

namespace {

constexpr double maxHeartbeatGapMs = 1000;
// Memory over the second half of the run (one sandbox process throughout it): growth beyond
// a fixed allowance plus a share of the level at half time fails the soak.
constexpr qint64 soakAllowanceKb = 16 * 1024;
constexpr double soakAllowanceShare = 0.10;
constexpr qint64 sandboxAllowanceKb = 32 * 1024;
constexpr double sandboxAllowanceShare = 0.20;

void say(const QString &line)
{
    std::fprintf(stderr, "%s\n", qPrintable(line));
}

struct MemoryVerdict
{
    qint64 first = 0;
    qint64 last = 0;
    qint64 max = 0;
    qint64 atHalf = 0;
    qint64 growth = 0;
    qint64 allowance = 0;
    bool ok = true;
};

MemoryVerdict judge(const QList<ResourceSampler::Sample> &samples, double halfS, bool sandbox)
{
    MemoryVerdict verdict;
    auto value = [sandbox](const ResourceSampler::Sample &s) {
        return sandbox ? s.sandboxKb : s.soakKb;
    };
    QList<ResourceSampler::Sample> live;
    for (const auto &sample : samples) {
        if (value(sample) > 0)
            live.append(sample);
    }
    if (live.isEmpty())
        return verdict;
    verdict.first = value(live.first());
    verdict.last = value(live.last());
    for (const auto &sample : live)
        verdict.max = std::max(verdict.max, value(sample));
    // The second half: for the sandbox only its last process (the kills come before half time).
    QList<ResourceSampler::Sample> half;
    for (const auto &sample : live) {
        if (sample.atS >= halfS && (!sandbox || sample.sandboxPid == live.last().sandboxPid))
            half.append(sample);
    }
    if (half.size() < 2)
        return verdict;
    verdict.atHalf = value(half.first());
    qint64 peak = 0;
    for (const auto &sample : half)
        peak = std::max(peak, value(sample));
    verdict.growth = peak - verdict.atHalf;
    verdict.allowance = sandbox ? sandboxAllowanceKb + qint64(sandboxAllowanceShare * double(verdict.atHalf))
                                : soakAllowanceKb + qint64(soakAllowanceShare * double(verdict.atHalf));
    verdict.ok = verdict.growth <= verdict.allowance;
    return verdict;
}

QJsonObject memoryJson(const MemoryVerdict &v)
{
    return {{u"firstKb"_s, v.first},   {u"lastKb"_s, v.last},         {u"maxKb"_s, v.max},
            {u"atHalfKb"_s, v.atHalf}, {u"secondHalfGrowthKb"_s, v.growth},
            {u"allowanceKb"_s, v.allowance}, {u"ok"_s, v.ok}};
}

int countInjectedFaults(const QString &logPath)
{
    QFile log(logPath);
    if (!log.open(QIODevice::ReadOnly))
        return -1;
    return int(log.readAll().count("injected fault"));
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"tessera-soak"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Fault soak: a scripted console session against a "
                                     "faulty, twice-killed tessera-sandbox; then the server's "
                                     "state is checked against what was saved."_s);
    parser.addHelpOption();
    const QCommandLineOption minutesOption(u"minutes"_s, u"Length of the run (default 30)."_s,
                                           u"N"_s, u"30"_s);
    const QCommandLineOption candidatesOption(u"candidates"_s,
                                              u"Demo candidates to seed (default 200)."_s,
                                              u"N"_s, u"200"_s);
    const QCommandLineOption sandboxOption(u"sandbox"_s, u"The tessera-sandbox executable."_s,
                                           u"PATH"_s, QStringLiteral(TESSERA_SANDBOX_PATH));
    const QCommandLineOption plantOption(
        u"plant-defects"_s,
        u"Self-test: plant a doubled note, a lost note, a stray stage move, a changed "
        "integration, a stray workflow, a plan changed behind the designer, an assessment "
        "started behind the soak and a 1.2 s GUI stall before verifying; passes only if all "
        "eight are named."_s);
    const QCommandLineOption verboseOption(u"verbose"_s, u"Keep the console's debug log."_s);
    parser.addOptions({minutesOption, candidatesOption, sandboxOption, plantOption, verboseOption});
    parser.process(app);
    if (!parser.isSet(verboseOption))
        QLoggingCategory::setFilterRules(u"tessera.*.debug=false\ntessera.*.info=false"_s);
    const bool plant = parser.isSet(plantOption);
    bool ok = false;
    const double minutes = parser.value(minutesOption).toDouble(&ok);
    if (!ok || minutes < 0.5) {
        say(u"tessera-soak: --minutes takes a number of minutes, at least 0.5"_s);
        return 2;
    }
    const qint64 durationMs = qint64(minutes * 60'000);

    QTemporaryDir dataDir;
    if (!dataDir.isValid()) {
        say(u"tessera-soak: no temporary directory: "_s + dataDir.errorString());
        return 1;
    }
    SoakLedger ledger;
    SoakSandbox sandbox(parser.value(sandboxOption), dataDir.path(),
                        parser.value(candidatesOption).toInt());
    Bench::Heartbeat heartbeat;
    ResourceSampler sampler([&sandbox] { return sandbox.pid(); });
    SoakScript script(&sandbox, &ledger, durationMs);
    QStringList failures;
    SoakVerifier::Result verified;
    QElapsedTimer clock;

    auto finish = [&] {
        heartbeat.stop();
        sampler.sampleNow();
        app.quit();
    };
    QObject::connect(&script, &SoakScript::failed, &app, [&](const QString &why) {
        failures.append(u"script: "_s + why);
        finish();
    });
    auto verify = [&] {
        auto *verifier = new SoakVerifier(script.context()->client(), &ledger,
                                          script.mapping(), script.plans(), script.noteTag(),
                                          script.workflowTag(), &script);
        QObject::connect(verifier, &SoakVerifier::finished, &app, [&, verifier] {
            verified = verifier->result();
            finish();
        });
        verifier->start();
    };
    QObject::connect(&script, &SoakScript::done, &app, [&] {
        if (!plant)
            return verify();
        auto *planter = new DefectPlanter(script.context()->client(), &ledger,
                                          script.workflowTag(), script.plans()->packages(),
                                          &script);
        QObject::connect(planter, &DefectPlanter::finished, &app, [&](const QString &error) {
            if (!error.isEmpty())
                failures.append(u"plant: "_s + error);
            verify();
        });
        planter->start();
    });
    // No hang may outlive the run: a run that does not end 5 minutes after its time failed.
    QTimer::singleShot(durationMs + 300'000, &app, [&] {
        failures.append(u"the soak did not finish within 5 minutes after its time"_s);
        finish();
    });

    clock.start();
    heartbeat.start();
    sampler.start();
    script.start();
    app.exec();
    const double elapsedS = double(clock.elapsed()) / 1000.0;

    failures += verified.failures;
    for (const QString &violation : std::as_const(ledger.violations))
        failures.append(u"during the run: "_s + violation);
    if (heartbeat.maxGapMs() > maxHeartbeatGapMs)
        failures.append(u"the GUI thread stalled for %1 ms (at %2 s)"_s.arg(heartbeat.maxGapMs(), 0, 'f', 0)
                            .arg(heartbeat.maxGapAtMs() / 1000.0, 0, 'f', 1));
    if (ledger.restarts < 2)
        failures.append(u"the sandbox was restarted %1 times, not 2"_s.arg(ledger.restarts));
    const double halfS = double(durationMs) / 2000.0;
    const MemoryVerdict soakMemory = judge(sampler.samples(), halfS, false);
    const MemoryVerdict sandboxMemory = judge(sampler.samples(), halfS, true);
    if (!soakMemory.ok)
        failures.append(u"soak memory grew by %1 KiB over the second half (allowed %2)"_s
                            .arg(soakMemory.growth).arg(soakMemory.allowance));
    if (!sandboxMemory.ok)
        failures.append(u"sandbox memory grew by %1 KiB over the second half (allowed %2)"_s
                            .arg(sandboxMemory.growth).arg(sandboxMemory.allowance));
    const int injected = countInjectedFaults(sandbox.logPath());

    int notesConfirmed = 0, notesUncertain = 0, movesConfirmed = 0, movesUncertain = 0;
    for (const auto &note : std::as_const(ledger.notes)) {
        notesConfirmed += note.outcome == WriteOutcome::Confirmed;
        notesUncertain += note.outcome == WriteOutcome::Uncertain;
    }
    for (const auto &application : std::as_const(ledger.applications)) {
        movesConfirmed += application.confirmedMoves;
        movesUncertain += application.uncertainMoves;
    }
    int toggles = 0, togglesUncertain = 0;
    for (const auto &integration : std::as_const(ledger.integrations)) {
        toggles += integration.confirmed;
        togglesUncertain += integration.uncertain;
    }

    say(u"tessera-soak: %1 min planned, %2 s run, %3 rounds, sandbox restarted %4 times"_s
            .arg(minutes).arg(elapsedS, 0, 'f', 1).arg(ledger.rounds).arg(ledger.restarts));
    say(u"  writes: %1 confirmed, %2 refused before acting, %3 without an answer; "
        "%4 faults injected by the sandbox"_s.arg(ledger.writes.confirmed)
            .arg(ledger.writes.refused).arg(ledger.writes.uncertain).arg(injected));
    say(u"  %1 writes were refused on a retry after an attempt lost its answer (booked as "
        "unanswered)"_s.arg(ledger.refusalsAfterLostAnswer));
    say(u"  notes: %1 confirmed, %2 unanswered (%3 of them stored); %4 soak notes on the server"_s
            .arg(notesConfirmed).arg(notesUncertain).arg(verified.uncertainNotesApplied)
            .arg(verified.notesFound));
    say(u"  stage moves: %1 confirmed, %2 unanswered (%3 of them applied)"_s.arg(movesConfirmed)
            .arg(movesUncertain).arg(verified.uncertainMovesApplied));
    say(u"  mapping: %1 saves confirmed, %2 unanswered, %3 conflicts with its own lost saves; "
        "server version %4"_s.arg(ledger.mappingConfirmedSaves).arg(ledger.mappingUncertainSaves)
            .arg(ledger.mappingOwnConflicts).arg(verified.mappingVersion));
    int workflowsCreated = 0, workflowsDeleted = 0, workflowWritesUncertain = 0;
    for (const auto &workflow : std::as_const(ledger.workflows)) {
        workflowsCreated += workflow.created == WriteOutcome::Confirmed;
        workflowsDeleted += workflow.deleteSent && workflow.deleted == WriteOutcome::Confirmed;
        workflowWritesUncertain += (workflow.created == WriteOutcome::Uncertain)
            + (workflow.deleteSent && workflow.deleted == WriteOutcome::Uncertain);
    }
    say(u"  external workflows: %1 created and %2 deleted (confirmed), %3 writes unanswered "
        "(%4 of them applied); %5 on the server"_s.arg(workflowsCreated).arg(workflowsDeleted)
            .arg(workflowWritesUncertain).arg(verified.uncertainWorkflowWritesApplied)
            .arg(verified.workflowsFound));
    int planConfirmed = 0, planUncertain = 0, planRefused = 0, planConflicts = 0, drafts = 0;
    for (const auto &plan : std::as_const(ledger.plans)) {
        planConfirmed += plan.confirmedSaves;
        planUncertain += plan.uncertainSaves;
        planRefused += plan.refusedSaves;
        planConflicts += plan.ownConflicts;
        drafts += plan.draftsRestored;
    }
    say(u"  plans: %1 designed; %2 saves confirmed, %3 refused, %4 unanswered (%5 of them "
        "applied), %6 conflicts with its own lost saves, %7 drafts restored"_s
            .arg(ledger.plans.size()).arg(planConfirmed).arg(planRefused).arg(planUncertain)
            .arg(verified.uncertainPlanSavesApplied).arg(planConflicts).arg(drafts));
    int startsConfirmed = 0, startsRefused = 0, startsUncertain = 0;
    for (const auto &start : std::as_const(ledger.starts)) {
        startsConfirmed += start.outcome == WriteOutcome::Confirmed;
        startsRefused += start.outcome == WriteOutcome::Refused;
        startsUncertain += start.outcome == WriteOutcome::Uncertain;
    }
    int cancelsConfirmed = 0, cancelsRefused = 0, cancelsUncertain = 0;
    for (const WriteOutcome outcome : std::as_const(ledger.cancels)) {
        cancelsConfirmed += outcome == WriteOutcome::Confirmed;
        cancelsRefused += outcome == WriteOutcome::Refused;
        cancelsUncertain += outcome == WriteOutcome::Uncertain;
    }
    say(u"  assessments: %1 starts confirmed, %2 refused, %3 unanswered (%4 of them applied); "
        "%5 runs cancelled (confirmed), %6 cancels refused, %7 unanswered; on the server %8 "
        "runs, %9 completed, %10 cancelled"_s.arg(startsConfirmed).arg(startsRefused)
            .arg(startsUncertain).arg(verified.uncertainStartsApplied).arg(cancelsConfirmed)
            .arg(cancelsRefused).arg(cancelsUncertain).arg(verified.runsFound)
            .arg(verified.runsCompleted).arg(verified.runsCancelled));
    QJsonObject refusals;
    for (auto it = ledger.refusals.cbegin(); it != ledger.refusals.cend(); ++it) {
        say(u"    refused %1 times: %2"_s.arg(it.value()).arg(it.key()));
        refusals.insert(it.key(), it.value());
    }
    say(u"  integrations: %1 toggles confirmed, %2 unanswered; %3 candidate loads failed"_s
            .arg(toggles).arg(togglesUncertain).arg(ledger.loadFailures));
    QJsonObject causes;
    for (auto it = ledger.loadFailureCauses.cbegin(); it != ledger.loadFailureCauses.cend(); ++it) {
        say(u"    load failed %1 times on %2"_s.arg(it.value()).arg(it.key()));
        causes.insert(it.key(), it.value());
    }
    say(u"  heartbeat: worst gap %1 ms at %2 s, %3 gaps over 100 ms; longest step %4 s (%5)"_s
            .arg(heartbeat.maxGapMs(), 0, 'f', 1).arg(heartbeat.maxGapAtMs() / 1000.0, 0, 'f', 1)
            .arg(heartbeat.gapsOver100Ms()).arg(script.longestStepS(), 0, 'f', 1)
            .arg(script.longestStep()));
    for (const auto &[name, v] : {std::pair{u"soak"_s, soakMemory}, std::pair{u"sandbox"_s, sandboxMemory}})
        say(u"  %1 RSS: first %2 MiB, last %3 MiB, max %4 MiB; second half +%5 MiB (allowed %6)"_s
                .arg(name).arg(double(v.first) / 1024, 0, 'f', 1).arg(double(v.last) / 1024, 0, 'f', 1)
                .arg(double(v.max) / 1024, 0, 'f', 1).arg(double(v.growth) / 1024, 0, 'f', 1)
                .arg(double(v.allowance) / 1024, 0, 'f', 1));
    for (const QString &failure : std::as_const(failures))
        say(u"  FAIL: "_s + failure);
    int detected = 0;
    if (plant) {
        // Each planted defect must be named by its own check.
        for (const QString &sign : {u"was confirmed, but is lost"_s, u"times"_s,
                                    u"the soak's moves leave it"_s, u"on the server, but"_s,
                                    u"the GUI thread stalled"_s, u"never created by the soak"_s,
                                    u"the designer saved"_s, u"never started by the soak"_s}) {
            detected += std::any_of(failures.cbegin(), failures.cend(),
                                    [&sign](const QString &f) { return f.contains(sign); });
        }
        say(u"tessera-soak: --plant-defects: the verifier named %1 of %2 planted defects"_s.arg(
            detected).arg(DefectPlanter::defects));
    } else {
        say(failures.isEmpty() ? u"tessera-soak: PASS: nothing lost, nothing doubled"_s
                               : u"tessera-soak: FAIL (%1)"_s.arg(failures.size()));
    }

    QJsonObject json{
        {u"soak"_s, failures.isEmpty() ? u"pass"_s : u"fail"_s},
        {u"minutes"_s, minutes},
        {u"elapsedS"_s, elapsedS},
        {u"rounds"_s, ledger.rounds},
        {u"restarts"_s, ledger.restarts},
        {u"injectedFaults"_s, injected},
        {u"writes"_s, QJsonObject{{u"confirmed"_s, ledger.writes.confirmed},
                                  {u"refused"_s, ledger.writes.refused},
                                  {u"unanswered"_s, ledger.writes.uncertain}}},
        {u"notes"_s, QJsonObject{{u"confirmed"_s, notesConfirmed},
                                 {u"unanswered"_s, notesUncertain},
                                 {u"unansweredStored"_s, verified.uncertainNotesApplied},
                                 {u"onServer"_s, verified.notesFound}}},
        {u"moves"_s, QJsonObject{{u"confirmed"_s, movesConfirmed},
                                 {u"unanswered"_s, movesUncertain},
                                 {u"unansweredApplied"_s, verified.uncertainMovesApplied}}},
        {u"mapping"_s, QJsonObject{{u"confirmedSaves"_s, ledger.mappingConfirmedSaves},
                                   {u"unansweredSaves"_s, ledger.mappingUncertainSaves},
                                   {u"ownConflicts"_s, ledger.mappingOwnConflicts},
                                   {u"serverVersion"_s, verified.mappingVersion}}},
        {u"workflows"_s, QJsonObject{{u"created"_s, workflowsCreated},
                                     {u"deleted"_s, workflowsDeleted},
                                     {u"unanswered"_s, workflowWritesUncertain},
                                     {u"unansweredApplied"_s, verified.uncertainWorkflowWritesApplied},
                                     {u"onServer"_s, verified.workflowsFound}}},
        {u"plans"_s, QJsonObject{{u"designed"_s, ledger.plans.size()},
                                 {u"confirmedSaves"_s, planConfirmed},
                                 {u"refusedSaves"_s, planRefused},
                                 {u"unansweredSaves"_s, planUncertain},
                                 {u"unansweredApplied"_s, verified.uncertainPlanSavesApplied},
                                 {u"ownConflicts"_s, planConflicts},
                                 {u"draftsRestored"_s, drafts}}},
        {u"assessments"_s, QJsonObject{{u"startsConfirmed"_s, startsConfirmed},
                                       {u"startsRefused"_s, startsRefused},
                                       {u"startsUnanswered"_s, startsUncertain},
                                       {u"startsUnansweredApplied"_s,
                                        verified.uncertainStartsApplied},
                                       {u"cancelsConfirmed"_s, cancelsConfirmed},
                                       {u"cancelsRefused"_s, cancelsRefused},
                                       {u"cancelsUnanswered"_s, cancelsUncertain},
                                       {u"runsOnServer"_s, verified.runsFound},
                                       {u"runsCompleted"_s, verified.runsCompleted},
                                       {u"runsCancelled"_s, verified.runsCancelled}}},
        {u"refusals"_s, refusals},
        {u"integrationToggles"_s, QJsonObject{{u"confirmed"_s, toggles},
                                              {u"unanswered"_s, togglesUncertain}}},
        {u"refusalsAfterLostAnswer"_s, ledger.refusalsAfterLostAnswer},
        {u"loadFailures"_s, ledger.loadFailures},
        {u"loadFailureCauses"_s, causes},
        {u"heartbeat"_s, QJsonObject{{u"maxGapMs"_s, heartbeat.maxGapMs()},
                                     {u"maxGapAtS"_s, heartbeat.maxGapAtMs() / 1000.0},
                                     {u"gapsOver100Ms"_s, heartbeat.gapsOver100Ms()}}},
        {u"longestStepS"_s, script.longestStepS()},
        {u"memory"_s, QJsonObject{{u"soak"_s, memoryJson(soakMemory)},
                                  {u"sandbox"_s, memoryJson(sandboxMemory)}}},
        {u"failures"_s, QJsonArray::fromStringList(failures)},
    };
    if (plant) {
        json.insert(u"plantedDefectsDetected"_s, detected);
        std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
        return detected == DefectPlanter::defects ? 0 : 1;
    }
    std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    return failures.isEmpty() ? 0 : 1;
}
