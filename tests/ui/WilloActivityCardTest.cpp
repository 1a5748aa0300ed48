// Candidates → Activities shows Willo's video-interview invite (docs/API.md §3.15, kind
// videoInvite) as a card like the other partners' runs: the video glyph, the interview's title,
// "Responded" and a "View response" button that opens the link Willo posted.
#include "UiTestSupport.h"
#include "UrlCatcher.h"

#include "models/activities/ApplicationActivities.h"
#include "models/api/SyncTokenStore.h"
#include "models/candidates/CandidateDetail.h"
#include "models/candidates/CandidateDirectory.h"
#include "models/reference/ReferenceData.h"
#include "ui/candidates/ActivitiesTab.h"
#include "ui/candidates/CandidateActivityCard.h"
#include "ui/candidates/CandidateDetailPane.h"
#include "ui/candidates/CandidateTabs.h"
#include "ui/candidates/CandidatesView.h"
#include "ui/common/StatusChip.h"

#include <QLabel>
#include <QPushButton>
#include <QSet>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Test;

namespace {

// Willo on Enterprise: a sync every 6 s, a response 2.4 s after the invite.
SandboxProcess &sandbox()
{
    return sharedSandbox(u"willo-card"_s, SandboxProcess::defaultArguments(30)
                                              << u"--time-scale"_s << u"0.02"_s);
}

template<typename T>
T *part(QWidget *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    REQUIRE(widget != nullptr);
    return widget;
}

// Connects Willo (Enterprise) with a fresh key and moves an Active application of a candidate
// with only this one into a stage linked to a Willo interview; answers the application. With
// `willoAway`, Willo is down from just before the move (the test brings it back).
QJsonObject moveIntoLinkedStage(TestClient &admin, const QString &interviewTitle,
                                bool willoAway = false)
{
    const QJsonObject key = object(admin, u"apiKey.create"_s,
                                   {{u"title"_s, u"Willo"_s},
                                    {u"scopePreset"_s, u"integration:willo"_s},
                                    {u"integrationPartner"_s, u"Willo"_s}});
    requireSuccess(admin.call(u"partnerConsole.willo.connect"_s,
                              {{u"atsApiKey"_s, key.value(u"key"_s)}, {u"plan"_s, u"Enterprise"_s}}));
    // The first sync (on connect) runs to its end before anything moves.
    REQUIRE(waitUntil([&] {
        return object(admin, u"partnerConsole.willo.status"_s).value(u"sync"_s).toObject()
                   .value(u"state"_s) == QJsonValue(u"done"_s);
    }, 30'000));

    const QJsonArray all = results(admin, u"application.list"_s, {{u"limit"_s, 100}}).toArray();
    QHash<QString, int> perCandidate;
    for (const QJsonValue value : all)
        ++perCandidate[value.toObject().value(u"candidate"_s).toObject().value(u"id"_s).toString()];
    static QSet<QString> used;
    QJsonObject application;
    for (const QJsonValue value : all)
        if (value.toObject().value(u"status"_s) == QJsonValue(u"Active"_s)
            && perCandidate.value(value.toObject().value(u"candidate"_s).toObject()
                                      .value(u"id"_s).toString()) == 1
            && !used.contains(value.toObject().value(u"id"_s).toString()))
            application = value.toObject();
    REQUIRE_FALSE(application.isEmpty());
    used.insert(application.value(u"id"_s).toString());
    const QJsonObject current = application.value(u"currentInterviewStage"_s).toObject();
    QString stageId;
    for (const QJsonValue stage : results(admin, u"interviewStage.list"_s,
                                          {{u"interviewPlanId"_s, current.value(u"interviewPlanId"_s)}})
                                      .toArray())
        if (stage.toObject().value(u"type"_s) != QJsonValue(u"Hired"_s)
            && stage.toObject().value(u"type"_s) != QJsonValue(u"Archived"_s)
            && stage.toObject().value(u"id"_s) != current.value(u"id"_s))
            stageId = stage.toObject().value(u"id"_s).toString();
    REQUIRE_FALSE(stageId.isEmpty());
    requireSuccess(admin.call(u"partnerConsole.willo.linkInterview"_s,
                              {{u"jobId"_s, application.value(u"job"_s).toObject().value(u"id"_s)},
                               {u"interviewStageId"_s, stageId},
                               {u"interviewTitle"_s, interviewTitle}}));
    if (willoAway)
        requireSuccess(admin.call(u"partnerConsole.setDown"_s,
                                  {{u"partnerId"_s, u"willo"_s}, {u"down"_s, true}}));
    requireSuccess(admin.call(u"application.changeStage"_s,
                              {{u"applicationId"_s, application.value(u"id"_s)},
                               {u"interviewStageId"_s, stageId}}));
    return application;
}

// The Candidates view on the candidate's Activities tab, as the console builds it.
struct ActivitiesFixture
{
    explicit ActivitiesFixture(SandboxClients &clients)
        : directory(&clients.client, &tokens)
        , reference(&clients.client)
        , view(&directory, new CandidateDetail(&clients.client), &reference,
               new ApplicationActivities(&clients.client, reference.integrations()))
    {
        view.resize(1064, 770);
        view.show();
        directory.sync();
    }

    CandidateTabs *open(const QString &candidateId)
    {
        REQUIRE(waitUntil([&] { return directory.state() == CandidateDirectory::State::Ready; },
                          60'000));
        REQUIRE(view.selectCandidate(candidateId));
        REQUIRE(waitUntil([&] { return view.detail()->state() == LoadState::Ready; }));
        CandidateTabs *tabs = view.detailPane()->tabs();
        tabs->setCurrentWidget(tabs->activitiesTab());
        return tabs;
    }

    CandidateActivityCard *videoCard(CandidateTabs *tabs, const QString &status)
    {
        for (CandidateActivityCard *each : tabs->activitiesTab()->cards())
            if (each->activity().kind == u"videoInvite"_s && each->activity().status == status)
                return each;
        return nullptr;
    }

    MemorySyncTokenStore tokens;
    CandidateDirectory directory;
    ReferenceData reference;
    CandidatesView view;
};

} // namespace

TEST_CASE("A Willo invite shows as a video-interview card with its response to view",
          "[ui][activities][willo]")
{
    SandboxClients clients(sandbox());
    TestClient &admin = clients.raw;
    const QJsonObject application = moveIntoLinkedStage(admin, u"Video questions"_s);
    const QString applicationId = application.value(u"id"_s).toString();
    QString responseUrl;
    REQUIRE(waitUntil([&] {
        for (const QJsonValue invite : object(admin, u"partnerConsole.willo.status"_s)
                                           .value(u"invites"_s).toArray())
            if (invite.toObject().value(u"applicationId"_s) == QJsonValue(applicationId))
                responseUrl = invite.toObject().value(u"responseUrl"_s).toString();
        return !responseUrl.isEmpty();
    }, 40'000));

    ActivitiesFixture fixture(clients);
    CandidateTabs *tabs =
        fixture.open(application.value(u"candidate"_s).toObject().value(u"id"_s).toString());
    CandidateActivityCard *card = nullptr;
    REQUIRE(waitUntil([&] { return (card = fixture.videoCard(tabs, u"completed"_s)) != nullptr; }));
    CHECK(part<QLabel>(card, u"activityTitle"_s)->text() == u"Video questions"_s);
    CHECK(part<QLabel>(card, u"activityGlyph"_s)->accessibleName() == u"Video interview"_s);
    CHECK(part<StatusChip>(card, u"activityStatus"_s)->text() == u"Completed"_s);
    CHECK(part<QLabel>(card, u"activityMeta"_s)->text().contains(u"Responded"_s));
    CHECK_FALSE(part<QPushButton>(card, u"activityStart"_s)->isVisible());
    CHECK_FALSE(part<QPushButton>(card, u"activityCancel"_s)->isVisible());
    auto *viewResponse = part<QPushButton>(card, u"activityViewResult"_s);
    REQUIRE(viewResponse->isVisible());
    CHECK(viewResponse->text().remove(u'&') == u"View response"_s);
    UrlCatcher browser;
    viewResponse->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Space);
    REQUIRE(browser.opened.size() == 1);
    CHECK(browser.opened.first() == QUrl(responseUrl));
    saveScreenshot(&fixture.view, u"willo-activity-card.png"_s);
}

TEST_CASE("A move into Willo's trigger stage shows the invite waiting for Willo's sync, then "
          "its response, without a reload",
          "[ui][activities][willo]")
{
    SandboxClients clients(sandbox());
    TestClient &admin = clients.raw;
    // Willo is away, so the move waits for it however long the test needs to look.
    const QJsonObject application = moveIntoLinkedStage(admin, u"Motivation questions"_s, true);
    ActivitiesFixture fixture(clients);
    CandidateTabs *tabs =
        fixture.open(application.value(u"candidate"_s).toObject().value(u"id"_s).toString());
    CandidateActivityCard *waiting = nullptr;
    REQUIRE(waitUntil([&] {
        return (waiting = fixture.videoCard(tabs, u"not_started"_s)) != nullptr;
    }));
    CHECK(part<QLabel>(waiting, u"activityTitle"_s)->text() == u"Motivation questions"_s);
    CHECK(part<QLabel>(waiting, u"activityMeta"_s)->text().contains(u"Willo looks at its next sync"_s));
    CHECK_FALSE(part<QPushButton>(waiting, u"activityStart"_s)->isVisible());
    CHECK_FALSE(part<QPushButton>(waiting, u"activityCancel"_s)->isVisible());
    saveScreenshot(&fixture.view, u"willo-activity-waiting.png"_s);

    // Willo comes back, syncs, invites and gets the response: the tab follows by itself.
    requireSuccess(admin.call(u"partnerConsole.setDown"_s,
                              {{u"partnerId"_s, u"willo"_s}, {u"down"_s, false}}));
    REQUIRE(waitUntil([&] { return fixture.videoCard(tabs, u"completed"_s) != nullptr; }, 60'000));
    CHECK(fixture.videoCard(tabs, u"not_started"_s) == nullptr);
}
