// Willo's video-interview invites over real HTTP both ways: the Willo stand-in reads the
// applications that changed (application.list with a syncToken, application.listHistory) with
// the Ashby key it holds, invites every entry into a linked trigger stage once, and posts the
// candidate's response as a note (candidate.createNote) a time-scaled while later; the invite
// shows in activity.list as a videoInvite activity.
#include "ApiHelpers.h"

#include <QDateTime>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera::Test;

namespace {

// Enterprise: a sync every 5 min × 0.02 = 6 s; a response 2 min × 0.02 = 2.4 s after the invite.
SandboxProcess &sandbox()
{
    return sharedSandbox(u"willo-invites"_s, SandboxProcess::defaultArguments(40)
                                                 << u"--time-scale"_s << u"0.02"_s);
}

QJsonObject willoStatus(TestClient &admin)
{
    return object(admin, u"partnerConsole.willo.status"_s);
}

QString connectWillo(TestClient &admin, const QString &plan = u"Enterprise"_s)
{
    const QJsonObject key = object(admin, u"apiKey.create"_s,
                                   {{u"title"_s, u"Willo invites"_s},
                                    {u"scopePreset"_s, u"integration:willo"_s},
                                    {u"integrationPartner"_s, u"Willo"_s}});
    requireSuccess(admin.call(u"partnerConsole.willo.connect"_s,
                              {{u"atsApiKey"_s, key.value(u"key"_s)}, {u"plan"_s, plan}}));
    return key.value(u"id"_s).toString();
}

// Waits until `count` more syncs have finished after this call; a sync that finished twice
// after a change has certainly started after it.
void waitForSyncs(TestClient &admin, int count)
{
    for (int i = 0; i < count; ++i) {
        const QString before = willoStatus(admin).value(u"lastSyncedAt"_s).toString();
        REQUIRE(waitUntil([&] {
            const QString now = willoStatus(admin).value(u"lastSyncedAt"_s).toString();
            return !now.isEmpty() && now > before;
        }, 30'000));
    }
}

// An application, a trigger stage linked to its job and another (non-trigger) stage of its plan.
struct Setup
{
    QString applicationId;
    QString candidateId;
    QString jobId;
    QString triggerStageId;
    QString otherStageId;
    QString title;
};

Setup freshApplication(TestClient &admin, const QString &title)
{
    const Move move = takeMove(admin, false);
    Setup setup;
    setup.applicationId = move.application.value(u"id"_s).toString();
    setup.candidateId = move.application.value(u"candidate"_s).toObject().value(u"id"_s).toString();
    setup.jobId = move.application.value(u"job"_s).toObject().value(u"id"_s).toString();
    setup.triggerStageId = move.stage.value(u"id"_s).toString();
    const QJsonObject current = move.application.value(u"currentInterviewStage"_s).toObject();
    for (const QJsonValue value : results(admin, u"interviewStage.list"_s,
                                          {{u"interviewPlanId"_s, current.value(u"interviewPlanId"_s)}})
                                      .toArray()) {
        const QJsonObject stage = value.toObject();
        const QString type = stage.value(u"type"_s).toString();
        const QString id = stage.value(u"id"_s).toString();
        if (type != u"Hired"_s && type != u"Archived"_s && id != setup.triggerStageId
            && id != current.value(u"id"_s).toString())
            setup.otherStageId = id;
    }
    REQUIRE_FALSE(setup.otherStageId.isEmpty());
    setup.title = title;
    return setup;
}

void link(TestClient &admin, const Setup &setup)
{
    requireSuccess(admin.call(u"partnerConsole.willo.linkInterview"_s,
                              {{u"jobId"_s, setup.jobId},
                               {u"interviewStageId"_s, setup.triggerStageId},
                               {u"interviewTitle"_s, setup.title}}));
}

Setup linkFreshApplication(TestClient &admin, const QString &title)
{
    const Setup setup = freshApplication(admin, title);
    link(admin, setup);
    return setup;
}

void moveTo(TestClient &admin, const Setup &setup, const QString &stageId)
{
    requireSuccess(admin.call(u"application.changeStage"_s,
                              {{u"applicationId"_s, setup.applicationId},
                               {u"interviewStageId"_s, stageId}}));
}

QJsonArray invitesOf(TestClient &admin, const QString &applicationId)
{
    return where(willoStatus(admin).value(u"invites"_s).toArray(), u"applicationId"_s,
                 applicationId);
}

QJsonArray videoActivities(TestClient &admin, const QString &applicationId)
{
    return where(results(admin, u"activity.list"_s, {{u"applicationId"_s, applicationId}})
                     .toObject().value(u"activities"_s).toArray(),
                 u"kind"_s, u"videoInvite"_s);
}

// Waits until the application has `count` invites, all completed; returns them.
QJsonArray waitForResponses(TestClient &admin, const QString &applicationId, qsizetype count)
{
    QJsonArray invites;
    const bool done = waitUntil([&] {
        invites = invitesOf(admin, applicationId);
        if (invites.size() != count)
            return false;
        for (const QJsonValue invite : invites)
            if (invite.toObject().value(u"status"_s) != u"completed"_s)
                return false;
        return true;
    }, 40'000);
    INFO(QJsonDocument(willoStatus(admin)).toJson().toStdString());
    REQUIRE(done);
    return invites;
}

void ready(TestClient &admin, const QString &plan = u"Enterprise"_s)
{
    connectWillo(admin, plan);
    REQUIRE(waitUntil([&] {
        return willoStatus(admin).value(u"sync"_s).toObject().value(u"state"_s) == u"done"_s;
    }, 30'000));
}

} // namespace

TEST_CASE("Willo: a move into the trigger stage invites, the response comes back as a note and "
          "an activity",
          "[api][partners][willo]")
{
    TestClient admin = adminClient(sandbox());
    ready(admin);
    const Setup setup = linkFreshApplication(admin, u"Culture questions"_s);
    moveTo(admin, setup, setup.triggerStageId);

    const QJsonObject invite = waitForResponses(admin, setup.applicationId, 1).first().toObject();
    CHECK(invite.value(u"candidateId"_s) == QJsonValue(setup.candidateId));
    CHECK(invite.value(u"jobId"_s) == QJsonValue(setup.jobId));
    CHECK(invite.value(u"interviewStageId"_s) == QJsonValue(setup.triggerStageId));
    CHECK(invite.value(u"interviewTitle"_s) == QJsonValue(u"Culture questions"_s));
    CHECK(invite.value(u"invitedAt"_s).toString() <= invite.value(u"respondedAt"_s).toString());
    CHECK(invite.value(u"lastError"_s).isNull());
    const QString url = invite.value(u"responseUrl"_s).toString();
    CHECK(url.startsWith(u"https://willo.video/"_s));
    CHECK(url.endsWith(u"/responses/"_s + invite.value(u"id"_s).toString()));

    // The note, written with Willo's key: authored by Willo, naming the interview and the link.
    const QJsonArray notes = walkAll(admin, u"candidate.listNotes"_s,
                                     {{u"candidateId"_s, setup.candidateId}}).records;
    QJsonArray fromWillo;
    for (const QJsonValue note : notes)
        if (note.toObject().value(u"content"_s).toString().contains(url))
            fromWillo << note;
    INFO(QJsonDocument(notes).toJson().toStdString());
    REQUIRE(fromWillo.size() == 1);
    const QJsonObject note = fromWillo.first().toObject();
    CHECK(note.value(u"content"_s).toString().contains(u"\"Culture questions\""_s));
    CHECK(note.value(u"author"_s).toObject().value(u"integrationId"_s) == QJsonValue(u"willo"_s));

    // The activity: Invited -> Responded, with the response link to view.
    const QJsonArray activities = videoActivities(admin, setup.applicationId);
    REQUIRE(activities.size() == 1);
    const QJsonObject activity = activities.first().toObject();
    CHECK(activity.value(u"id"_s) == invite.value(u"id"_s));
    CHECK(activity.value(u"integrationId"_s) == QJsonValue(u"willo"_s));
    CHECK(activity.value(u"title"_s) == QJsonValue(u"Culture questions"_s));
    CHECK(activity.value(u"status"_s) == QJsonValue(u"completed"_s));
    CHECK(activity.value(u"statusLabel"_s) == QJsonValue(u"Responded"_s));
    CHECK(statusHistoryField(activity, u"status"_s)
          == QStringList{u"requested"_s, u"completed"_s});
    CHECK(statusHistoryField(activity, u"label"_s) == QStringList{u"Invited"_s, u"Responded"_s});
    CHECK(activity.value(u"resultUrl"_s) == QJsonValue(url));
    CHECK(activity.value(u"allowedActions"_s) == QJsonValue(QJsonArray{u"view"_s}));
    CHECK(activity.value(u"stuck"_s) == QJsonValue(false));
}

TEST_CASE("Willo: a non-trigger stage invites nobody and each stage entry is invited once",
          "[api][partners][willo]")
{
    TestClient admin = adminClient(sandbox());
    ready(admin);
    const Setup setup = linkFreshApplication(admin, u"Screening"_s);

    moveTo(admin, setup, setup.otherStageId);
    waitForSyncs(admin, 2);
    CHECK(invitesOf(admin, setup.applicationId).isEmpty());
    CHECK(videoActivities(admin, setup.applicationId).isEmpty());

    // In and out again before Willo looks: the entry is still invited, once.
    moveTo(admin, setup, setup.triggerStageId);
    moveTo(admin, setup, setup.otherStageId);
    const QJsonArray first = waitForResponses(admin, setup.applicationId, 1);
    waitForSyncs(admin, 2);
    CHECK(invitesOf(admin, setup.applicationId) == first);

    // A new entry into the trigger stage is a new invite; the first is not repeated.
    moveTo(admin, setup, setup.triggerStageId);
    const QJsonArray both = waitForResponses(admin, setup.applicationId, 2);
    waitForSyncs(admin, 2);
    CHECK(invitesOf(admin, setup.applicationId) == both);
    CHECK(both.at(0).toObject().value(u"stageEntryId"_s)
          != both.at(1).toObject().value(u"stageEntryId"_s));
    CHECK(both.at(1) == first.at(0)); // newest first
    CHECK(videoActivities(admin, setup.applicationId).size() == 2);
}

TEST_CASE("Willo: a move made while Willo is down is invited once it is back",
          "[api][partners][willo]")
{
    TestClient admin = adminClient(sandbox());
    ready(admin);
    const Setup setup = linkFreshApplication(admin, u"Motivation"_s);
    const QJsonObject before = willoStatus(admin);
    requireSuccess(admin.call(u"partnerConsole.setDown"_s,
                              {{u"partnerId"_s, u"willo"_s}, {u"down"_s, true}}));
    moveTo(admin, setup, setup.triggerStageId);
    // The due sync comes and goes while Willo is down (the server counts it): it did not run.
    REQUIRE(waitHeldWhileDown(admin, u"willo"_s, 1));
    requireError(admin.call(u"partnerConsole.willo.status"_s), 200, u"partner_unavailable"_s);
    // The candidate's activities say what the move waits for: Willo's next sync.
    const QJsonArray waiting = videoActivities(admin, setup.applicationId);
    REQUIRE(waiting.size() == 1);
    CHECK(waiting.first().toObject().value(u"status"_s) == QJsonValue(u"not_started"_s));
    CHECK(waiting.first().toObject().value(u"statusLabel"_s)
          == QJsonValue(u"Waiting for the next sync"_s));
    CHECK(waiting.first().toObject().value(u"allowedActions"_s) == QJsonValue(QJsonArray{}));
    CHECK(QDateTime::fromString(waiting.first().toObject().value(u"dueAt"_s).toString(),
                                Qt::ISODateWithMs)
              .isValid());

    requireSuccess(admin.call(u"partnerConsole.setDown"_s,
                              {{u"partnerId"_s, u"willo"_s}, {u"down"_s, false}}));
    CHECK(willoStatus(admin).value(u"lastSyncedAt"_s) == before.value(u"lastSyncedAt"_s));
    waitForResponses(admin, setup.applicationId, 1);
    const QJsonArray after = videoActivities(admin, setup.applicationId);
    REQUIRE(after.size() == 1); // the invite, no longer the wait
    CHECK(after.first().toObject().value(u"status"_s) == QJsonValue(u"completed"_s));
}

TEST_CASE("Willo: a note refused with a revoked key shows why and is posted after a reconnect",
          "[api][partners][willo]")
{
    TestClient admin = adminClient(sandbox());
    const QString keyId = connectWillo(admin);
    REQUIRE(waitUntil([&] {
        return willoStatus(admin).value(u"sync"_s).toObject().value(u"state"_s) == u"done"_s;
    }, 30'000));
    const Setup setup = linkFreshApplication(admin, u"Portfolio walkthrough"_s);
    moveTo(admin, setup, setup.triggerStageId);
    // Revoke the key as soon as the invite is there, before its response is due (2.4 s).
    REQUIRE(waitUntil([&] { return !invitesOf(admin, setup.applicationId).isEmpty(); }, 30'000));
    requireSuccess(admin.call(u"apiKey.revoke"_s, {{u"apiKeyId"_s, keyId}}));

    QJsonObject invite;
    REQUIRE(waitUntil([&] {
        invite = invitesOf(admin, setup.applicationId).first().toObject();
        return invite.value(u"lastError"_s).isString();
    }, 30'000));
    INFO(QJsonDocument(invite).toJson().toStdString());
    CHECK(invite.value(u"status"_s) == QJsonValue(u"invited"_s));
    CHECK(invite.value(u"lastError"_s).toString().contains(u"response note"_s));
    CHECK(invite.value(u"responseUrl"_s).isNull());
    const QJsonArray activities = videoActivities(admin, setup.applicationId);
    REQUIRE(activities.size() == 1);
    CHECK(activities.first().toObject().value(u"status"_s) == QJsonValue(u"requested"_s));
    CHECK(activities.first().toObject().value(u"statusLabel"_s) == QJsonValue(u"Invited"_s));
    CHECK(activities.first().toObject().value(u"allowedActions"_s) == QJsonValue(QJsonArray{}));

    // A new key: the next sync posts the note, once.
    connectWillo(admin);
    const QJsonObject done = waitForResponses(admin, setup.applicationId, 1).first().toObject();
    CHECK(done.value(u"id"_s) == invite.value(u"id"_s));
    CHECK(done.value(u"lastError"_s).isNull());
    qsizetype notes = 0;
    for (const QJsonValue note : walkAll(admin, u"candidate.listNotes"_s,
                                         {{u"candidateId"_s, setup.candidateId}}).records)
        if (note.toObject().value(u"content"_s).toString().contains(
                done.value(u"responseUrl"_s).toString()))
            ++notes;
    CHECK(notes == 1);
}

TEST_CASE("Willo: a reconnect with a new key before the next sync still invites the moves since "
          "the last one", "[api][partners][willo]")
{
    TestClient admin = adminClient(sandbox());
    // Launch: the next scheduled sync is 3.6 min away, so only the reconnect's sync can see the
    // move.
    ready(admin, u"Launch"_s);
    const QJsonObject before = willoStatus(admin);
    const Setup setup = linkFreshApplication(admin, u"Reconnect questions"_s);
    moveTo(admin, setup, setup.triggerStageId);
    connectWillo(admin, u"Launch"_s);
    waitForSyncs(admin, 1);
    const QJsonObject after = willoStatus(admin);
    INFO(QJsonDocument(after).toJson().toStdString());
    CHECK(after.value(u"lastSyncedAt"_s).toString() > before.value(u"lastSyncedAt"_s).toString());
    const QJsonArray invites = invitesOf(admin, setup.applicationId);
    REQUIRE(invites.size() == 1);
    CHECK(invites.first().toObject().value(u"interviewStageId"_s)
          == QJsonValue(setup.triggerStageId));
}

TEST_CASE("Willo: an entry from before its stage was linked neither waits nor is invited",
          "[api][partners][willo]")
{
    TestClient admin = adminClient(sandbox());
    ready(admin);
    const Setup setup = freshApplication(admin, u"Late link"_s);
    moveTo(admin, setup, setup.triggerStageId);
    // Two syncs after the move: the last one's scan started after the entry.
    waitForSyncs(admin, 2);
    link(admin, setup);
    CHECK(videoActivities(admin, setup.applicationId).isEmpty()); // no waiting row
    waitForSyncs(admin, 2);
    CHECK(invitesOf(admin, setup.applicationId).isEmpty());
    CHECK(videoActivities(admin, setup.applicationId).isEmpty());
}

TEST_CASE("Willo: a response note whose answer is lost is posted once", "[api][partners][willo]")
{
    // Its own sandbox: nothing but Willo calls the ATS while the fault is queued. A sync every
    // 6 s, a response 2.4 s after the invite.
    SandboxProcess own(SandboxProcess::defaultArguments(20) << u"--time-scale"_s << u"0.02"_s);
    TestClient admin = adminClient(own);
    ready(admin);
    const Setup setup = linkFreshApplication(admin, u"Lost answer"_s);
    moveTo(admin, setup, setup.triggerStageId);
    REQUIRE(waitUntil([&] {
        const QJsonObject status = willoStatus(admin);
        return !invitesOf(admin, setup.applicationId).isEmpty()
            && status.value(u"sync"_s).toObject().value(u"state"_s) == u"done"_s;
    }, 30'000));
    REQUIRE(invitesOf(admin, setup.applicationId).first().toObject().value(u"status"_s)
            == QJsonValue(u"invited"_s));
    // The next ATS request, Willo's note, is applied and its answer lost. Only sandbox.* calls
    // (never faulted) until it is gone.
    requireSuccess(admin.call(u"sandbox.configure"_s,
                              {{u"failNext"_s, QJsonArray{u"dropAfterApply"_s}}}));
    REQUIRE(waitUntil([&] {
        return results(admin, u"sandbox.configure"_s).toObject().value(u"queuedFaults"_s)
            == QJsonValue(0);
    }, 30'000));
    // Qt resends the request on the closed connection by itself (or the next sync does, when
    // the resend fails too): with the same Idempotency-Key it gets the first note's answer.
    const QJsonObject done = waitForResponses(admin, setup.applicationId, 1).first().toObject();
    qsizetype notes = 0;
    for (const QJsonValue note : walkAll(admin, u"candidate.listNotes"_s,
                                         {{u"candidateId"_s, setup.candidateId}}).records)
        if (note.toObject().value(u"content"_s).toString().contains(
                done.value(u"responseUrl"_s).toString()))
            ++notes;
    CHECK(notes == 1);
    CHECK(done.value(u"noteId"_s).isString());
}
