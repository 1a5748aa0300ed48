// The dashboard's failures table against a real tessera-sandbox with a seeded delivery log:
// paging as the user scrolls, filters, bulk redelivery after a dry run (sent once, however
// often Resend is pressed), the delivery detail and the local signature check with the secret
// from a real keychain, or pasted.
#include "DashboardTestSupport.h"
#include "tests/support/RequestLog.h"

#include "models/admin/WebhookSecrets.h"
#include "models/admin/WebhooksModel.h"
#include "models/dashboard/BulkRedeliver.h"
#include "models/dashboard/DeliveryDetail.h"
#include "models/dashboard/FailedDeliveries.h"
#include "models/dashboard/SignatureCheck.h"
#include "models/secrets/SecretStore.h"
#include "ui/admin/WebhooksView.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/SecretLineEdit.h"
#include "ui/common/StateStack.h"
#include "ui/dashboard/DeliveryDetailDialog.h"
#include "ui/dashboard/FailuresPanel.h"
#include "ui/dashboard/RedeliverBar.h"
#include "app/Appearance.h"
#include "ui/common/DataAgeLabel.h"
#include "ui/common/StatusPalette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Test;

namespace {

SandboxProcess &failuresSandbox()
{
    return sharedSandbox(u"failures"_s, {u"--seed"_s, u"demo"_s, u"--candidates"_s, u"20"_s,
                                         u"--deliveries"_s, u"6000"_s});
}

bool settled(const FailedDeliveries *model)
{
    return model->status()->state() == LoadState::Ready && !model->isFetching();
}

// The failures of the last 30 days, loaded.
FailuresPanel *monthOfFailures(DashboardFixture &fixture)
{
    FailuresPanel *panel = fixture.view()->failures();
    auto *range = panel->findChild<QComboBox *>(u"failuresRange"_s);
    REQUIRE(range);
    range->setCurrentIndex(2);
    FailedDeliveries *model = panel->model();
    REQUIRE(waitUntil([model] {
        return model->filter().range == DeliveryStats::Range::Month && settled(model);
    }));
    return panel;
}

QStringList idsOf(const QJsonArray &rows)
{
    QStringList ids;
    for (const auto &row : rows)
        ids.append(row.toObject().value(u"id"_s).toString());
    return ids;
}

QStringList modelIds(const FailedDeliveries *model)
{
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->delivery(row)->id);
    return ids;
}

} // namespace

TEST_CASE("The failures table pages through the failed deliveries as the user scrolls",
          "[ui][dashboard][failures]")
{
    DashboardFixture fixture(failuresSandbox());
    FailuresPanel *panel = monthOfFailures(fixture);
    FailedDeliveries *model = panel->model();

    // The first page is the backend's first page for the same filter, newest first.
    QJsonObject query = model->filterJson();
    query.insert(u"order"_s, u"newestFirst"_s);
    query.insert(u"limit"_s, FailedDeliveries::pageSize);
    const ApiReply first = requireSuccess(fixture.raw.call(u"webhookDelivery.list"_s, query));
    REQUIRE(first.envelope().value(u"moreDataAvailable"_s).toBool()); // enough seeded failures
    CHECK(modelIds(model) == idsOf(first.resultArray()));
    CHECK(model->hasMore());
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK_FALSE(model->delivery(row)->success);

    // Scrolling to the end asks for the next page (the request leaves at once), and only
    // that one: the new rows are below the fold.
    QTableView *table = panel->table();
    table->setFocus();
    CHECK_FALSE(model->isFetching());
    table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
    CHECK(model->isFetching());
    REQUIRE(waitUntil([model] { return model->rowCount() > FailedDeliveries::pageSize && settled(model); }));
    QCoreApplication::processEvents(); // the view's deferred fetch check runs now
    CHECK_FALSE(model->isFetching());
    CHECK(model->rowCount() == 2 * FailedDeliveries::pageSize);
    CHECK(table->verticalScrollBar()->value() < table->verticalScrollBar()->maximum());
    query.insert(u"cursor"_s, first.envelope().value(u"nextCursor"_s).toString());
    const ApiReply second = requireSuccess(fixture.raw.call(u"webhookDelivery.list"_s, query));
    CHECK(modelIds(model).mid(FailedDeliveries::pageSize) == idsOf(second.resultArray()));

    // A filter reloads from the first page: only that integration's attempts.
    const QString integrationId = model->delivery(0)->integrationId.isEmpty()
        ? u"humaans"_s
        : model->delivery(0)->integrationId;
    panel->setIntegrations({{integrationId, u"The integration"_s}});
    auto *integration = panel->findChild<QComboBox *>(u"failuresIntegration"_s);
    integration->setCurrentIndex(integration->findData(integrationId));
    REQUIRE(waitUntil([model, integrationId] {
        return model->filter().integrationId == integrationId && settled(model);
    }));
    REQUIRE(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(model->delivery(row)->integrationId == integrationId);
    CHECK(model->data(model->index(0, FailedDeliveries::TargetColumn)).toString()
          == u"The integration"_s);

    // Text that no response holds: the empty state says so.
    auto *text = panel->findChild<QLineEdit *>(u"failuresText"_s);
    text->setText(u"no-response-says-this-%%"_s);
    REQUIRE(waitUntil([model] { return !model->filter().text.isEmpty() && settled(model); }));
    CHECK(model->rowCount() == 0);
    CHECK_FALSE(panel->state()->isShowingContent());
    CHECK(panel->state()->empty()->text().contains(u"30 days"_s));
    text->clear();
    integration->setCurrentIndex(0);
    REQUIRE(waitUntil([model] {
        return model->filter().text.isEmpty() && model->filter().integrationId.isEmpty()
            && settled(model);
    }));
    saveScreenshot(&fixture.window, u"dashboard-failures.png"_s);
}

TEST_CASE("Redeliver selected asks how many first and sends once, however often Resend is "
          "pressed", "[ui][dashboard][failures]")
{
    DashboardFixture fixture(failuresSandbox());
    FailuresPanel *panel = monthOfFailures(fixture);
    FailedDeliveries *model = panel->model();
    REQUIRE(model->rowCount() >= 2);

    // Keyboard only: into the table, first row, Shift+Down for a second one.
    QTableView *table = panel->table();
    table->setFocus();
    REQUIRE(table->hasFocus());
    REQUIRE(table->currentIndex().row() == 0);
    press(Qt::Key_Space);
    press(Qt::Key_Down, Qt::ShiftModifier);
    REQUIRE(table->selectionModel()->selectedRows().size() == 2);
    const QString firstId = model->delivery(0)->id;

    RequestLog log(fixture.context.client());
    QPushButton *selected = panel->redeliverSelectedButton();
    REQUIRE(selected->isEnabled());
    selected->setFocus();
    press(Qt::Key_Space);
    CHECK(log.sent(u"webhookDelivery.redeliver"_s) == 1); // the dry run
    RedeliverBar *bar = panel->redeliverBar();
    REQUIRE(waitUntil([bar] { return bar->resendButton()->isVisible(); }));
    CHECK(bar->text() == RedeliverBar::tr("This will resend %n delivery(s). Each goes to its "
                                          "webhook's current address as a new attempt.",
                                          nullptr, 2));
    CHECK(QApplication::focusWidget() == bar->resendButton());

    QSignalSpy done(panel->redeliver(), &BulkRedeliver::redelivered);
    press(Qt::Key_Space); // Resend
    QTest::mouseClick(bar->resendButton(), Qt::LeftButton); // a second press: disabled by now
    panel->redeliver()->confirm();                          // and the model refuses a replay
    CHECK(log.sent(u"webhookDelivery.redeliver"_s) == 2);
    REQUIRE(waitUntil([&done] { return !done.isEmpty(); }));
    CHECK(done.constFirst().at(0).toInt() == 2);
    const QStringList newIds = done.constFirst().at(1).toStringList();
    REQUIRE(newIds.size() == 2);
    CHECK(bar->outcome()->text()
          == RedeliverBar::tr("Resent %n delivery(s). Each is a new attempt in the log; the table "
                              "shows what fails again.",
                              nullptr, 2));

    // Each redelivery is a new attempt in the log (the seeded receivers may fail it again).
    for (const QString &id : newIds)
        REQUIRE(waitUntil([&fixture, &id] {
            return fixture.raw.call(u"webhookDelivery.info"_s, {{u"deliveryId"_s, id}})
                .isSuccess();
        }, 30'000));
    const ApiReply attempt =
        requireSuccess(fixture.raw.call(u"webhookDelivery.info"_s, {{u"deliveryId"_s, newIds[0]}}));
    CHECK(attempt.resultObject().value(u"attempt"_s).toInt() == 1);
    CHECK(newIds.indexOf(firstId) < 0);

    // Enter on a row opens its detail; its Redeliver asks for a count of one.
    REQUIRE(waitUntil([model] { return settled(model) && model->rowCount() > 0; }));
    table->setFocus();
    press(Qt::Key_Return);
    DeliveryDetailDialog *detail = panel->detailDialog();
    REQUIRE(detail);
    REQUIRE(waitUntil([detail] { return detail->isVisible()
                                     && detail->detail()->status()->state() == LoadState::Ready; }));
    CHECK(detail->detail()->delivery().id == model->delivery(table->currentIndex().row())->id);
    CHECK_FALSE(detail->payload()->toPlainText().isEmpty());
    detail->redeliverButton()->click();
    REQUIRE(waitUntil([detail] { return detail->redeliverBar()->resendButton()->isVisible(); }));
    CHECK(detail->redeliverBar()->text().contains(u"resend 1 "_s));
    detail->redeliverBar()->cancelButton()->click();
    detail->close();
}

TEST_CASE("Redeliver all matching counts the current filter on the server first",
          "[ui][dashboard][failures]")
{
    DashboardFixture fixture(failuresSandbox());
    FailuresPanel *panel = monthOfFailures(fixture);
    FailedDeliveries *model = panel->model();
    const QString event = model->delivery(0)->action;
    auto *events = panel->findChild<QComboBox *>(u"failuresEvent"_s);
    events->setCurrentIndex(events->findData(event));
    REQUIRE(waitUntil([model, event] { return model->filter().event == event && settled(model); }));

    const qint64 expected = requireSuccess(fixture.raw.call(
        u"webhookDelivery.redeliver"_s,
        {{u"filter"_s, model->filterJson()}, {u"dryRun"_s, true}}))
                                .resultObject().value(u"count"_s).toInteger();
    REQUIRE(expected > 0);
    QSignalSpy previewed(panel->redeliver(), &BulkRedeliver::previewed);
    panel->redeliverAllButton()->click();
    REQUIRE(waitUntil([&previewed] { return !previewed.isEmpty(); }));
    CHECK(previewed.constFirst().constFirst().toInt() == expected);
    CHECK(panel->redeliverBar()->text().contains(QLocale().toString(expected)));
    // Cancel sends nothing and forgets the preview.
    RequestLog log(fixture.context.client());
    panel->redeliverBar()->cancelButton()->click();
    CHECK_FALSE(panel->redeliver()->confirm());
    CHECK(log.sent(u"webhookDelivery.redeliver"_s) == 0);
    CHECK_FALSE(panel->redeliverBar()->resendButton()->isVisible());

    // A changed filter drops a preview and its question: the count was for other deliveries.
    panel->redeliverAllButton()->click();
    REQUIRE(waitUntil([panel] { return panel->redeliverBar()->resendButton()->isVisible(); }));
    events->setCurrentIndex(0);
    CHECK_FALSE(panel->redeliverBar()->resendButton()->isVisible());
    CHECK_FALSE(panel->redeliver()->confirm());
}

TEST_CASE("A failed redelivery says what went wrong in a sentence", "[ui][dashboard][failures]")
{
    SandboxProcess own({u"--seed"_s, u"demo"_s, u"--candidates"_s, u"20"_s, u"--deliveries"_s,
                        u"500"_s});
    DashboardFixture fixture(own);
    FailuresPanel *panel = monthOfFailures(fixture);
    REQUIRE(panel->model()->rowCount() > 0);
    panel->redeliverAllButton()->click();
    REQUIRE(waitUntil([panel] { return panel->redeliverBar()->resendButton()->isVisible(); }));
    REQUIRE(own.stop()); // the backend goes away between the count and the resend
    panel->redeliverBar()->resendButton()->click();
    REQUIRE(waitUntil([panel] { return !panel->redeliver()->isBusy()
                                    && panel->redeliverBar()->outcome()->isVisible(); }));
    CHECK(panel->redeliverBar()->outcome()->text().contains(u"backend"_s));
    CHECK(panel->redeliverAllButton()->isEnabled());
}

TEST_CASE("The reason filter offers the period's failure reasons with counts and filters the "
          "table and Redeliver all matching by it", "[ui][dashboard][failures]")
{
    DashboardFixture fixture(failuresSandbox());
    FailuresPanel *panel = monthOfFailures(fixture);
    FailedDeliveries *model = panel->model();
    auto *range = fixture.view()->findChild<QComboBox *>(u"statsRange"_s);
    range->setCurrentIndex(2); // the chart's period: 30 days, as the table's
    DeliveryStats *stats = fixture.view()->stats();
    REQUIRE(waitUntil([stats] {
        return stats->range() == DeliveryStats::Range::Month
            && stats->status()->state() == LoadState::Ready;
    }));
    QComboBox *reason = panel->reasonBox();
    REQUIRE(reason->count() == 1 + stats->failureReasons().size());
    REQUIRE(stats->failureReasons().size() >= 3); // 4xx, 5xx, timeouts and refusals seeded
    int http5xx = -1;
    for (int i = 1; i < reason->count(); ++i) {
        const DeliveryStats::ReasonCount &counted = stats->failureReasons().at(i - 1);
        CHECK(reason->itemData(i).toString() == counted.reason);
        CHECK(reason->itemText(i).endsWith(QLocale().toString(counted.count)));
        if (counted.reason == u"http_5xx"_s)
            http5xx = i;
    }
    REQUIRE(http5xx > 0);
    CHECK(reason->itemText(http5xx).startsWith(u"Server error (HTTP 5xx)"_s));

    reason->setCurrentIndex(http5xx);
    REQUIRE(waitUntil([model] { return model->filter().reason == u"http_5xx"_s && settled(model); }));
    REQUIRE(model->rowCount() > 0);
    QJsonObject query = model->filterJson();
    CHECK(query.value(u"reason"_s) == QJsonValue(u"http_5xx"_s));
    query.insert(u"order"_s, u"newestFirst"_s);
    query.insert(u"limit"_s, FailedDeliveries::pageSize);
    const ApiReply first = requireSuccess(fixture.raw.call(u"webhookDelivery.list"_s, query));
    CHECK(modelIds(model) == idsOf(first.resultArray()));
    for (int row = 0; row < model->rowCount(); ++row) {
        CHECK(model->delivery(row)->reason == u"http_5xx"_s);
        CHECK(model->delivery(row)->statusCode >= 500);
    }
    // The reason in words; the backend's own ("HTTP 503 …") in the tooltip.
    CHECK(model->data(model->index(0, FailedDeliveries::ReasonColumn)).toString()
          == u"Server error (HTTP 5xx)"_s);
    CHECK(model->data(model->index(0, FailedDeliveries::ReasonColumn), Qt::ToolTipRole)
              .toString()
              .startsWith(model->delivery(0)->error));

    // Redeliver all matching counts the same filter, reason included, on the server.
    const ApiReply dry = requireSuccess(fixture.raw.call(
        u"webhookDelivery.redeliver"_s,
        {{u"filter"_s, model->filterJson()}, {u"dryRun"_s, true}}));
    const int expected = dry.resultObject().value(u"count"_s).toInt();
    REQUIRE(expected > 0);
    QSignalSpy previewed(panel->redeliver(), &BulkRedeliver::previewed);
    panel->redeliverAllButton()->click();
    REQUIRE(waitUntil([&previewed] { return !previewed.isEmpty(); }));
    CHECK(previewed.constFirst().constFirst().toInt() == expected);
    panel->redeliver()->cancel();
    reason->setCurrentIndex(0);
    REQUIRE(waitUntil([model] { return model->filter().reason.isEmpty() && settled(model); }));
}

TEST_CASE("The failures table refreshes on the dashboard's timer, keeps the selection, says "
          "its age, and shows as not current when the backend stops answering",
          "[ui][dashboard][failures]")
{
    SandboxProcess own({u"--seed"_s, u"demo"_s, u"--candidates"_s, u"20"_s, u"--deliveries"_s,
                        u"2000"_s});
    DashboardFixture fixture(own);
    FailuresPanel *panel = monthOfFailures(fixture);
    FailedDeliveries *model = panel->model();
    REQUIRE(model->rowCount() > 1);
    CHECK(panel->dataAge()->text().startsWith(u"Updated"_s));

    // The board's refresh (its timer calls the same) asks for the failures too, once, however
    // often it is asked while the answer is on its way. (The Webhooks view walks the log in the
    // background too, so the table's own requests are counted by its status.)
    requireSuccess(fixture.raw.call(u"sandbox.configure"_s,
                                    {{u"faults"_s, QJsonObject{{u"latencyMs"_s, 400}}}}));
    HealthBoard *board = fixture.view()->board();
    QSignalSpy states(model->status(), &LoadStatus::stateChanged);
    board->refresh();
    CHECK(model->isFetching());
    board->refresh();
    panel->refresh();
    const auto loads = [&states] {
        return std::count_if(states.begin(), states.end(), [](const QList<QVariant> &args) {
            return args.constFirst().value<LoadState>() == LoadState::Loading;
        });
    };
    CHECK(loads() == 1);
    REQUIRE(waitUntil([model, board] { return settled(model) && !board->isRequestRunning(); }));
    requireSuccess(fixture.raw.call(u"sandbox.configure"_s,
                                    {{u"faults"_s, QJsonObject{{u"latencyMs"_s, 0}}}}));

    // A new failure comes in: the refresh shows it on top, and the row selected stays selected.
    const QString selectedId = model->delivery(1)->id;
    panel->table()->selectRow(1);
    const QJsonObject hook = requireSuccess(fixture.raw.call(
        u"webhook.create"_s, {{u"webhookType"_s, u"applicationUpdate"_s},
                              {u"requestUrl"_s, u"http://127.0.0.1:9/hook"_s},
                              {u"secretToken"_s, u"refresh-test"_s}}))
                                 .resultObject();
    CHECK(hook.value(u"enabled"_s) == QJsonValue(false)); // its ping failed, and is logged
    REQUIRE(fixture.refreshed());
    REQUIRE(waitUntil([model] { return settled(model); }));
    REQUIRE(model->rowCount() > 2);
    CHECK(model->delivery(0)->webhookId == hook.value(u"id"_s).toString());
    const QModelIndexList selected = panel->table()->selectionModel()->selectedRows();
    REQUIRE(selected.size() == 1);
    CHECK(model->delivery(selected.constFirst().row())->id == selectedId);
    CHECK_FALSE(model->isStale());
    CHECK_FALSE(panel->footerText().contains(u"Not current"_s));

    // The backend stops answering: the rows stay readable, but say they are not current.
    const int rows = model->rowCount();
    REQUIRE(own.stop());
    REQUIRE(fixture.refreshed());
    REQUIRE(waitUntil([model] { return model->status()->state() == LoadState::Failed; }));
    CHECK(model->isStale());
    CHECK(model->rowCount() == rows);
    CHECK(panel->footerText().startsWith(u"Not current"_s));
    CHECK(panel->dataAge()->text().startsWith(u"Refresh failed"_s));
    CHECK(panel->findChild<MessageBanner *>(u"failuresError"_s)->isVisible());
}

TEST_CASE("The signature verdict takes the colour of the palette switched to while the detail "
          "is open", "[ui][dashboard][signature]")
{
    DashboardFixture fixture(failuresSandbox());
    FailuresPanel *panel = monthOfFailures(fixture);
    const QString deliveryId = panel->model()->delivery(0)->id;
    // No keychain: the check asks for the secret, and a wrong one gives "does not match".
    auto *dialog = new DeliveryDetailDialog(new DeliveryDetail(fixture.context.client(), nullptr),
                                            new BulkRedeliver(fixture.context.client()),
                                            fixture.view());
    dialog->open(deliveryId);
    REQUIRE(waitUntil([dialog] { return dialog->detail()->status()->state() == LoadState::Ready; }));
    QSignalSpy asked(dialog->detail(), &DeliveryDetail::secretNeeded);
    dialog->verifyButton()->click();
    REQUIRE(waitUntil([&asked] { return !asked.isEmpty(); }));
    dialog->secretField()->lineEdit()->setText(u"not-the-secret"_s);
    QSignalSpy verdicts(dialog->detail(), &DeliveryDetail::verified);
    dialog->checkButton()->click();
    REQUIRE(waitUntil([&verdicts] { return !verdicts.isEmpty(); }));
    REQUIRE(dialog->verdictText().startsWith(u"Signature does not match"_s));

    // Settings → Appearance: the new palette reaches the widgets through the event loop.
    const auto switchTo = [dialog](const QString &appearance) {
        Appearance::apply(appearance);
        REQUIRE(waitUntil([dialog] {
            return dialog->palette().color(QPalette::Window)
                == QApplication::palette().color(QPalette::Window);
        }));
    };
    switchTo(u"light"_s);
    const QColor light = StatusPalette::color(StatusPalette::Status::Failing, dialog->palette());
    CHECK(dialog->verdictColour() == light);
    switchTo(u"dark"_s);
    const QColor dark = StatusPalette::color(StatusPalette::Status::Failing, dialog->palette());
    REQUIRE(dark != light);
    CHECK(dialog->verdictColour() == dark);
    saveScreenshot(dialog, u"delivery-detail-dark.png"_s);
    switchTo(u"light"_s);
    CHECK(dialog->verdictColour() == light);
    Appearance::apply(u"system"_s);
    delete dialog;
}

TEST_CASE("A Redeliver's answer stays with the delivery it was sent for", "[ui][dashboard]")
{
    DashboardFixture fixture(failuresSandbox());
    FailuresPanel *panel = monthOfFailures(fixture);
    REQUIRE(panel->model()->rowCount() > 2);
    const QString first = panel->model()->delivery(0)->id;
    const QString second = panel->model()->delivery(1)->id;
    const QString third = panel->model()->delivery(2)->id;
    auto *dialog = new DeliveryDetailDialog(new DeliveryDetail(fixture.context.client(), nullptr),
                                            new BulkRedeliver(fixture.context.client()),
                                            fixture.view());
    const auto loaded = [dialog] { return dialog->detail()->status()->state() == LoadState::Ready; };
    const auto slow = [&fixture](int ms) {
        requireSuccess(fixture.raw.call(u"sandbox.configure"_s,
                                        {{u"faults"_s, QJsonObject{{u"latencyMs"_s, ms}}}}));
    };
    dialog->open(first);
    REQUIRE(waitUntil(loaded));
    dialog->redeliverButton()->click();
    RedeliverBar *bar = dialog->redeliverBar();
    REQUIRE(waitUntil([bar] { return bar->resendButton()->isVisible(); }));

    // Resend, then on to the next delivery before the answer is back: the answer is not shown
    // there, but the resend happened (the server's count) and the table reloads.
    slow(600);
    QSignalSpy changedLog(dialog, &DeliveryDetailDialog::redelivered);
    bar->resendButton()->click();
    dialog->open(second);
    REQUIRE(waitUntil([&changedLog] { return !changedLog.isEmpty(); }));
    REQUIRE(waitUntil(loaded));
    CHECK(dialog->detail()->delivery().id == second);
    CHECK(bar->text().isEmpty());
    CHECK_FALSE(bar->resendButton()->isVisible());

    // A dry run still on its way when the next delivery opens asks nothing there.
    dialog->redeliverButton()->click();
    CHECK_FALSE(dialog->redeliverButton()->isEnabled());
    dialog->open(third);
    REQUIRE(waitUntil([dialog] { return dialog->redeliverButton()->isEnabled(); }));
    CHECK(bar->text().isEmpty());
    CHECK_FALSE(bar->resendButton()->isVisible());
    slow(0);
    // Here, on its own delivery, the question and then the answer show.
    REQUIRE(waitUntil(loaded));
    dialog->redeliverButton()->click();
    REQUIRE(waitUntil([bar] { return bar->resendButton()->isVisible(); }));
    bar->resendButton()->click();
    REQUIRE(waitUntil([bar] { return bar->text().startsWith(u"Resent 1 "_s); }));
    delete dialog;
}

TEST_CASE("Signature check: the keychain's secret matches an untouched delivery and not a "
          "tampered one, and without it the user pastes the secret", "[ui][dashboard][signature]")
{
    QTemporaryDir storeDir;
    Settings storeSettings(storeDir.filePath(u"secrets.ini"_s));
    SecretStore store(&storeSettings);
    DashboardFixture fixture(failuresSandbox(), &store);

    // A webhook the console creates: its secret goes to the keychain.
    auto *hooksView = qobject_cast<WebhooksView *>(
        fixture.window.viewWidget(MainWindow::View::Webhooks));
    REQUIRE(hooksView);
    WebhooksModel *hooks = hooksView->model();
    QSignalSpy saved(hooks, &WebhooksModel::saved);
    QSignalSpy kept(hooks, &WebhooksModel::secretKept);
    const QString secret = u"s3cret-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    const QString url = fixture.sandbox.baseUrl().toString(QUrl::StripTrailingSlash)
        + u"/partners/humaans/ashby-webhook"_s;
    hooks->create(u"candidateStageChange"_s, url, secret);
    REQUIRE(waitUntil([&kept] { return !kept.isEmpty(); }, 30'000));
    REQUIRE(kept.constFirst().at(1).toBool());
    const QString webhookId = kept.constFirst().at(0).toString();
    WebhookSecrets secrets(&store, fixture.context.backend().id);
    QObject context;
    {
        SecretJob *read = secrets.read(webhookId, &context);
        QSignalSpy finished(read, &SecretJob::finished);
        REQUIRE(waitUntil([&finished] { return !finished.isEmpty(); }, 30'000));
    }

    // Its ping is a logged attempt with body and signature header.
    const ApiReply pinged =
        requireSuccess(fixture.raw.call(u"webhook.ping"_s, {{u"webhookId"_s, webhookId}}));
    const QString deliveryId = pinged.resultObject().value(u"deliveryId"_s).toString();
    REQUIRE(waitUntil([&] {
        return fixture.raw.call(u"webhookDelivery.info"_s, {{u"deliveryId"_s, deliveryId}})
            .isSuccess();
    }, 30'000));

    auto *dialog = new DeliveryDetailDialog(new DeliveryDetail(fixture.context.client(), &secrets),
                                            new BulkRedeliver(fixture.context.client()),
                                            fixture.view());
    dialog->open(deliveryId);
    REQUIRE(waitUntil([dialog] { return dialog->detail()->status()->state() == LoadState::Ready; }));
    CHECK(dialog->payload()->toPlainText().contains(u"\"webhookActionType\": \"ping\""_s));
    CHECK(dialog->payload()->isReadOnly());
    CHECK(dialog->detail()->signatureHeader().startsWith(u"sha256="_s));

    QSignalSpy verdicts(dialog->detail(), &DeliveryDetail::verified);
    dialog->verifyButton()->click();
    REQUIRE(waitUntil([&verdicts] { return !verdicts.isEmpty(); }, 30'000));
    CHECK(verdicts.takeFirst().constFirst().value<DeliveryDetail::Verdict>()
          == DeliveryDetail::Verdict::Matches);
    CHECK(dialog->verdictText().startsWith(u"Signature matches"_s));
    CHECK_FALSE(dialog->verdictText().contains(secret));
    saveScreenshot(dialog, u"delivery-detail.png"_s);

    // Deleting the webhook removes its secret from the keychain; the check then asks for it.
    hooks->remove(webhookId);
    REQUIRE(waitUntil([&kept] { return kept.size() >= 2; }, 30'000));
    CHECK(kept.at(1).at(1).toBool());
    QSignalSpy asked(dialog->detail(), &DeliveryDetail::secretNeeded);
    dialog->verifyButton()->click();
    REQUIRE(waitUntil([&asked] { return !asked.isEmpty(); }, 30'000));
    CHECK(asked.constFirst().constFirst().toString().isEmpty()); // none stored, no failure
    REQUIRE(dialog->secretField()->isVisible());
    CHECK(dialog->secretField()->lineEdit()->echoMode() == QLineEdit::Password);
    CHECK(QApplication::focusWidget() == dialog->secretField()->lineEdit());
    type(secret);
    dialog->rememberBox()->setChecked(true);
    QSignalSpy remembered(dialog->detail(), &DeliveryDetail::secretRemembered);
    dialog->checkButton()->click();
    REQUIRE_FALSE(verdicts.isEmpty());
    CHECK(verdicts.takeFirst().constFirst().value<DeliveryDetail::Verdict>()
          == DeliveryDetail::Verdict::Matches);
    CHECK(dialog->secretField()->text().isEmpty()); // wiped after use
    REQUIRE(waitUntil([&remembered] { return !remembered.isEmpty(); }, 30'000));
    CHECK(remembered.constFirst().constFirst().toBool());

    // The stored body changes; the signature it was sent with no longer fits (the secret now
    // comes from the keychain again, remembered above).
    requireSuccess(fixture.raw.call(u"sandbox.tamperDelivery"_s,
                                    {{u"deliveryId"_s, deliveryId},
                                     {u"requestBody"_s, u"{\"action\":\"ping\",\"data\":{}}"_s}}));
    dialog->open(deliveryId);
    REQUIRE(waitUntil([dialog] { return dialog->detail()->status()->state() == LoadState::Ready; }));
    dialog->verifyButton()->click();
    REQUIRE(waitUntil([&verdicts] { return !verdicts.isEmpty(); }, 30'000));
    CHECK(verdicts.takeFirst().constFirst().value<DeliveryDetail::Verdict>()
          == DeliveryDetail::Verdict::DoesNotMatch);
    CHECK(dialog->verdictText()
          == DeliveryDetailDialog::tr("Signature does not match — the body was changed or the "
                                      "secret differs."));
    CHECK(asked.size() == 1);
    {
        SecretJob *read = secrets.read(webhookId, &context);
        QSignalSpy finished(read, &SecretJob::finished);
        QString stored;
        QObject::connect(read, &SecretJob::finished, &context,
                         [read, &stored] { stored = read->secret(); });
        REQUIRE(waitUntil([&finished] { return !finished.isEmpty(); }, 30'000));
        CHECK(stored == secret);
    }
    secrets.remove(webhookId, &context);
    // The settings file never holds the secret.
    for (Settings *settings : {&fixture.settings, &storeSettings}) {
        settings->sync();
        QFile ini(settings->filePath());
        if (ini.open(QIODevice::ReadOnly))
            CHECK_FALSE(ini.readAll().contains(secret.toUtf8()));
    }
}

TEST_CASE("The local signature check is HMAC-SHA256 over the raw body", "[unit][dashboard]")
{
    const QByteArray body = R"({"action":"ping","data":{"webhookActionType":"ping"}})";
    // Computed independently: printf '%s' BODY | openssl dgst -sha256 -hmac s3cret
    const QByteArray header = SignatureCheck::expectedHeader(body, "s3cret");
    CHECK(header == "sha256=697e03577f4e612e21c3d1492ab01150c9ec4e9c4c0bc9250200f498fc50d33e");
    CHECK(SignatureCheck::matches(body, "s3cret", QString::fromLatin1(header)));
    CHECK_FALSE(SignatureCheck::matches(body + " ", "s3cret", QString::fromLatin1(header)));
    CHECK_FALSE(SignatureCheck::matches(body, "s3cres", QString::fromLatin1(header)));
    CHECK_FALSE(SignatureCheck::matches(body, "s3cret", QString::fromLatin1(header.chopped(1))));
    CHECK_FALSE(SignatureCheck::matches(body, "s3cret", {}));
    CHECK(SignatureCheck::equalConstantTime("abc", "abc"));
    CHECK_FALSE(SignatureCheck::equalConstantTime("abc", "abd"));
    CHECK_FALSE(SignatureCheck::equalConstantTime("abc", "ab"));
}

TEST_CASE("After a failed refresh the table still pages on from the rows it shows",
          "[ui][dashboard][failures]")
{
    // A refresh asks for a newer window; when it fails, the rows, the cursor and the window
    // they belong to stay together, so scrolling on asks the backend for the right next page.
    DashboardFixture fixture(failuresSandbox());
    FailuresPanel *panel = monthOfFailures(fixture);
    FailedDeliveries *model = panel->model();
    REQUIRE(model->hasMore());
    const QJsonObject shownWindow = model->filterJson();
    const QString from = shownWindow.value(u"from"_s).toString();
    // The next refresh's window starts a second later than the one shown.
    REQUIRE(waitUntil([&from] {
        return QDateTime::currentDateTimeUtc().addSecs(-30 * 86400).toString(Qt::ISODate) != from;
    }));
    // Every attempt of the refresh fails (the client tries a read up to four times).
    requireSuccess(fixture.raw.call(u"sandbox.configure"_s,
                                    {{u"failNext"_s, QJsonArray{u"serverError"_s, u"serverError"_s,
                                                                u"serverError"_s, u"serverError"_s}}}));
    model->refresh();
    REQUIRE(waitUntil([model] { return model->status()->state() == LoadState::Failed; }));
    CHECK(model->filterJson() == shownWindow);

    const int shown = model->rowCount();
    model->fetchMore({});
    REQUIRE(waitUntil([model, shown] { return model->rowCount() > shown && settled(model); }));
    QJsonObject query = shownWindow;
    query.insert(u"order"_s, u"newestFirst"_s);
    query.insert(u"limit"_s, FailedDeliveries::pageSize);
    const ApiReply first = requireSuccess(fixture.raw.call(u"webhookDelivery.list"_s, query));
    query.insert(u"cursor"_s, first.envelope().value(u"nextCursor"_s).toString());
    const ApiReply second = requireSuccess(fixture.raw.call(u"webhookDelivery.list"_s, query));
    CHECK(modelIds(model).mid(FailedDeliveries::pageSize) == idsOf(second.resultArray()));
}
