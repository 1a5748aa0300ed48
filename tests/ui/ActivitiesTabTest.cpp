// Candidates → Activities against a real sandbox whose Justifacts stand-in runs each check over
// HTTP (docs/API.md §3.15), driven from the keyboard under the offscreen platform: a plan
// activity started from its card to Complete with the server's result link, a manual package
// from "+ New activity", Justifacts' 409 sentence verbatim and inline, cancel with a reason, a
// stuck run, and a poll that asks one request at a time and stops when every run is final.
#include "UiTestSupport.h"
#include "UrlCatcher.h"

#include "models/activities/ApplicationActivities.h"
#include "models/activities/OfferActivities.h"
#include "models/activities/WorkflowForm.h"
#include "models/api/ApiCall.h"
#include "models/api/SyncTokenStore.h"
#include "models/candidates/CandidateDetail.h"
#include "models/candidates/CandidateDirectory.h"
#include "models/candidates/OffersModel.h"
#include "models/reference/ReferenceData.h"
#include "tests/support/RequestLog.h"
#include "ui/candidates/ActivitiesTab.h"
#include "ui/candidates/CandidateActivityCard.h"
#include "ui/candidates/CandidateDetailPane.h"
#include "ui/candidates/CandidateTabs.h"
#include "ui/candidates/CandidatesView.h"
#include "ui/candidates/OfferWorkflowPanel.h"
#include "ui/candidates/WorkflowFieldsForm.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/StateStack.h"
#include "ui/common/StatusChip.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QToolButton>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Test;

namespace {

constexpr auto planActivityId = "act-demo-background-check";

// Each step of a check 80 ms: a check runs to Complete within the test.
SandboxProcess &fastSandbox()
{
    return sharedSandbox(u"activities-tab-fast"_s, SandboxProcess::defaultArguments(60)
                                                       << u"--enable-all"_s << u"--time-scale"_s
                                                       << u"0.02"_s);
}

// Each step 40 s: a check stays running while the test refuses and cancels.
SandboxProcess &slowSandbox()
{
    return sharedSandbox(u"activities-tab-slow"_s, SandboxProcess::defaultArguments(60)
                                                       << u"--enable-all"_s << u"--time-scale"_s
                                                       << u"10"_s);
}

struct Subject
{
    QString applicationId;
    QString candidateId;
    QString candidateName;
};

// The nth application (of candidates with only this one) of the demo job whose plan has the
// Justifacts check on Background Check, moved into that stage.
Subject inBackgroundCheck(TestClient &admin, int nth)
{
    const QJsonObject job = results(admin, u"job.list"_s, {{u"limit"_s, 1}}).toArray()
                                .first().toObject();
    const QString planId = job.value(u"defaultInterviewPlanId"_s).toString();
    QString checkStage;
    for (const QJsonValue stage :
         results(admin, u"interviewStage.list"_s, {{u"interviewPlanId"_s, planId}}).toArray())
        if (stage.toObject().value(u"title"_s) == QJsonValue(u"Background Check"_s))
            checkStage = stage.toObject().value(u"id"_s).toString();
    REQUIRE_FALSE(checkStage.isEmpty());
    const QJsonArray all = results(admin, u"application.list"_s, {{u"limit"_s, 100}}).toArray();
    QHash<QString, int> perCandidate;
    for (const QJsonValue value : all)
        ++perCandidate[value.toObject().value(u"candidate"_s).toObject().value(u"id"_s).toString()];
    QList<QJsonObject> mine;
    for (const QJsonValue value : all) {
        const QJsonObject application = value.toObject();
        const QString candidateId =
            application.value(u"candidate"_s).toObject().value(u"id"_s).toString();
        if (application.value(u"job"_s).toObject().value(u"id"_s) == job.value(u"id"_s)
            && perCandidate.value(candidateId) == 1
            && application.value(u"status"_s) == QJsonValue(u"Active"_s))
            mine << application;
    }
    REQUIRE(mine.size() > nth);
    const QJsonObject application = mine.at(nth);
    const QString applicationId = application.value(u"id"_s).toString();
    object(admin, u"application.changeStage"_s,
           {{u"applicationId"_s, applicationId}, {u"interviewStageId"_s, checkStage}});
    return {applicationId, application.value(u"candidate"_s).toObject().value(u"id"_s).toString(),
            application.value(u"candidate"_s).toObject().value(u"name"_s).toString()};
}

QJsonArray listed(TestClient &admin, const QString &applicationId)
{
    return object(admin, u"activity.list"_s, {{u"applicationId"_s, applicationId}})
        .value(u"activities"_s).toArray();
}

QJsonArray where(const QJsonArray &records, const QString &field, const QString &value)
{
    QJsonArray found;
    for (const QJsonValue record : records)
        if (record.toObject().value(field) == QJsonValue(value))
            found << record;
    return found;
}

struct ActivitiesFixture
{
    explicit ActivitiesFixture(SandboxProcess &process)
        : clients(process)
        , directory(&clients.client, &tokens)
        , reference(&clients.client)
        , requests(&clients.client)
        , activities(new ApplicationActivities(&clients.client, reference.integrations()))
        , view(&directory, new CandidateDetail(&clients.client), &reference, activities)
    {
        activities->setPollIntervals(50, 400);
        // One activity.list at a time: when one leaves, no other is unanswered.
        QObject::connect(&clients.client, &ApiClient::requestSent, &view,
                         [this](const QString &method) {
                             if (method != u"activity.list"_s)
                                 return;
                             int unanswered = 0;
                             for (const ApiCall *call : activities->findChildren<ApiCall *>())
                                 if (call->method() == method && !call->isFinished())
                                     ++unanswered;
                             if (unanswered > 1)
                                 stacked = true;
                         });
        view.resize(1064, 770);
        view.show();
        view.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&view));
        directory.sync();
        REQUIRE(waitUntil([this] {
            return directory.state() == CandidateDirectory::State::Ready;
        }, 60'000));
    }

    CandidateTabs *tabs() { return view.detailPane()->tabs(); }
    ActivitiesTab *tab() { return tabs()->activitiesTab(); }

    // Opens the candidate on the Activities tab and waits for their activities.
    void open(const Subject &subject)
    {
        REQUIRE(view.selectCandidate(subject.candidateId));
        REQUIRE(waitUntil([this] { return view.detail()->state() == LoadState::Ready; }));
        tabs()->setCurrentWidget(tab());
        REQUIRE(waitUntil([&] {
            return activities->applicationId() == subject.applicationId
                && activities->status()->state() == LoadState::Ready;
        }));
    }

    // Opens the candidate and waits for the card of the plan's check on their stage.
    CandidateActivityCard *openWithPlannedCheck(const Subject &subject)
    {
        open(subject);
        return waitForCard([](const CandidateActivity &activity) {
            return activity.planActivityId == QLatin1StringView(planActivityId);
        });
    }

    CandidateActivityCard *waitForCard(const std::function<bool(const CandidateActivity &)> &match)
    {
        CandidateActivityCard *found = nullptr;
        waitUntil([&] {
            for (CandidateActivityCard *card : tab()->cards())
                if (match(card->activity()))
                    found = card;
            return found != nullptr;
        });
        REQUIRE(found != nullptr);
        return found;
    }

    // Tab (the keyboard, as a user would) until `target` has the focus.
    static void tabTo(QWidget *target)
    {
        for (int i = 0; i < 60 && QApplication::focusWidget() != target; ++i)
            press(Qt::Key_Tab);
        REQUIRE(QApplication::focusWidget() == target);
    }

    SandboxClients clients;
    MemorySyncTokenStore tokens;
    CandidateDirectory directory;
    ReferenceData reference;
    RequestLog requests;
    ApplicationActivities *activities;
    CandidatesView view;
    bool stacked = false;
};

template<typename T>
T *part(QWidget *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    REQUIRE(widget != nullptr);
    return widget;
}

// Any wait of the integration's runs is too long: they read stuck at once.
void stuckAtOnce(TestClient &admin, const QString &integrationId)
{
    const QJsonObject integration =
        object(admin, u"integration.info"_s, {{u"integrationId"_s, integrationId}});
    QJsonObject settings = integration.value(u"settings"_s).toObject();
    settings.insert(u"stuckAfterMinutes"_s, 0);
    object(admin, u"integration.update"_s,
           {{u"integrationId"_s, integrationId},
            {u"version"_s, integration.value(u"version"_s)},
            {u"settings"_s, settings}});
}

// Every focus stop of the tab says what it is to a screen reader.
void requireAccessibleNames(QWidget *tab)
{
    for (QWidget *widget : tab->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(tab) || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        auto *button = qobject_cast<QAbstractButton *>(widget);
        INFO(widget->objectName().toStdString());
        CHECK((!widget->accessibleName().isEmpty() || (button && !button->text().isEmpty())));
    }
}

} // namespace

TEST_CASE("The plan's Justifacts check starts from its card and reaches Complete with the "
          "server's result link, and the poll then stops",
          "[ui][activities]")
{
    ActivitiesFixture f(fastSandbox());
    const Subject subject = inBackgroundCheck(f.clients.raw, 0);
    CandidateActivityCard *planned = f.openWithPlannedCheck(subject);
    CHECK(planned->activity().status == u"not_started"_s);
    CHECK(part<StatusChip>(planned, u"activityStatus"_s)->text() == u"Not started"_s);
    CHECK_FALSE(f.activities->isPolling()); // nothing runs yet: nothing to follow
    requireAccessibleNames(f.tab());

    // Keyboard only: from "+ New activity" to the card's Start, then the confirmation.
    f.tab()->newActivityButton()->setFocus(Qt::TabFocusReason);
    auto *start = part<QPushButton>(planned, u"activityStart"_s);
    ActivitiesFixture::tabTo(start);
    press(Qt::Key_Space);
    auto *confirm = part<QWidget>(planned, u"activityConfirm"_s);
    REQUIRE(confirm->isVisible());
    const QString sentence = part<QLabel>(planned, u"activityConfirmText"_s)->text();
    CHECK(sentence.contains(u"Justifacts"_s));
    CHECK(sentence.contains(subject.candidateName));
    CHECK(sentence.contains(u"Standard background check"_s));
    REQUIRE(QApplication::focusWidget() == part<QPushButton>(planned, u"activityConfirmStart"_s));
    const int listsBefore = f.requests.sent(u"activity.list"_s);
    press(Qt::Key_Space);

    CandidateActivityCard *run = f.waitForCard([](const CandidateActivity &activity) {
        return activity.planActivityId == QLatin1StringView(planActivityId)
            && !activity.id.isEmpty();
    });
    REQUIRE(waitUntil([&] { return run->activity().status == u"completed"_s; }));
    CHECK(f.requests.sent(u"activity.list"_s) > listsBefore); // followed without a reload
    CHECK_FALSE(f.stacked);
    CHECK(part<StatusChip>(run, u"activityStatus"_s)->text() == u"Completed"_s);
    CHECK(part<QLabel>(run, u"activityMeta"_s)->text().contains(u"Justifacts says \"Complete\""_s));
    CHECK(part<QLabel>(run, u"activityResult"_s)->text() == u"Result: Clear"_s);

    // The link is the one the server gave, opened in the browser.
    const QJsonArray server = where(listed(f.clients.raw, subject.applicationId), u"id"_s,
                                    run->activity().id);
    REQUIRE(server.size() == 1);
    const QString resultUrl = server.first().toObject().value(u"resultUrl"_s).toString();
    REQUIRE(resultUrl.startsWith(u"http"_s));
    auto *view = part<QPushButton>(run, u"activityViewResult"_s);
    REQUIRE(view->isVisible());
    UrlCatcher browser;
    view->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Space);
    REQUIRE(browser.opened.size() == 1);
    CHECK(browser.opened.first() == QUrl(resultUrl));

    // History on expand: every step with the partner's word.
    auto *history = part<QToolButton>(run, u"activityHistoryToggle"_s);
    history->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Space);
    const QString steps = part<QLabel>(run, u"activityHistory"_s)->text();
    CHECK(part<QLabel>(run, u"activityHistory"_s)->isVisible());
    for (const QString &label : {u"Received"_s, u"Started"_s, u"In Process"_s, u"Complete"_s})
        CHECK(steps.contains(label));
    requireAccessibleNames(f.tab());

    // Every run final: no poll is scheduled and none runs, so no activity.list can follow.
    REQUIRE(waitUntil([&] { return !f.activities->isPolling(); }));
    CHECK(f.activities->nextPollMs() == -1);
    const int finalCount = f.requests.sent(u"activity.list"_s);
    // Looking again (tab hidden and shown) asks nothing either: nothing was due.
    f.tabs()->setCurrentIndex(0);
    f.tabs()->setCurrentWidget(f.tab());
    CHECK(f.requests.sent(u"activity.list"_s) == finalCount);
    CHECK_FALSE(f.activities->isPolling());
}

TEST_CASE("+ New activity starts another package, described, to Complete", "[ui][activities]")
{
    ActivitiesFixture f(fastSandbox());
    const Subject subject = inBackgroundCheck(f.clients.raw, 1);
    f.open(subject);
    f.tab()->newActivityButton()->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Space);
    auto *panel = f.tab()->newActivityPanel();
    REQUIRE(panel->isVisible());
    auto *packages = part<QComboBox>(panel, u"newActivityPackage"_s);
    REQUIRE(waitUntil([&] { return packages->count() == 4; }));
    REQUIRE(QApplication::focusWidget() == packages);
    // Keyboard: down to "Reference check"; its description shows.
    while (packages->currentText() != u"Reference check"_s && packages->currentIndex() < 3)
        press(Qt::Key_Down);
    REQUIRE(packages->currentText() == u"Reference check"_s);
    CHECK_FALSE(part<QLabel>(panel, u"newActivityDescription"_s)->text().isEmpty());
    CHECK(part<QLabel>(panel, u"newActivityConfirm"_s)->text().contains(subject.candidateName));
    auto *startButton = part<QPushButton>(panel, u"newActivityStart"_s);
    ActivitiesFixture::tabTo(startButton);
    press(Qt::Key_Space);
    CandidateActivityCard *run = f.waitForCard([](const CandidateActivity &activity) {
        return activity.title == u"Reference check"_s && activity.planActivityId.isEmpty();
    });
    REQUIRE(waitUntil([&] { return run->activity().status == u"completed"_s; }));
    CHECK_FALSE(panel->isVisible());
    CHECK_FALSE(f.stacked);
    const QJsonArray server = where(listed(f.clients.raw, subject.applicationId), u"id"_s,
                                    run->activity().id);
    REQUIRE(server.size() == 1);
    CHECK(server.first().toObject().value(u"status"_s) == QJsonValue(u"completed"_s));
    CHECK(run->activity().resultUrl == server.first().toObject().value(u"resultUrl"_s).toString());
}

TEST_CASE("Justifacts' 409 shows verbatim inline with the choice kept, cancel asks why and the "
          "server says cancelled, a hidden tab asks nothing",
          "[ui][activities]")
{
    ActivitiesFixture f(slowSandbox());
    const Subject subject = inBackgroundCheck(f.clients.raw, 0);
    CandidateActivityCard *planned = f.openWithPlannedCheck(subject);
    part<QPushButton>(planned, u"activityStart"_s)->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Space);
    press(Qt::Key_Space); // confirm
    CandidateActivityCard *run = f.waitForCard([](const CandidateActivity &activity) {
        return activity.planActivityId == QLatin1StringView(planActivityId)
            && activity.isRunning();
    });
    CHECK(part<StatusChip>(run, u"activityStatus"_s)->text() == u"Requested"_s);
    CHECK(f.activities->isPolling());

    // Hidden: the scheduled poll is dropped and nothing is asked; shown again: one request.
    REQUIRE(waitUntil([&] { return f.activities->nextPollMs() >= 0; }));
    const int beforeHide = f.requests.sent(u"activity.list"_s);
    f.tabs()->setCurrentIndex(0);
    CHECK(f.activities->nextPollMs() == -1);
    CHECK(f.requests.sent(u"activity.list"_s) == beforeHide);
    f.tabs()->setCurrentWidget(f.tab());
    CHECK(f.requests.sent(u"activity.list"_s) == beforeHide + 1);
    REQUIRE(waitUntil([&] { return !f.activities->isRequestRunning(); }));

    // Another package while Justifacts checks the candidate: its 409, in its words.
    f.tab()->newActivityButton()->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Space);
    auto *panel = f.tab()->newActivityPanel();
    auto *packages = part<QComboBox>(panel, u"newActivityPackage"_s);
    REQUIRE(waitUntil([&] { return packages->count() == 4; }));
    packages->setCurrentIndex(packages->findText(u"Reference check"_s));
    part<QPushButton>(panel, u"newActivityStart"_s)->click();
    auto *error = part<MessageBanner>(panel, u"newActivityError"_s);
    const QString expected = u"Justifacts is already checking %1 (Standard background check). "
                             "Wait until that check is complete or cancel it first."_s
                                 .arg(subject.candidateName);
    REQUIRE(waitUntil([&] { return error->text() == expected; }));
    CHECK(panel->isVisible());
    CHECK(packages->currentText() == u"Reference check"_s);
    CHECK(f.activities->activities().size() == 1); // nothing was added

    // Cancel: the reason is asked inline; without one nothing can be sent.
    auto *cancel = part<QPushButton>(run, u"activityCancel"_s);
    cancel->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Space);
    auto *reason = part<QLineEdit>(run, u"activityCancelReason"_s);
    REQUIRE(QApplication::focusWidget() == reason);
    CHECK_FALSE(part<QPushButton>(run, u"activityConfirmCancel"_s)->isEnabled());
    requireAccessibleNames(f.tab());
    type(u"Candidate withdrew"_s);
    press(Qt::Key_Return);
    REQUIRE(waitUntil([&] { return run->activity().status == u"cancelled"_s; }));
    CHECK(part<StatusChip>(run, u"activityStatus"_s)->text() == u"Cancelled"_s);
    const QJsonArray server = where(listed(f.clients.raw, subject.applicationId), u"id"_s,
                                    run->activity().id);
    REQUIRE(server.size() == 1);
    CHECK(server.first().toObject().value(u"status"_s) == QJsonValue(u"cancelled"_s));
    CHECK(server.first().toObject().value(u"cancelledReason"_s)
          == QJsonValue(u"Candidate withdrew"_s));
    CHECK(part<QLabel>(run, u"activityResult"_s)->text().contains(u"Candidate withdrew"_s));
    REQUIRE(waitUntil([&] { return !f.activities->isPolling(); }));
    CHECK_FALSE(f.stacked);
}

TEST_CASE("A run past its integration's limit shows as stuck with what to do", "[ui][activities]")
{
    SandboxProcess &process = sharedSandbox(u"activities-tab-stuck"_s,
                                            SandboxProcess::defaultArguments(60)
                                                << u"--enable-all"_s << u"--time-scale"_s
                                                << u"10"_s);
    TestClient admin(process.baseUrl(), process.adminKey());
    stuckAtOnce(admin, u"justifacts"_s);
    ActivitiesFixture f(process);
    const Subject subject = inBackgroundCheck(f.clients.raw, 0);
    object(admin, u"activity.start"_s,
           {{u"applicationId"_s, subject.applicationId}, {u"planActivityId"_s, QString::fromLatin1(planActivityId)}});
    f.open(subject);
    CandidateActivityCard *run = f.waitForCard([](const CandidateActivity &activity) {
        return activity.stuck;
    });
    CHECK(part<StatusChip>(run, u"activityStatus"_s)->text() == u"Stuck"_s);
    CHECK(part<StatusChip>(run, u"activityStatus"_s)->status() == StatusPalette::Status::Attention);
    auto *stuck = part<QLabel>(run, u"activityStuck"_s);
    CHECK(stuck->isVisible());
    CHECK(stuck->text().startsWith(u"Justifacts has not reported for "_s));
    CHECK(stuck->text().endsWith(u"Check the candidate in Justifacts, or cancel and start again."_s));
    CHECK(part<QPushButton>(run, u"activityCancel"_s)->isVisible());
}

TEST_CASE("Justifacts down: its card says so with Retry, and Retry starts the check once it is back",
          "[ui][activities]")
{
    SandboxProcess &process = sharedSandbox(u"activities-tab-down"_s,
                                            SandboxProcess::defaultArguments(60)
                                                << u"--enable-all"_s << u"--time-scale"_s
                                                << u"10"_s);
    ActivitiesFixture f(process);
    const Subject subject = inBackgroundCheck(f.clients.raw, 0);
    CandidateActivityCard *planned = f.openWithPlannedCheck(subject);
    const auto setDown = [&](bool down) {
        object(f.clients.raw, u"partnerConsole.setDown"_s,
               {{u"partnerId"_s, u"justifacts"_s}, {u"down"_s, down}});
    };
    setDown(true);
    part<QPushButton>(planned, u"activityStart"_s)->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Space);
    press(Qt::Key_Space); // confirm
    auto *error = part<MessageBanner>(planned, u"activityError"_s);
    REQUIRE(waitUntil([&] { return !error->text().isEmpty(); }));
    CHECK(error->text().startsWith(u"Justifacts could not be reached"_s));
    auto *retry = error->findChild<QPushButton *>();
    REQUIRE(retry != nullptr);
    REQUIRE(retry->isVisible());
    // Nothing lost: the confirmation is still open on the same card.
    CHECK(part<QWidget>(planned, u"activityConfirm"_s)->isVisible());
    CHECK(f.activities->find(CandidateActivity::planKey(QString::fromLatin1(planActivityId))));

    setDown(false);
    retry->click();
    CandidateActivityCard *run = f.waitForCard([](const CandidateActivity &activity) {
        return activity.planActivityId == QLatin1StringView(planActivityId) && activity.isRunning();
    });
    CHECK(part<MessageBanner>(run, u"activityError"_s)->text().isEmpty());
}

TEST_CASE("The plan's Juro workflow starts from its card with its fields: required ones checked "
          "inline, Juro's refusal shown with the typed values kept, hidden ones sent as mapped",
          "[ui][activities][juro]")
{
    SandboxProcess &process = sharedSandbox(u"activities-tab-juro"_s,
                                            SandboxProcess::defaultArguments(60)
                                                << u"--enable-all"_s << u"--time-scale"_s
                                                << u"0.02"_s);
    TestClient admin(process.baseUrl(), process.adminKey());
    const QJsonObject job = results(admin, u"job.list"_s, {{u"limit"_s, 1}}).toArray()
                                .first().toObject();
    const QString planId = job.value(u"defaultInterviewPlanId"_s).toString();
    QString workflowId;
    for (const QJsonValue value :
         results(admin, u"externalWorkflow.list"_s, {{u"integrationId"_s, u"juro"_s}}).toArray())
        if (value.toObject().value(u"entryPoint"_s) == QJsonValue(u"interviewPlanActivity"_s))
            workflowId = value.toObject().value(u"id"_s).toString();
    if (workflowId.isEmpty())
        workflowId = object(admin, u"externalWorkflow.create"_s,
                            {{u"integrationId"_s, u"juro"_s},
                             {u"title"_s, u"Employment contract"_s},
                             {u"entryPoint"_s, u"interviewPlanActivity"_s},
                             {u"templateId"_s, u"employment-contract"_s}})
                         .value(u"id"_s).toString();
    REQUIRE_FALSE(workflowId.isEmpty());
    const QJsonObject plan =
        object(admin, u"interviewPlanActivity.list"_s, {{u"interviewPlanId"_s, planId}});
    const QString checkStage = plan.value(u"activities"_s).toArray().first().toObject()
                                   .value(u"interviewStageId"_s).toString();
    object(admin, u"interviewPlanActivity.add"_s,
           {{u"interviewPlanId"_s, planId}, {u"interviewStageId"_s, checkStage},
            {u"kind"_s, u"externalWorkflow"_s}, {u"integrationId"_s, u"juro"_s},
            {u"config"_s, QJsonObject{{u"externalWorkflowId"_s, workflowId}}},
            {u"version"_s, plan.value(u"version"_s)}});

    ActivitiesFixture f(process);
    const Subject subject = inBackgroundCheck(f.clients.raw, 0);
    f.open(subject);
    CandidateActivityCard *workflow = f.waitForCard([](const CandidateActivity &activity) {
        return activity.kind == u"externalWorkflow"_s && activity.id.isEmpty();
    });
    const QString planKey = workflow->activity().key();
    auto *start = part<QPushButton>(workflow, u"activityStart"_s);
    CHECK(start->text() == u"&Start workflow"_s);
    ActivitiesFixture::tabTo(start);
    press(Qt::Key_Space);

    // The fields, from activity.form: pre-filled from the mapping, required ones marked, the
    // hidden one left out and counted.
    auto *fields = part<WorkflowFieldsForm>(workflow, u"workflowFields"_s);
    REQUIRE(waitUntil([&] { return fields->isVisible() && !fields->editors().isEmpty(); }));
    auto *name = part<QLineEdit>(workflow, u"workflowField_employeeName"_s);
    CHECK(name->text() == subject.candidateName);
    CHECK(QApplication::focusWidget() == name); // the first field, ready to type
    CHECK(workflow->findChild<QWidget *>(u"workflowField_atsApplicationId"_s) == nullptr);
    // The plural's English wording comes from translations/tessera_en.ts once it has this string.
    CHECK(part<QLabel>(workflow, u"workflowHiddenFields"_s)->text().startsWith(u"1 hidden field"_s));
    const auto labelOf = [&](QWidget *editor) {
        for (QLabel *label : workflow->findChildren<QLabel *>())
            if (label->buddy() == editor)
                return label->text();
        return QString();
    };
    CHECK(labelOf(name) == u"Employee name * (required)"_s);
    CHECK(labelOf(part<QLineEdit>(workflow, u"workflowField_department"_s)) == u"Department"_s);

    // No offer yet: the start date is empty, and confirming sends nothing but says so inline.
    auto *startDate = part<QLineEdit>(workflow, u"workflowField_startDate"_s);
    CHECK(startDate->text().isEmpty());
    auto *confirm = part<QPushButton>(workflow, u"activityConfirmStart"_s);
    ActivitiesFixture::tabTo(confirm);
    press(Qt::Key_Space);
    auto *dateError = part<QLabel>(workflow, u"workflowFieldError_startDate"_s);
    CHECK(dateError->isVisible());
    CHECK(dateError->text()
          == u"\"Start date\" is required: fill it in before starting the workflow."_s);
    CHECK(f.requests.sent(u"activity.start"_s) == 0);
    CHECK(QApplication::focusWidget()->objectName().startsWith(u"workflowField_"_s));

    // Fill every empty required field, and give an email Juro refuses.
    const QHash<QString, QString> typed{{u"employeeEmail"_s, u"nobody"_s},
                                        {u"jobTitle"_s, u"Lead engineer"_s},
                                        {u"startDate"_s, u"2027-02-01"_s},
                                        {u"annualSalary"_s, u"98000"_s},
                                        {u"salaryCurrency"_s, u"EUR"_s}};
    for (auto it = typed.begin(); it != typed.end(); ++it) {
        auto *editor = part<QLineEdit>(workflow, u"workflowField_"_s + it.key());
        ActivitiesFixture::tabTo(editor);
        press(Qt::Key_A, Qt::ControlModifier);
        type(it.value());
    }
    ActivitiesFixture::tabTo(confirm);
    press(Qt::Key_Space);
    auto *error = part<MessageBanner>(workflow, u"activityError"_s);
    REQUIRE(waitUntil([&] { return !error->text().isEmpty(); }));
    CHECK(error->text()
          == u"\"Employee email\" is not an email address Juro can send the contract to: "
             "\"nobody\"."_s);
    CHECK_FALSE(error->findChild<QPushButton *>()->isVisible()); // a refusal: nothing to retry
    CHECK(part<QWidget>(workflow, u"activityConfirm"_s)->isVisible());
    for (auto it = typed.begin(); it != typed.end(); ++it)
        CHECK(part<QLineEdit>(workflow, u"workflowField_"_s + it.key())->text() == it.value());
    CHECK(f.activities->find(planKey) != nullptr);

    // Corrected, it starts, and Juro's webhooks move the run to Completed.
    const QString email = u"ada.contract@example.com"_s;
    auto *emailEditor = part<QLineEdit>(workflow, u"workflowField_employeeEmail"_s);
    ActivitiesFixture::tabTo(emailEditor);
    press(Qt::Key_A, Qt::ControlModifier);
    type(email);
    ActivitiesFixture::tabTo(confirm);
    press(Qt::Key_Space);
    CandidateActivityCard *run = f.waitForCard([](const CandidateActivity &activity) {
        return activity.kind == u"externalWorkflow"_s && !activity.id.isEmpty();
    });
    REQUIRE(waitUntil([&] { return run->activity().status == u"completed"_s; }, 30'000));
    CHECK(part<StatusChip>(run, u"activityStatus"_s)->text() == u"Completed"_s);

    // The server received what was typed, and the hidden field as mapped.
    const QJsonArray runs = where(listed(admin, subject.applicationId), u"id"_s, run->activity().id);
    REQUIRE(runs.size() == 1);
    const QJsonObject values = runs.first().toObject().value(u"values"_s).toObject();
    CHECK(values.value(u"atsApplicationId"_s).toString() == subject.applicationId);
    CHECK(values.value(u"startDate"_s).toString() == u"2027-02-01"_s);
    CHECK(values.value(u"employeeEmail"_s).toString() == email);
    CHECK(values.value(u"employeeName"_s).toString() == subject.candidateName);
}

namespace {

// Opens the candidate of `offer` on the Offers tab with that offer selected (from the keyboard).
OfferWorkflowPanel *openOffer(ActivitiesFixture &f, TestClient &admin, const QJsonObject &offer)
{
    const QJsonObject application = object(admin, u"application.info"_s,
                                           {{u"applicationId"_s, offer.value(u"applicationId"_s)}});
    REQUIRE(f.view.selectCandidate(application.value(u"candidate"_s).toObject()
                                       .value(u"id"_s).toString()));
    REQUIRE(waitUntil([&] { return f.view.detail()->state() == LoadState::Ready; }));
    f.tabs()->setCurrentIndex(2);
    auto *table = f.tabs()->offersView();
    const QList<Offer> &offers = f.view.detail()->offers()->offers();
    int row = -1;
    for (int i = 0; i < offers.size(); ++i)
        if (offers.at(i).id == offer.value(u"id"_s).toString())
            row = i;
    REQUIRE(row >= 0);
    REQUIRE(waitUntil([&] { return table->isVisible(); }));
    table->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Home);
    for (int i = 0; i < row; ++i)
        press(Qt::Key_Down);
    REQUIRE(table->currentIndex().row() == row);
    OfferWorkflowPanel *panel = f.tabs()->offerWorkflows();
    REQUIRE(panel != nullptr);
    REQUIRE(waitUntil([&] { return panel->isVisible() && panel->model()->isLoaded(); }));
    return panel;
}

// An approved offer the candidate has not answered yet.
QJsonObject approvedOffer(TestClient &admin)
{
    const QJsonArray approved =
        results(admin, u"offer.list"_s,
                {{u"approvalStatus"_s, QJsonArray{u"Approved"_s}},
                 {u"acceptanceStatus"_s, QJsonArray{u"WaitingOnResponse"_s}},
                 {u"limit"_s, 1}})
            .toArray();
    REQUIRE(approved.size() == 1);
    return approved.first().toObject();
}

QJsonObject offerWaitingForApproval(TestClient &admin, int nth)
{
    const QJsonArray waiting =
        results(admin, u"offer.list"_s,
                {{u"approvalStatus"_s, QJsonArray{u"WaitingOnApprovals"_s}}, {u"limit"_s, 20}})
            .toArray();
    REQUIRE(waiting.size() > nth);
    return waiting.at(nth).toObject();
}

// Starts the offer's first workflow through the API, with its form's values and the empty
// required ones filled in.
void startOfferRun(TestClient &admin, const QString &offerId)
{
    const QJsonArray startable = object(admin, u"activity.list"_s, {{u"offerId"_s, offerId}})
                                     .value(u"activities"_s).toArray();
    REQUIRE_FALSE(startable.isEmpty());
    const QString workflowId =
        startable.first().toObject().value(u"externalWorkflowId"_s).toString();
    const WorkflowForm form = WorkflowForm::fromJson(
        object(admin, u"activity.form"_s,
               {{u"offerId"_s, offerId}, {u"externalWorkflowId"_s, workflowId}}));
    QJsonObject values;
    const QHash<QString, QJsonValue> typed{{u"employeeEmail"_s, u"offer.poll@example.com"_s},
                                           {u"startDate"_s, u"2027-02-01"_s},
                                           {u"annualSalary"_s, u"98000"_s},
                                           {u"salaryCurrency"_s, u"EUR"_s},
                                           {u"employmentType"_s, u"FullTime"_s}};
    for (const WorkflowFormField &field : form.fields) {
        const bool empty = field.value.isNull() || field.value.toVariant().toString().isEmpty();
        values.insert(field.key, !empty ? field.value : typed.value(field.key, u"Filled in"_s));
    }
    object(admin, u"activity.start"_s,
           {{u"offerId"_s, offerId}, {u"externalWorkflowId"_s, workflowId}, {u"values"_s, values}});
}

} // namespace

TEST_CASE("Offers: an approved offer starts its Juro workflow with the fields beside the offer's "
          "terms, and reads Candidate accepted when Juro completes",
          "[ui][activities][juro][offers]")
{
    SandboxProcess &process = sharedSandbox(u"activities-tab-offer"_s,
                                            SandboxProcess::defaultArguments(60)
                                                << u"--enable-all"_s << u"--time-scale"_s
                                                << u"0.02"_s);
    TestClient admin(process.baseUrl(), process.adminKey());
    const QJsonObject offer = approvedOffer(admin);
    const QString offerId = offer.value(u"id"_s).toString();
    const QJsonArray startable = object(admin, u"activity.list"_s, {{u"offerId"_s, offerId}})
                                     .value(u"activities"_s).toArray();
    REQUIRE_FALSE(startable.isEmpty());

    ActivitiesFixture f(process);
    OfferWorkflowPanel *panel = openOffer(f, admin, offer);
    const int row = f.tabs()->offersView()->currentIndex().row();
    auto *start = part<QPushButton>(panel, u"offerStartWorkflow"_s);
    REQUIRE(waitUntil([&] { return start->isVisible(); }));
    INFO("the start button");
    CHECK(part<QComboBox>(panel, u"offerWorkflowPick"_s)->count() == startable.size());
    const QString details = part<QLabel>(panel, u"offerDetails"_s)->text();
    CHECK(details.contains(u"Salary: "_s));
    ActivitiesFixture::tabTo(start);
    press(Qt::Key_Space);

    auto *fields = part<WorkflowFieldsForm>(panel, u"workflowFields"_s);
    REQUIRE(waitUntil([&] { return fields->isVisible() && !fields->editors().isEmpty(); }));
    // The form's values come from this offer: its start date, as the server has it.
    const QString startDate = offer.value(u"latestVersion"_s).toObject()
                                  .value(u"startDate"_s).toString().left(10);
    CHECK(part<QLineEdit>(panel, u"workflowField_startDate"_s)->text() == startDate);
    CHECK(panel->findChild<QWidget *>(u"workflowField_atsApplicationId"_s) == nullptr);
    for (const WorkflowFormField &field : fields->form().fields) {
        auto *editor = qobject_cast<QLineEdit *>(fields->findChild<QWidget *>(u"workflowField_"_s + field.key));
        if (!field.required || !editor || !editor->text().isEmpty())
            continue;
        INFO(field.key.toStdString());
        ActivitiesFixture::tabTo(editor);
        type(field.key == u"employeeEmail"_s ? u"offer.test@example.com"_s : u"Filled in"_s);
    }
    ActivitiesFixture::tabTo(part<QPushButton>(panel, u"offerConfirmStart"_s));
    press(Qt::Key_Space);

    // The run shows with its chip, and the offer follows it to accepted.
    REQUIRE(waitUntil([&] {
        for (StatusChip *chip : panel->findChildren<StatusChip *>(u"offerRunStatus"_s))
            if (chip->text() == u"Completed"_s)
                return true;
        return false;
    }, 30'000));
    const QModelIndex status = f.view.detail()->offers()->index(row, OffersModel::OfferStatusColumn);
    REQUIRE(waitUntil([&] { return status.data().toString() == u"Candidate accepted"_s; }));
    CHECK(object(admin, u"offer.info"_s, {{u"offerId"_s, offerId}}).value(u"offerStatus"_s)
          == QJsonValue(u"CandidateAccepted"_s));
    CHECK(part<QLabel>(panel, u"offerDetails"_s)->text().contains(u"Candidate accepted"_s));
}

TEST_CASE("Offers: an offer waiting for approval is approved from the console after a "
          "confirmation, and its Start workflow is there without a reload, and the table leaves no "
          "gap above the offer's panel", "[ui][activities][offers]")
{
    // Enough candidates for a few offers waiting for approval (about 1 in 60).
    SandboxProcess &process = sharedSandbox(u"activities-tab-approve"_s,
                                            SandboxProcess::defaultArguments(400)
                                                << u"--enable-all"_s << u"--time-scale"_s
                                                << u"0.02"_s);
    TestClient admin(process.baseUrl(), process.adminKey());
    const QJsonObject offer = offerWaitingForApproval(admin, 0);
    const QString offerId = offer.value(u"id"_s).toString();

    ActivitiesFixture f(process);
    f.view.resize(1280, 800);
    OfferWorkflowPanel *panel = openOffer(f, admin, offer);
    const QString name = f.view.detail()->candidate().name;

    // The table is as tall as its rows, and the panel follows right under it.
    auto *table = f.tabs()->offersView();
    REQUIRE(waitUntil([&] { return table->height() < 200; }));
    const int tableBottom = table->mapTo(f.tabs(), QPoint(0, table->height())).y();
    const int panelTop = panel->mapTo(f.tabs(), QPoint(0, 0)).y();
    CHECK(panelTop - tableBottom < 40);
    CHECK(table->viewport()->height()
          >= table->model()->rowCount() * table->verticalHeader()->defaultSectionSize());

    auto *approve = part<QPushButton>(panel, u"offerApprove"_s);
    REQUIRE(waitUntil([&] { return approve->isVisible(); }));
    CHECK_FALSE(part<QPushButton>(panel, u"offerStartWorkflow"_s)->isVisible());
    ActivitiesFixture::tabTo(approve);
    press(Qt::Key_Space);

    // Who and what, before anything is sent.
    auto *text = part<QLabel>(panel, u"offerApproveText"_s);
    REQUIRE(text->isVisible());
    CHECK(text->text().startsWith(u"Approve the offer for "_s + name + u" ("_s));
    CHECK(text->text().endsWith(u")? Partners can then start workflows on it."_s));
    CHECK(f.requests.sent(u"offer.approve"_s) == 0);
    auto *confirm = part<QPushButton>(panel, u"offerApproveConfirm"_s);
    CHECK(QApplication::focusWidget() == confirm);
    press(Qt::Key_Space);

    // Approved: the table and panel follow, and the workflows can start, without a reload.
    auto *start = part<QPushButton>(panel, u"offerStartWorkflow"_s);
    REQUIRE(waitUntil([&] { return start->isVisible(); }));
    CHECK_FALSE(approve->isVisible());
    CHECK(QApplication::focusWidget() == start); // the keyboard goes on to what is next
    CHECK(object(admin, u"offer.info"_s, {{u"offerId"_s, offerId}})
              .value(u"latestVersion"_s).toObject().value(u"approvalStatus"_s)
          == QJsonValue(u"Approved"_s));
    const QList<Offer> &offers = f.view.detail()->offers()->offers();
    const auto shown = std::find_if(offers.cbegin(), offers.cend(),
                                    [&](const Offer &o) { return o.id == offerId; });
    REQUIRE(shown != offers.cend());
    CHECK(shown->approvalStatus == u"Approved"_s);
    CHECK_FALSE(part<QLabel>(panel, u"offerWorkflowState"_s)->isVisible());
    CHECK(f.requests.sent(u"offer.approve"_s) == 1);
}

TEST_CASE("Offers: approving with a key without offersWrite says what to do, inline",
          "[ui][activities][offers]")
{
    // Enough candidates for a few offers waiting for approval (about 1 in 60).
    SandboxProcess &process = sharedSandbox(u"activities-tab-approve"_s,
                                            SandboxProcess::defaultArguments(400)
                                                << u"--enable-all"_s << u"--time-scale"_s
                                                << u"0.02"_s);
    TestClient admin(process.baseUrl(), process.adminKey());
    const QJsonObject offer = offerWaitingForApproval(admin, 1);
    const QString readOnly = object(admin, u"apiKey.create"_s,
                                    {{u"title"_s, u"Read only"_s}, {u"scopePreset"_s, u"readAll"_s}})
                                 .value(u"key"_s).toString();
    REQUIRE_FALSE(readOnly.isEmpty());

    ActivitiesFixture f(process);
    OfferWorkflowPanel *panel = openOffer(f, admin, offer);
    f.clients.client.setApiKey(readOnly);
    part<QPushButton>(panel, u"offerApprove"_s)->click();
    part<QPushButton>(panel, u"offerApproveConfirm"_s)->click();
    auto *banner = part<MessageBanner>(panel, u"offerWorkflowError"_s);
    REQUIRE(waitUntil([&] { return banner->isVisible(); }));
    CHECK(banner->text()
          == u"This API key may not approve offers: it lacks the \"offersWrite\" permission. "
             "Approve the offer in the ATS, or reconnect in Settings with a key that has it."_s);
    // Nothing changed; the confirmation stays to try again.
    CHECK(part<QPushButton>(panel, u"offerApproveConfirm"_s)->isVisible());
    CHECK(object(admin, u"offer.info"_s, {{u"offerId"_s, offer.value(u"id"_s)}})
              .value(u"latestVersion"_s).toObject().value(u"approvalStatus"_s)
          == QJsonValue(u"WaitingOnApprovals"_s));
}

TEST_CASE("Offers: a poll updates a run's row in place, so keyboard focus stays on its button",
          "[ui][activities][offers]")
{
    // Each Juro step takes long: the run stays running while the panel polls.
    SandboxProcess &process = sharedSandbox(u"activities-tab-offer-slow"_s,
                                            SandboxProcess::defaultArguments(60)
                                                << u"--enable-all"_s << u"--time-scale"_s
                                                << u"10"_s);
    TestClient admin(process.baseUrl(), process.adminKey());
    const QJsonObject offer = approvedOffer(admin);
    const QString offerId = offer.value(u"id"_s).toString();
    startOfferRun(admin, offerId);

    ActivitiesFixture f(process);
    OfferWorkflowPanel *panel = openOffer(f, admin, offer);
    panel->model()->setPollIntervals(40, 80);
    auto *row = panel->findChild<QWidget *>(u"offerRun"_s);
    REQUIRE(waitUntil([&] { return (row = panel->findChild<QWidget *>(u"offerRun"_s)); }));
    auto *cancel = part<QPushButton>(row, u"offerRunCancel"_s);
    REQUIRE(waitUntil([&] { return cancel->isVisible(); }));
    ActivitiesFixture::tabTo(cancel);

    // Two more polls answered while the run still runs.
    int answered = 0;
    QObject::connect(panel->model(), &OfferActivities::changed, panel, [&] {
        if (!panel->model()->isRequestRunning())
            ++answered;
    });
    REQUIRE(waitUntil([&] { return answered >= 3; }));
    REQUIRE(panel->model()->activities().size() >= 1);
    CHECK(panel->findChild<QWidget *>(u"offerRun"_s) == row);
    CHECK(QApplication::focusWidget() == cancel);
}

TEST_CASE("Offers: a stuck Juro run says what to do with Cancel at hand, and Cancel asks why",
          "[ui][activities][offers]")
{
    SandboxProcess &process = sharedSandbox(u"activities-tab-offer-stuck"_s,
                                            SandboxProcess::defaultArguments(60)
                                                << u"--enable-all"_s << u"--time-scale"_s
                                                << u"10"_s);
    TestClient admin(process.baseUrl(), process.adminKey());
    stuckAtOnce(admin, u"juro"_s);
    const QJsonObject offer = approvedOffer(admin);
    const QString offerId = offer.value(u"id"_s).toString();
    startOfferRun(admin, offerId);

    ActivitiesFixture f(process);
    OfferWorkflowPanel *panel = openOffer(f, admin, offer);
    QWidget *row = nullptr;
    REQUIRE(waitUntil([&] { return (row = panel->findChild<QWidget *>(u"offerRun"_s)); }));
    auto *stuck = part<QLabel>(row, u"offerRunStuck"_s);
    REQUIRE(waitUntil([&] { return stuck->isVisible(); }));
    CHECK(stuck->text().startsWith(u"No news from Juro for "_s));
    CHECK(stuck->text().endsWith(u"Check the contract's status in Juro, or cancel the run and "
                                 "start the workflow again."_s));
    CHECK(part<StatusChip>(row, u"offerRunStatus"_s)->text() == u"Stuck"_s);
    CHECK(part<StatusChip>(row, u"offerRunStatus"_s)->status() == StatusPalette::Status::Attention);

    // Cancel is right there; it asks why before anything is sent.
    auto *cancel = part<QPushButton>(row, u"offerRunCancel"_s);
    REQUIRE(cancel->isVisible());
    ActivitiesFixture::tabTo(cancel);
    press(Qt::Key_Space);
    auto *reason = part<QLineEdit>(row, u"offerRunCancelReason"_s);
    CHECK(QApplication::focusWidget() == reason);
    CHECK_FALSE(part<QPushButton>(row, u"offerRunConfirmCancel"_s)->isEnabled());
    CHECK(f.requests.sent(u"activity.cancel"_s) == 0);
    type(u"Juro lost the contract"_s);
    press(Qt::Key_Return);
    REQUIRE(waitUntil([&] {
        for (StatusChip *chip : panel->findChildren<StatusChip *>(u"offerRunStatus"_s))
            if (chip->text() == u"Cancelled"_s)
                return true;
        return false;
    }));
    const QJsonArray listed = object(admin, u"activity.list"_s, {{u"offerId"_s, offerId}})
                                  .value(u"activities"_s).toArray();
    const QJsonArray runs = where(listed, u"status"_s, u"cancelled"_s);
    REQUIRE(runs.size() == 1);
    CHECK(runs.first().toObject().value(u"cancelledReason"_s).toString()
          == u"Juro lost the contract"_s);
}

TEST_CASE("Offers: an approval sent before the user moved to another offer still reports its "
          "offer approved, and the other offer is not held up by it",
          "[ui][activities][offers]")
{
    SandboxProcess &process = sharedSandbox(u"activities-tab-approve"_s,
                                            SandboxProcess::defaultArguments(400)
                                                << u"--enable-all"_s << u"--time-scale"_s
                                                << u"0.02"_s);
    TestClient admin(process.baseUrl(), process.adminKey());
    const QJsonObject first = offerWaitingForApproval(admin, 2);
    const QJsonObject second = offerWaitingForApproval(admin, 3);
    SandboxClients clients(process);
    OfferActivities model(&clients.client);
    QSignalSpy approved(&model, &OfferActivities::offerChanged);

    model.show(first.value(u"id"_s).toString());
    // The backend answers slowly, so the user moves on before the approval's answer.
    requireSuccess(admin.call(u"sandbox.configure"_s,
                              {{u"faults"_s, QJsonObject{{u"latencyMs"_s, 500}}}}));
    REQUIRE(model.approve(first.value(u"latestVersion"_s).toObject().value(u"id"_s).toString()));
    CHECK(model.isApproving());
    model.show(second.value(u"id"_s).toString());
    CHECK_FALSE(model.isApproving()); // nothing runs for the offer shown now
    CHECK_FALSE(model.isStarting());
    REQUIRE(waitUntil([&] { return approved.count() == 1; }));
    requireSuccess(admin.call(u"sandbox.configure"_s,
                              {{u"faults"_s, QJsonObject{{u"latencyMs"_s, 0}}}}));
    const auto offer = approved.first().at(0).value<Offer>();
    CHECK(offer.id == first.value(u"id"_s).toString());
    CHECK(offer.approvalStatus == u"Approved"_s);
    CHECK(object(admin, u"offer.info"_s, {{u"offerId"_s, first.value(u"id"_s)}})
              .value(u"latestVersion"_s).toObject().value(u"approvalStatus"_s)
          == QJsonValue(u"Approved"_s));
    CHECK_FALSE(model.actionError().isError());
}
