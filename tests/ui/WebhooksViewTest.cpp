// WebhooksView, WebhookDialog and the deliveries pane against a real sandbox and a receiver
// in this process, from the keyboard under the offscreen platform.
#include "tests/support/WebhookReceiver.h"
#include "UiTestSupport.h"

#include "models/admin/WebhookDeliveriesModel.h"
#include "models/admin/WebhookSecrets.h"
#include "models/admin/WebhooksModel.h"
#include "models/secrets/SecretJob.h"
#include "models/secrets/SecretMemory.h"
#include "models/secrets/SecretStore.h"
#include "models/settings/Settings.h"
#include "ui/admin/WebhookDeliveriesPane.h"
#include "ui/admin/WebhookDialog.h"
#include "ui/admin/WebhooksView.h"
#include "ui/common/EmptyState.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/SecretLineEdit.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Test;

namespace {

SandboxProcess &sandbox()
{
    return sharedSandbox(u"webhooks-view"_s);
}

struct HooksFixture
{
    explicit HooksFixture(SandboxProcess &process)
        : clients(process)
        , view(new WebhooksModel(&clients.client), new WebhookDeliveriesModel(&clients.client))
    {
        view.refresh(); // the console calls it once the session is connected
        view.resize(1100, 760);
        view.show();
        reactivate();
        // Ready, and no background read left that a queued fault could hit instead.
        REQUIRE(waitUntil([this] {
            return view.model()->status()->state() == LoadState::Ready && view.model()->hasDeliveries();
        }));
    }

    void reactivate()
    {
        view.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&view));
        view.table()->setFocus();
    }

    WebhookDialog *openDialog(Qt::Key key, Qt::KeyboardModifiers modifiers)
    {
        press(key, modifiers);
        REQUIRE(waitUntil([this] { return view.findChild<WebhookDialog *>() != nullptr; }, 2'000));
        auto *dialog = view.findChild<WebhookDialog *>();
        REQUIRE(QTest::qWaitForWindowActive(dialog));
        return dialog;
    }

    SandboxClients clients;
    WebhooksView view;
};

} // namespace

TEST_CASE("The empty page says what webhooks are for", "[ui][webhooks]")
{
    SandboxProcess fresh; // no webhooks yet, whatever other test cases made
    HooksFixture fixture(fresh);
    REQUIRE(fixture.view.model()->rowCount() == 0);
    CHECK(fixture.view.findChild<EmptyState *>(u"webhooksEmpty"_s)->isVisible());
    CHECK(fixture.view.findChild<EmptyState *>(u"deliveriesEmpty"_s)->text().contains(u"Select"_s));
    saveScreenshot(&fixture.view, u"webhooks-empty.png"_s);
}

TEST_CASE("A webhook is created from the keyboard and a test ping shows its attempt",
          "[ui][webhooks]")
{
    HooksFixture fixture(sandbox());
    WebhookReceiver receiver;
    WebhookDialog *dialog = fixture.openDialog(Qt::Key_N, Qt::ControlModifier);
    QPointer<WebhookDialog> guard(dialog);
    auto *typeBox = dialog->findChild<QComboBox *>(u"type"_s);
    auto *url = dialog->findChild<QLineEdit *>(u"url"_s);
    auto *problem = dialog->findChild<QLabel *>(u"urlProblem"_s);
    REQUIRE(waitUntil([&] { return typeBox->hasFocus(); }, 2'000));
    CHECK(typeBox->count() == 22);
    const int offerCreate = typeBox->findData(u"offerCreate"_s);
    REQUIRE(offerCreate >= 0);
    while (typeBox->currentIndex() < offerCreate)
        press(Qt::Key_Down);
    press(Qt::Key_Tab);
    REQUIRE(url->hasFocus());

    // Plain http to another computer is refused before anything is sent; the input stays.
    type(u"http://partner.example.com/hook"_s);
    press(Qt::Key_Tab);
    type(u"not yet"_s);
    press(Qt::Key_Return);
    REQUIRE(problem->isVisible());
    CHECK(problem->text().contains(u"https"_s));
    CHECK(url->hasFocus());
    CHECK(url->text() == u"http://partner.example.com/hook"_s);
    saveScreenshot(dialog, u"webhook-dialog-url-problem.png"_s);

    url->selectAll();
    type(receiver.url());
    press(Qt::Key_Tab);
    auto *secret = dialog->findChild<SecretLineEdit *>(u"secret"_s);
    REQUIRE(secret->lineEdit()->hasFocus());
    secret->lineEdit()->selectAll();
    type(u"ui-test-secret"_s);
    press(Qt::Key_Return);
    REQUIRE(waitUntil([&] { return guard.isNull(); }));
    fixture.reactivate();

    // The new webhook is selected; its create ping shows in the lower pane.
    REQUIRE(waitUntil([&] { return receiver.requests.size() == 1; }));
    const QString id = requireSuccess(fixture.clients.raw.call(u"webhook.list"_s))
                           .resultArray().last().toObject().value(u"id"_s).toString();
    const int row = fixture.view.model()->rowOf(id);
    REQUIRE(row >= 0);
    CHECK(fixture.view.table()->selectionModel()->isRowSelected(row, {}));
    WebhookDeliveriesPane *pane = fixture.view.deliveries();
    CHECK(pane->model()->webhookId() == id);

    // Ctrl+T sends a test ping; the attempt appears with its status code.
    press(Qt::Key_T, Qt::ControlModifier);
    REQUIRE(waitUntil([&] { return pane->statusText().startsWith(u"Test ping answered"_s); }));
    CHECK(pane->statusText().contains(u"HTTP 200"_s));
    CHECK(receiver.requests.last().json().value(u"action"_s) == u"ping"_s);
    REQUIRE(waitUntil([&] { return pane->model()->rowCount() >= 1; }));
    CHECK(pane->model()->index(0, WebhookDeliveriesModel::StatusColumn).data().toString()
          == u"200"_s);
    CHECK(fixture.view.model()->index(row, WebhooksModel::LastDeliveryColumn).data().toString()
              .startsWith(u"OK (HTTP 200)"_s));

    // A failing receiver: the pane says what to check.
    receiver.answerAll(500);
    press(Qt::Key_T, Qt::ControlModifier);
    REQUIRE(waitUntil([&] { return pane->statusText().startsWith(u"Test ping failed"_s); }));
    CHECK(pane->statusText().contains(u"500"_s));
    saveScreenshot(&fixture.view, u"webhooks-view.png"_s);

    // Ctrl+R in the attempts table sends the selected attempt again.
    receiver.answerAll(200);
    const qsizetype received = receiver.requests.size();
    pane->table()->setFocus();
    pane->table()->selectRow(0);
    press(Qt::Key_R, Qt::ControlModifier);
    REQUIRE(waitUntil([&] { return pane->statusText().startsWith(u"Sent again"_s); }));
    REQUIRE(waitUntil([&] { return receiver.requests.size() == received + 1; }));
    fixture.view.table()->setFocus();

    // Delete asks first.
    press(Qt::Key_Delete);
    auto *box = waitForDialog<QMessageBox>(fixture.view, u"deleteConfirmation"_s);
    CHECK(box->text().contains(receiver.url()));
    press(Qt::Key_D, Qt::AltModifier);
    REQUIRE(waitUntil([&] { return fixture.view.model()->rowOf(id) < 0; }));
}

TEST_CASE("A webhook whose check failed says why, Edit fixes it, and Enable turns it back on",
          "[ui][webhooks]")
{
    HooksFixture fixture(sandbox());
    WebhookReceiver broken;
    broken.answerAll(500);
    WebhookReceiver fixed;
    QSignalSpy saved(fixture.view.model(), &WebhooksModel::saved);
    fixture.view.model()->create(u"candidateHire"_s, broken.url(), u"s"_s);
    REQUIRE(waitUntil([&] { return saved.count() == 1; }));
    const QString id = saved.first().at(1).toString();
    fixture.reactivate();
    fixture.view.table()->selectRow(fixture.view.model()->rowOf(id));
    auto *state = fixture.view.findChild<MessageBanner *>(u"webhookState"_s);
    // The create ping fails and disables it; the page looks again by itself.
    REQUIRE(waitUntil([&] { return state->isVisible(); }));
    CHECK(state->text().startsWith(u"Disabled after a failed check"_s));
    CHECK(fixture.view.model()->index(fixture.view.model()->rowOf(id), WebhooksModel::EnabledColumn)
              .data(Qt::ToolTipRole).toString().contains(u"HTTP 500"_s));
    CHECK(fixture.view.model()->index(fixture.view.model()->rowOf(id), WebhooksModel::EnabledColumn)
              .data().toString() == u"Disabled"_s);
    saveScreenshot(&fixture.view, u"webhooks-disabled.png"_s);

    // Ctrl+E: the event cannot change; the URL can.
    WebhookDialog *dialog = fixture.openDialog(Qt::Key_E, Qt::ControlModifier);
    QPointer<WebhookDialog> guard(dialog);
    CHECK_FALSE(dialog->findChild<QComboBox *>(u"type"_s)->isEnabled());
    auto *url = dialog->findChild<QLineEdit *>(u"url"_s);
    REQUIRE(waitUntil([&] { return url->hasFocus(); }, 2'000));
    CHECK(url->text() == broken.url());
    url->selectAll();
    type(fixed.url());
    press(Qt::Key_Return);
    REQUIRE(waitUntil([&] { return guard.isNull(); }));
    fixture.reactivate();
    fixture.view.table()->selectRow(fixture.view.model()->rowOf(id));
    CHECK(fixture.view.model()->index(fixture.view.model()->rowOf(id), WebhooksModel::UrlColumn)
              .data().toString() == fixed.url());

    // Ctrl+Shift+E enables it again, which pings the fixed receiver.
    press(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(waitUntil([&] { return !state->isVisible(); }));
    REQUIRE(waitUntil([&] { return fixed.pings() == 1; }));
    CHECK(fixture.view.model()->index(fixture.view.model()->rowOf(id), WebhooksModel::EnabledColumn)
              .data().toString() == u"Enabled"_s);
}

TEST_CASE("A backend error keeps the webhook dialog's input", "[ui][webhooks]")
{
    HooksFixture fixture(sandbox());
    WebhookReceiver receiver;
    WebhookDialog *dialog = fixture.openDialog(Qt::Key_N, Qt::ControlModifier);
    QPointer<WebhookDialog> guard(dialog);
    auto *url = dialog->findChild<QLineEdit *>(u"url"_s);
    auto *secret = dialog->findChild<SecretLineEdit *>(u"secret"_s);
    url->setText(receiver.url());
    secret->setText(u"kept-secret"_s);
    requireSuccess(fixture.clients.raw.call(u"sandbox.configure"_s,
                                            {{u"failNext"_s, QJsonArray{u"serverError"_s}}}));
    url->setFocus();
    press(Qt::Key_Return);
    QPointer<MessageBanner> banner = dialog->findChild<MessageBanner *>();
    REQUIRE(waitUntil([&] { return !banner || !banner->text().isEmpty(); }));
    REQUIRE_FALSE(banner.isNull()); // the dialog stayed open
    CHECK(banner->isVisible());
    CHECK_FALSE(guard.isNull());
    CHECK(url->text() == receiver.url());
    CHECK(secret->text() == u"kept-secret"_s);
    CHECK(dialog->findChild<QPushButton *>(u"save"_s)->isEnabled());
    saveScreenshot(dialog, u"webhook-dialog-error.png"_s);
    press(Qt::Key_Escape);
    REQUIRE(waitUntil([&] { return guard.isNull(); }, 2'000));
    CHECK(receiver.requests.isEmpty());
}

TEST_CASE("WebhooksModel keeps its own copy of a secret token: the dialog's wipe does not reach "
          "what goes to the keychain", "[ui][webhooks][secrets]")
{
    QTemporaryDir storeDir;
    Settings storeSettings(storeDir.filePath(u"secrets.ini"_s));
    SecretStore store(&storeSettings);
    WebhookSecrets secrets(&store, QUuid::createUuid().toString(QUuid::WithoutBraces));
    SandboxClients clients(sandbox());
    WebhooksModel model(&clients.client);
    model.setSecrets(&secrets);
    WebhookReceiver receiver;
    QSignalSpy kept(&model, &WebhooksModel::secretKept);

    // A token in a buffer of its own, as typed into the dialog; the dialog wipes it as it closes,
    // before the backend answered.
    QString token = u"whsec-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    const QString expected = SecretMemory::ownCopy(token);
    model.create(u"candidateStageChange"_s, receiver.url(), token);
    SecretMemory::wipe(token);

    REQUIRE(waitUntil([&kept] { return !kept.isEmpty(); }, 30'000));
    REQUIRE(kept.constFirst().at(1).toBool());
    QObject context;
    SecretJob *read = secrets.read(kept.constFirst().at(0).toString(), &context);
    bool done = false; // the job deletes itself once finished: take what it read in its signal
    bool ok = false;
    QString secret;
    QObject::connect(read, &SecretJob::finished, &context, [&] {
        ok = read->isOk();
        secret = read->secret();
        done = true;
    });
    REQUIRE(waitUntil([&done] { return done; }, 30'000));
    REQUIRE(ok);
    CHECK(secret == expected);
}
