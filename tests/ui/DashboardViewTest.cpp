// The dashboard (ViewFactory's, in a real main window) against a real tessera-sandbox: health
// cards and where their Fix buttons lead, the one notice per newly failing integration, the
// delivery chart, and what the cards say when the backend stops answering.
#include "DashboardTestSupport.h"
#include "tests/support/RequestLog.h"

#include "app/ViewFactory.h"
#include "models/dashboard/ActivityStats.h"
#include "models/dashboard/DeliveryStats.h"
#include "models/dashboard/HealthBoard.h"
#include "models/session/BackendContext.h"
#include "models/settings/Settings.h"
#include "models/candidates/CandidateDetail.h"
#include "ui/candidates/ActivitiesTab.h"
#include "ui/candidates/CandidateDetailPane.h"
#include "ui/candidates/CandidateTabs.h"
#include "ui/candidates/CandidatesView.h"
#include "models/admin/ApiKeysModel.h"
#include "models/admin/WebhooksModel.h"
#include "ui/admin/ApiKeysView.h"
#include "ui/admin/WebhooksView.h"
#include "ui/common/DataAgeLabel.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/PageHeader.h"
#include "ui/common/StatusChip.h"
#include "ui/common/StatusPalette.h"
#include "ui/dashboard/ActivityChart.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/dashboard/DeliveryChart.h"
#include "ui/dashboard/HealthCard.h"
#include "ui/marketplace/MarketplaceView.h"
#include "ui/wizards/EnableWizard.h"
#include "ui/shell/MainWindow.h"

#include <QBarSet>
#include <QComboBox>
#include <QJsonArray>
#include <QDateTimeAxis>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Test;

namespace {

SandboxProcess &dashboardSandbox()
{
    return sharedSandbox(u"dashboard"_s, {u"--seed"_s, u"demo"_s, u"--candidates"_s, u"40"_s,
                                          u"--deliveries"_s, u"2000"_s});
}

void setPartnerDown(TestClient &raw, const QString &partnerId, bool down)
{
    requireSuccess(raw.call(u"partnerConsole.setDown"_s,
                            {{u"partnerId"_s, partnerId}, {u"down"_s, down}}));
}

} // namespace

TEST_CASE("A card per enabled integration: state in words, the reason, and a Fix that opens "
          "the setup", "[ui][dashboard]")
{
    DashboardFixture fixture(dashboardSandbox());
    requireSuccess(fixture.raw.call(u"integration.enable"_s, {{u"integrationId"_s, u"humaans"_s}}));
    setPartnerDown(fixture.raw, u"humaans"_s, true);
    REQUIRE(fixture.refreshed());
    setPartnerDown(fixture.raw, u"humaans"_s, false); // what the board said stays until asked

    const QJsonArray expected = requireSuccess(fixture.raw.call(u"integrationHealth.list"_s))
                                    .resultObject().value(u"integrations"_s).toArray();
    REQUIRE(fixture.view()->cards().size() == expected.size());
    HealthCard *card = fixture.view()->card(u"humaans"_s);
    REQUIRE(card);
    const IntegrationHealth &health = card->health();
    REQUIRE(health.state != IntegrationHealth::State::Ok);
    REQUIRE_FALSE(health.reasons.isEmpty());
    CHECK(health.reasons.constFirst().code == u"partner_unavailable"_s);
    CHECK(card->stateText() == HealthCard::stateWord(health.state));
    CHECK(card->findChild<StatusChip *>()->status() != StatusPalette::Status::Ok);
    CHECK(card->reasonText().contains(u"Humaans"_s));
    CHECK(card->accessibleName().contains(card->stateText()));
    CHECK(card->findChild<QLabel *>(u"healthTimes"_s)->text().contains(u"success"_s));
    // Below the cards the page is taller than the window; the cards' texts still get every
    // line they need.
    CHECK(waitUntil([&fixture] {
        for (HealthCard *shown : fixture.view()->cards())
            if (shown->height() < shown->heightForWidth(shown->width()))
                return false;
        return true;
    }));
    saveScreenshot(&fixture.window, u"dashboard-failing.png"_s);

    // From the keyboard: focus the Fix button, press Space.
    QPushButton *fix = card->fixButton();
    REQUIRE(fix->isVisible());
    CHECK(fix->text() == HealthCard::fixLabel(u"wizard"_s));
    fix->setFocus();
    QTest::keyClick(fix, Qt::Key_Space);
    CHECK(fixture.window.currentView() == MainWindow::View::Marketplace);
    auto *market = qobject_cast<MarketplaceView *>(
        fixture.window.viewWidget(MainWindow::View::Marketplace));
    REQUIRE(market);
    REQUIRE(waitUntil([market] { return market->currentWizard() != nullptr; }, 5'000));
    market->currentWizard()->close();
    requireSuccess(fixture.raw.call(u"integration.disable"_s, {{u"integrationId"_s, u"humaans"_s}}));
}

TEST_CASE("Fix opens the webhook or the API key its reason names, selected", "[ui][dashboard]")
{
    DashboardFixture fixture(dashboardSandbox());
    const QString hookId = requireSuccess(fixture.raw.call(
                                              u"webhook.create"_s,
                                              {{u"webhookType"_s, u"applicationUpdate"_s},
                                               {u"requestUrl"_s, u"http://127.0.0.1:9/fix"_s},
                                               {u"secretToken"_s, u"fix-route"_s}}))
                               .resultObject()
                               .value(u"id"_s)
                               .toString();
    Q_EMIT fixture.view()->fixRequested(u"webhook"_s, hookId, u"humaans"_s);
    CHECK(fixture.window.currentView() == MainWindow::View::Webhooks);
    auto *hooks = qobject_cast<WebhooksView *>(fixture.window.viewWidget(MainWindow::View::Webhooks));
    REQUIRE(hooks);
    REQUIRE(waitUntil([hooks, hookId] {
        const int row = hooks->model()->rowOf(hookId);
        return row >= 0 && hooks->table()->selectionModel()->isRowSelected(row, {});
    }));

    const QJsonArray keys = requireSuccess(fixture.raw.call(u"apiKey.list"_s)).resultArray();
    REQUIRE_FALSE(keys.isEmpty());
    const QString keyId = keys.last().toObject().value(u"id"_s).toString();
    fixture.window.showView(MainWindow::View::Dashboard);
    Q_EMIT fixture.view()->fixRequested(u"apiKey"_s, keyId, u"humaans"_s);
    CHECK(fixture.window.currentView() == MainWindow::View::ApiKeys);
    auto *keysView = qobject_cast<ApiKeysView *>(fixture.window.viewWidget(MainWindow::View::ApiKeys));
    REQUIRE(keysView);
    REQUIRE(waitUntil([keysView, keyId] {
        const int row = keysView->model()->rowOf(keyId);
        return row >= 0 && keysView->table()->selectionModel()->isRowSelected(row, {});
    }));
    requireSuccess(fixture.raw.call(u"webhook.delete"_s, {{u"webhookId"_s, hookId}}));
}

TEST_CASE("A newly failing integration raises one notice, not one per refresh", "[ui][dashboard]")
{
    DashboardFixture fixture(dashboardSandbox());
    requireSuccess(fixture.raw.call(u"integration.enable"_s, {{u"integrationId"_s, u"humaans"_s}}));
    setPartnerDown(fixture.raw, u"humaans"_s, false);
    REQUIRE(fixture.refreshed());
    REQUIRE(fixture.view()->card(u"humaans"_s));
    REQUIRE(fixture.view()->card(u"humaans"_s)->health().state
            != IntegrationHealth::State::Failing);
    QSignalSpy failing(fixture.view()->board(), &HealthBoard::newlyFailing);
    setPartnerDown(fixture.raw, u"humaans"_s, true); // a partner that does not answer: failing
    REQUIRE(fixture.refreshed());
    REQUIRE(fixture.view()->card(u"humaans"_s)->health().state
            == IntegrationHealth::State::Failing);
    REQUIRE(fixture.refreshed()); // still failing: nothing new to say
    setPartnerDown(fixture.raw, u"humaans"_s, false);
    CHECK(failing.size() == 1);
    CHECK(failing.constFirst().constFirst().toStringList() == QStringList{u"Humaans"_s});
    CHECK(fixture.view()->notice()->isVisible());
    CHECK(fixture.view()->notice()->text().contains(u"Humaans"_s));
    requireSuccess(fixture.raw.call(u"integration.disable"_s, {{u"integrationId"_s, u"humaans"_s}}));
}

TEST_CASE("The delivery chart shows the backend's figures for the chosen period",
          "[ui][dashboard]")
{
    DashboardFixture fixture(dashboardSandbox());
    DeliveryStats *stats = fixture.view()->stats();
    REQUIRE(waitUntil([stats] { return stats->status()->hasLoaded() && !stats->status()->isLoading(); }));
    CHECK(stats->buckets().size() >= 24);
    CHECK(stats->buckets().size() <= 25);

    auto *range = fixture.view()->findChild<QComboBox *>(u"statsRange"_s);
    REQUIRE(range);
    QSignalSpy changed(stats, &DeliveryStats::changed);
    range->setCurrentIndex(2); // 30 days, one bucket a day
    REQUIRE(waitUntil([stats] { return stats->status()->state() == LoadState::Ready
                                    && stats->range() == DeliveryStats::Range::Month; }));
    CHECK(stats->buckets().size() >= 30);
    CHECK(stats->buckets().size() <= 31);
    const DeliveryStats::Totals totals = stats->totals();
    REQUIRE(totals.delivered + totals.failed > 0); // --deliveries seeded the last 30 days
    DeliveryChart *chart = fixture.view()->chart();
    CHECK(chart->pointCount() > 0);
    CHECK(chart->summaryText().contains(QLocale().toString(totals.failed)));
    const DeliveryStats::Bucket &last = stats->buckets().constLast();
    CHECK(chart->figuresAt(last.start.toMSecsSinceEpoch())
              .contains(QLocale().toString(last.delivered)));
    // The time axis ticks fall on whole 5-day steps from local midnight.
    QDateTimeAxis *axis = chart->timeAxis();
    const qint64 span = axis->max().toMSecsSinceEpoch() - axis->min().toMSecsSinceEpoch();
    const qint64 step = 5LL * 86400 * 1000;
    CHECK(span % step == 0);
    CHECK(axis->tickCount() == span / step + 1);
    CHECK(axis->min().toLocalTime().time() == QTime(0, 0));
    saveScreenshot(&fixture.window, u"dashboard-30d.png"_s);
}

TEST_CASE("The delivery chart's time ticks fall on round hours and days", "[ui][dashboard]")
{
    const qint64 hour = 3600'000;
    const qint64 day = 24 * hour;
    // 24 hourly buckets starting 13:00 UTC, in UTC+1: ticks every 4 h from 12:00 local.
    const qint64 first = 20'000 * day + 13 * hour;
    auto ticks = DeliveryChart::timeTicks(first, first + 23 * hour, 3600, 3600);
    CHECK((ticks.minMs + hour) % (4 * hour) == 0);
    CHECK(ticks.minMs <= first);
    CHECK(ticks.maxMs >= first + 23 * hour);
    CHECK((ticks.maxMs - ticks.minMs) % (4 * hour) == 0);
    CHECK(ticks.count == int((ticks.maxMs - ticks.minMs) / (4 * hour)) + 1);
    CHECK(ticks.count >= 7);
    CHECK(ticks.count <= 8);
    // 7 days of 6-hour buckets: a tick a day at local midnight (UTC+5:30 here).
    const int india = 5 * 3600 + 1800;
    ticks = DeliveryChart::timeTicks(first, first + 7 * day - 6 * hour, 6 * 3600, india);
    CHECK((ticks.minMs + india * 1000LL) % day == 0);
    CHECK(ticks.count == int((ticks.maxMs - ticks.minMs) / day) + 1);
    CHECK(ticks.count <= 9);
    // 30 daily buckets: every 5 days.
    ticks = DeliveryChart::timeTicks(20'000 * day, 20'029 * day, 86400, 0);
    CHECK(ticks.minMs == 20'000 * day);
    CHECK(ticks.maxMs == 20'030 * day);
    CHECK(ticks.count == 7);
}

TEST_CASE("When the backend stops answering the cards say they are not current",
          "[ui][dashboard]")
{
    SandboxProcess own({u"--seed"_s, u"demo"_s, u"--candidates"_s, u"20"_s});
    DashboardFixture fixture(own);
    requireSuccess(fixture.raw.call(u"integration.enable"_s, {{u"integrationId"_s, u"humaans"_s}}));
    REQUIRE(fixture.refreshed());
    REQUIRE_FALSE(fixture.view()->cards().isEmpty());
    for (HealthCard *card : fixture.view()->cards())
        REQUIRE_FALSE(card->isStale());

    REQUIRE(own.stop());
    REQUIRE(fixture.refreshed());
    REQUIRE(fixture.view()->board()->status()->state() == LoadState::Failed);
    CHECK(fixture.view()->board()->isStale());
    for (HealthCard *card : fixture.view()->cards()) {
        CHECK(card->isStale());
        CHECK(card->stateText() == HealthCard::tr("Not current"));
        CHECK(card->reasonText().contains(u"could not refresh"_s));
    }
    auto *header = fixture.view()->findChild<PageHeader *>();
    CHECK(header->dataAge()->text().contains(u"Refresh failed"_s));
    saveScreenshot(&fixture.window, u"dashboard-stale.png"_s);
}

TEST_CASE("The refresh timer never stacks requests and waits longer while hidden",
          "[ui][dashboard]")
{
    SandboxProcess own({u"--seed"_s, u"demo"_s, u"--candidates"_s, u"20"_s});
    DashboardFixture fixture(own);
    HealthBoard *board = fixture.view()->board();
    const int watched = board->currentIntervalMs();
    fixture.window.showView(MainWindow::View::Candidates); // the dashboard is hidden now
    CHECK_FALSE(board->isWatched());
    CHECK(board->currentIntervalMs() > watched);
    fixture.window.showView(MainWindow::View::Dashboard);
    CHECK(board->isWatched());
    CHECK(board->currentIntervalMs() == watched);

    // Slow answers: refreshing again while one runs sends nothing more (a request leaves
    // synchronously, so the log knows right after each refresh).
    requireSuccess(fixture.raw.call(u"sandbox.configure"_s,
                                    {{u"faults"_s, QJsonObject{{u"latencyMs"_s, 500}}}}));
    REQUIRE(waitUntil([board] { return !board->isRequestRunning(); }));
    RequestLog log(fixture.context.client());
    board->refresh();
    REQUIRE(board->isRequestRunning());
    CHECK(log.sent(u"integrationHealth.list"_s) == 1);
    board->refresh();
    board->refresh();
    CHECK(log.sent(u"integrationHealth.list"_s) == 1);
    REQUIRE(waitUntil([board] { return !board->isRequestRunning(); }));
    requireSuccess(fixture.raw.call(u"sandbox.configure"_s,
                                    {{u"faults"_s, QJsonObject{{u"latencyMs"_s, 0}}}}));
    board->refresh();
    CHECK(log.sent(u"integrationHealth.list"_s) == 2);
    REQUIRE(waitUntil([board] { return !board->isRequestRunning(); }));
}

TEST_CASE("A stuck run makes its integration degraded, and Fix opens the candidate's activities",
          "[ui][dashboard][activity]")
{
    // Justifacts' checks take minutes at this scale, so a started one is still running.
    SandboxProcess own(SandboxProcess::defaultArguments(30)
                       << u"--enable-all"_s << u"--time-scale"_s << u"10"_s);
    TestClient admin(own.baseUrl(), own.adminKey());
    const QJsonObject justifacts =
        requireSuccess(admin.call(u"integration.info"_s, {{u"integrationId"_s, u"justifacts"_s}}))
            .resultObject();
    QJsonObject settings = justifacts.value(u"settings"_s).toObject();
    settings.insert(u"stuckAfterMinutes"_s, 0); // a run that has not finished is stuck at once
    requireSuccess(admin.call(u"integration.update"_s,
                              {{u"integrationId"_s, u"justifacts"_s},
                               {u"version"_s, justifacts.value(u"version"_s)},
                               {u"settings"_s, settings}}));
    const QJsonObject application =
        requireSuccess(admin.call(u"application.list"_s, {{u"limit"_s, 1}}))
            .resultArray().at(0).toObject();
    const QString candidateId = application.value(u"candidate"_s).toObject()
                                    .value(u"id"_s).toString(
                                        application.value(u"candidateId"_s).toString());
    REQUIRE_FALSE(candidateId.isEmpty());
    requireSuccess(admin.call(
        u"activity.start"_s,
        {{u"applicationId"_s, application.value(u"id"_s)},
         {u"kind"_s, u"assessment"_s},
         {u"integrationId"_s, u"justifacts"_s},
         {u"config"_s,
          QJsonObject{{u"assessmentTypeId"_s, u"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b01"_s}}}}));

    DashboardFixture fixture(own);
    REQUIRE(fixture.refreshed());
    HealthCard *card = fixture.view()->card(u"justifacts"_s);
    REQUIRE(card);
    REQUIRE(card->health().stuckRuns == 1);
    const auto stuck = std::find_if(card->health().reasons.cbegin(),
                                    card->health().reasons.cend(), [](const HealthReason &reason) {
                                        return reason.code == u"stuck_runs"_s;
                                    });
    REQUIRE(stuck != card->health().reasons.cend());
    CHECK(stuck->fixKind == u"activity"_s);
    CHECK(stuck->fixId == candidateId);
    CHECK(card->health().state != IntegrationHealth::State::Ok);
    // The card offers the Fix of its first reason.
    REQUIRE(card->health().reasons.constFirst().code == u"stuck_runs"_s);
    CHECK(card->reasonText().contains(u"Justifacts"_s));
    QPushButton *fix = card->fixButton();
    CHECK(fix->text() == HealthCard::fixLabel(u"activity"_s));
    fix->setFocus();
    QTest::keyClick(fix, Qt::Key_Space);
    CHECK(fixture.window.currentView() == MainWindow::View::Candidates);
    auto *candidates = qobject_cast<CandidatesView *>(
        fixture.window.viewWidget(MainWindow::View::Candidates));
    REQUIRE(candidates);
    CandidateTabs *tabs = candidates->detailPane()->tabs();
    CHECK(tabs->currentWidget() == tabs->activitiesTab());
    CHECK(waitUntil([candidates, &candidateId] {
        return candidates->detailPane()->detail()->candidateId() == candidateId;
    }));
}

TEST_CASE("Runs and checks by status: the backend's counts for the period, a bar per status "
          "in the palette's colours", "[ui][dashboard][activity]")
{
    SandboxProcess own(SandboxProcess::defaultArguments(30) << u"--enable-all"_s);
    DashboardFixture fixture(own);
    // Two Justifacts checks start now, so the period has runs to count.
    QStringList applications;
    for (const QJsonValue value : requireSuccess(fixture.raw.call(u"application.list"_s))
                                      .resultArray()) {
        applications << value.toObject().value(u"id"_s).toString();
        if (applications.size() == 2)
            break;
    }
    REQUIRE(applications.size() == 2);
    for (const QString &application : applications)
        requireSuccess(fixture.raw.call(
            u"activity.start"_s,
            {{u"applicationId"_s, application},
             {u"kind"_s, u"assessment"_s},
             {u"integrationId"_s, u"justifacts"_s},
             {u"config"_s,
              QJsonObject{{u"assessmentTypeId"_s, u"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b01"_s}}}}));
    REQUIRE(fixture.refreshed());
    ActivityStats *activity = fixture.view()->activity();
    REQUIRE(waitUntil([activity] { return activity->status()->state() == LoadState::Ready; }));

    const QJsonObject expected = requireSuccess(fixture.raw.call(
        u"activity.stats"_s, {{u"from"_s, activity->from().toString(Qt::ISODateWithMs)},
                              {u"to"_s, activity->to().toString(Qt::ISODateWithMs)}}))
                                     .resultObject();
    const QJsonObject totals = expected.value(u"totals"_s).toObject();
    int all = 0;
    for (int i = 0; i < ActivityStats::statuses().size(); ++i) {
        const int count = totals.value(ActivityStats::statuses().at(i)).toInt();
        CHECK(activity->totals().at(size_t(i)) == count);
        all += count;
    }
    REQUIRE(all >= 2);
    CHECK(activity->stuck() == expected.value(u"stuck"_s).toInt());
    CHECK(activity->byIntegration().size() == expected.value(u"byIntegration"_s).toArray().size());

    ActivityChart *chart = fixture.view()->activityChart();
    CHECK(chart->summaryText().contains(QLocale().toString(all)));
    const int requested = activity->totals().at(0);
    CHECK(chart->figuresAt(0).contains(ActivityChart::statusLabel(0)));
    CHECK(chart->figuresAt(0).contains(QLocale().toString(requested)));
    CHECK(chart->barSet(0)->at(0) == requested);
    CHECK(chart->barSet(3)->at(3) == activity->totals().at(3));
    CHECK(chart->barSet(3)->at(0) == 0); // each status has its own bar

    // The bars follow the palette: failed in the failing colour, light or dark.
    QPalette dark = chart->palette();
    dark.setColor(QPalette::Base, QColor(u"#1e1e1e"_s));
    dark.setColor(QPalette::Window, QColor(u"#2b2b2b"_s));
    dark.setColor(QPalette::Text, QColor(u"#f0f0f0"_s));
    dark.setColor(QPalette::WindowText, QColor(u"#f0f0f0"_s));
    chart->setPalette(dark);
    CHECK(chart->barSet(5)->color()
          == StatusPalette::color(StatusPalette::Status::Failing, chart->palette()));
    CHECK(chart->barSet(3)->color()
          == StatusPalette::color(StatusPalette::Status::Ok, chart->palette()));
    fixture.view()->activityChart()->setPalette(QPalette());

    // The period follows the charts' range.
    auto *range = fixture.view()->findChild<QComboBox *>(u"statsRange"_s);
    range->setCurrentIndex(1);
    REQUIRE(waitUntil([activity] { return activity->range() == DeliveryStats::Range::Week
                                       && activity->status()->state() == LoadState::Ready; }));
    CHECK(activity->from().secsTo(activity->to()) == 7 * 86400);
    saveScreenshot(&fixture.window, u"dashboard-activity.png"_s);
}
