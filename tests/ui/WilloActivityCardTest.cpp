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

} // namespace

TEST_CASE("A Willo invite shows as a video-interview card with its response to view",
          "[ui][activities][willo]")
{
    SandboxClients clients(sandbox());
    TestClient &admin = clients.raw;
    const QJsonObject key = object(admin, u"apiKey.create"_s,
                                   {{u"title"_s, u"Willo"_s},
                                    {u"scopePreset"_s, u"integration:willo"_s},
                                    {u"integrationPartner"_s, u"Willo"_s}});
    requireSuccess(admin.call(u"partnerConsole.willo.connect"_s,
                              {{u"atsApiKey"_s, key.value(u"key"_s)}, {u"plan"_s, u"Enterprise"_s}}));

    // An Active application of a candidate with only this one, moved into a linked stage.
    const QJsonArray all = results(admin, u"application.list"_s, {{u"limit"_s, 100}}).toArray();
    QHash<QString, int> perCandidate;
    for (const QJsonValue value : all)
        ++perCandidate[value.toObject().value(u"candidate"_s).toObject().value(u"id"_s).toString()];
    QJsonObject application;
    for (const QJsonValue value : all)
        if (value.toObject().value(u"status"_s) == QJsonValue(u"Active"_s)
            && perCandidate.value(value.toObject().value(u"candidate"_s).toObject()
                                      .value(u"id"_s).toString()) == 1)
            application = value.toObject();
    REQUIRE_FALSE(application.isEmpty());
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
                               {u"interviewTitle"_s, u"Video questions"_s}}));
    const QString applicationId = application.value(u"id"_s).toString();
    requireSuccess(admin.call(u"application.changeStage"_s,
                              {{u"applicationId"_s, applicationId},
                               {u"interviewStageId"_s, stageId}}));
    QString responseUrl;
    REQUIRE(waitUntil([&] {
        for (const QJsonValue invite : object(admin, u"partnerConsole.willo.status"_s)
                                           .value(u"invites"_s).toArray())
            if (invite.toObject().value(u"applicationId"_s) == QJsonValue(applicationId))
                responseUrl = invite.toObject().value(u"responseUrl"_s).toString();
        return !responseUrl.isEmpty();
    }, 40'000));

    MemorySyncTokenStore tokens;
    CandidateDirectory directory(&clients.client, &tokens);
    ReferenceData reference(&clients.client);
    auto *activities = new ApplicationActivities(&clients.client, reference.integrations());
    CandidatesView view(&directory, new CandidateDetail(&clients.client), &reference, activities);
    view.resize(1064, 770);
    view.show();
    directory.sync();
    REQUIRE(waitUntil([&] { return directory.state() == CandidateDirectory::State::Ready; },
                      60'000));
    REQUIRE(view.selectCandidate(application.value(u"candidate"_s).toObject()
                                     .value(u"id"_s).toString()));
    REQUIRE(waitUntil([&] { return view.detail()->state() == LoadState::Ready; }));
    CandidateTabs *tabs = view.detailPane()->tabs();
    tabs->setCurrentWidget(tabs->activitiesTab());
    CandidateActivityCard *card = nullptr;
    REQUIRE(waitUntil([&] {
        for (CandidateActivityCard *each : tabs->activitiesTab()->cards())
            if (each->activity().kind == u"videoInvite"_s)
                card = each;
        return card != nullptr;
    }));
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
    saveScreenshot(&view, u"willo-activity-card.png"_s);
}
