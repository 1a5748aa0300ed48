// ApiKeysView and CreateApiKeyDialog against a real sandbox, from the keyboard under the
// offscreen platform: the shown-once secret and its clipboard, revoke confirmation, errors.
#include "tests/support/RequestLog.h"
#include "UiTestSupport.h"

#include "models/admin/ApiKeysModel.h"
#include "ui/admin/ApiKeysView.h"
#include "ui/admin/CreateApiKeyDialog.h"
#include "ui/admin/ScopePicker.h"
#include "ui/common/EmptyState.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/SecretLineEdit.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Test;

namespace {

SandboxProcess &sandbox()
{
    return sharedSandbox(u"api-keys-view"_s);
}

struct KeysFixture
{
    explicit KeysFixture(SandboxProcess &process)
        : clients(process)
        , view(new ApiKeysModel(&clients.client))
    {
        view.refresh(); // the console calls it once the session is connected
        view.resize(1100, 700);
        view.show();
        view.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&view));
        REQUIRE(waitUntil([this] { return view.model()->status()->state() == LoadState::Ready; }));
        view.table()->setFocus();
    }

    void reactivate()
    {
        view.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&view));
        view.table()->setFocus();
    }

    CreateApiKeyDialog *openDialog()
    {
        press(Qt::Key_N, Qt::ControlModifier);
        REQUIRE(waitUntil([this] { return view.findChild<CreateApiKeyDialog *>() != nullptr; },
                          2'000));
        auto *dialog = view.findChild<CreateApiKeyDialog *>();
        REQUIRE(QTest::qWaitForWindowActive(dialog));
        REQUIRE(waitUntil([dialog] {
            return dialog->findChild<QLineEdit *>(u"title"_s)->hasFocus();
        }, 2'000));
        return dialog;
    }

    SandboxClients clients;
    ApiKeysView view;
};

} // namespace

TEST_CASE("A key is created from the keyboard and its secret is shown once with Copy",
          "[ui][apikeys]")
{
    KeysFixture fixture(sandbox());
    const int before = fixture.view.model()->rowCount();
    REQUIRE(before >= 1);
    saveScreenshot(&fixture.view, u"api-keys-view.png"_s);
    CreateApiKeyDialog *dialog = fixture.openDialog();
    QSignalSpy handedOut(dialog, &CreateApiKeyDialog::keyCreated);
    QPointer<CreateApiKeyDialog> guard(dialog);
    dialog->setClipboardClearDelay(std::chrono::milliseconds(400));
    auto *title = dialog->findChild<QLineEdit *>(u"title"_s);
    auto *partner = dialog->findChild<QComboBox *>(u"partner"_s);
    auto *preset = dialog->findChild<ScopePicker *>()->presetBox();

    // Choosing a partner fills the title; the preset defaults to Read all.
    press(Qt::Key_Tab, Qt::ShiftModifier);
    REQUIRE(partner->hasFocus());
    press(Qt::Key_Down);
    CHECK(partner->currentText() == u"Juro"_s);
    CHECK(title->text() == u"Juro"_s);
    press(Qt::Key_Tab);
    REQUIRE(title->hasFocus());
    title->selectAll();
    type(u"Juro contracts"_s);
    press(Qt::Key_Tab);
    REQUIRE(preset->hasFocus());
    CHECK(preset->currentText() == u"Read all"_s);
    CHECK(dialog->findChild<QCheckBox *>(u"candidatesRead"_s)->isChecked());
    CHECK_FALSE(dialog->findChild<QCheckBox *>(u"candidatesWrite"_s)->isChecked());
    // Changing a box by hand makes it Custom (the first box is "Jobs: read").
    press(Qt::Key_Tab);
    REQUIRE(dialog->findChild<QCheckBox *>(u"jobsRead"_s)->hasFocus());
    press(Qt::Key_Space);
    CHECK(preset->currentText() == u"Custom"_s);
    saveScreenshot(dialog, u"create-api-key-dialog.png"_s);

    press(Qt::Key_Return);
    REQUIRE(waitUntil([&] { return dialog->isShowingSecret(); }));
    REQUIRE(handedOut.count() == 1);
    const QString secret = handedOut.first().at(2).toString();
    REQUIRE(secret.startsWith(u"tsk_"_s));
    auto *field = dialog->findChild<SecretLineEdit *>(u"newKeySecret"_s);
    CHECK(field->text() == secret);
    CHECK(field->lineEdit()->echoMode() == QLineEdit::Password);
    CHECK(field->lineEdit()->isReadOnly());
    saveScreenshot(dialog, u"create-api-key-secret.png"_s);

    // Copy from the keyboard; the clipboard clears itself while it still holds the secret.
    auto *copy = dialog->findChild<QPushButton *>(u"copyNewKey"_s);
    REQUIRE(waitUntil([&] { return copy->hasFocus(); }, 2'000));
    press(Qt::Key_Space);
    QClipboard *clipboard = QGuiApplication::clipboard();
    CHECK(clipboard->text() == secret);
    CHECK(dialog->findChild<QLabel *>(u"copiedNote"_s)->text().startsWith(u"Copied"_s));
    REQUIRE(waitUntil([&] { return clipboard->text().isEmpty(); }, 3'000));
    // ...but never clears what the user copied since.
    press(Qt::Key_Space);
    clipboard->setText(u"something else"_s);
    QTest::qWait(600);
    CHECK(clipboard->text() == u"something else"_s);

    // The new key works, with the chosen scopes, and the table shows it.
    TestClient withKey(fixture.clients.raw.baseUrl(), secret);
    const QJsonObject info = requireSuccess(withKey.call(u"apiKey.info"_s)).resultObject();
    CHECK(info.value(u"title"_s) == u"Juro contracts"_s);
    CHECK(info.value(u"integrationPartner"_s) == u"Juro"_s);
    CHECK_FALSE(info.value(u"scopes"_s).toArray().contains(u"jobsRead"_s));
    CHECK(info.value(u"scopes"_s).toArray().contains(u"candidatesRead"_s));
    CHECK(fixture.view.model()->rowCount() == before + 1);

    // Done wipes the secret in memory: every copy still sharing the field's text reads zeros.
    const QString held = field->text();
    REQUIRE(held == secret);
    press(Qt::Key_D, Qt::AltModifier); // Done (Return would press the focused Copy again)
    REQUIRE(waitUntil([&] { return guard.isNull(); }, 2'000));
    CHECK(held.size() == secret.size());
    CHECK(std::all_of(held.cbegin(), held.cend(), [](QChar c) { return c.isNull(); }));
    fixture.reactivate();
    const int row = fixture.view.model()->rowOf(info.value(u"id"_s).toString());
    REQUIRE(row >= 0);
    CHECK(fixture.view.table()->selectionModel()->isRowSelected(row, {}));
    CHECK(fixture.view.findChild<QLabel *>(u"apiKeyDetails"_s)->text().contains(u"Offers: read"_s));
}

TEST_CASE("Revoke asks for confirmation and names the consequence", "[ui][apikeys]")
{
    KeysFixture fixture(sandbox());
    const QJsonObject created =
        requireSuccess(fixture.clients.raw.call(u"apiKey.create"_s,
                                                {{u"title"_s, u"To revoke"_s},
                                                 {u"scopes"_s, QJsonArray{u"jobsRead"_s}}}))
            .resultObject();
    press(Qt::Key_F5);
    const QString id = created.value(u"id"_s).toString();
    REQUIRE(waitUntil([&] { return fixture.view.model()->rowOf(id) >= 0; }));
    fixture.view.table()->selectRow(fixture.view.model()->rowOf(id));

    // Delete asks; Escape keeps the key.
    press(Qt::Key_Delete);
    QPointer<QMessageBox> box = waitForDialog<QMessageBox>(fixture.view, u"revokeConfirmation"_s);
    CHECK(box->text().contains(u"To revoke"_s));
    CHECK(box->informativeText().contains(u"No integration uses this key"_s));
    saveScreenshot(box, u"revoke-confirmation.png"_s);
    const RequestLog requests(&fixture.clients.client);
    press(Qt::Key_Escape);
    REQUIRE(waitUntil([&] { return box.isNull(); }, 2'000));
    CHECK(requests.sent(u"apiKey.revoke"_s) == 0);
    CHECK(fixture.view.model()->rowOf(id) >= 0);
    const ApiReply keys = fixture.clients.raw.call(u"apiKey.list"_s, {});
    REQUIRE(keys.isSuccess());
    bool revoked = true;
    for (const QJsonValue key : keys.resultArray())
        if (key[u"id"_s].toString() == id)
            revoked = key[u"isRevoked"_s].toBool();
    CHECK_FALSE(revoked); // the backend still has it live

    // Revoking the console's own key says what that means for the console.
    fixture.reactivate();
    REQUIRE(waitUntil([&] { return !fixture.view.model()->ownKeyId().isEmpty(); }));
    fixture.view.table()->selectRow(fixture.view.model()->rowOf(fixture.view.model()->ownKeyId()));
    press(Qt::Key_Delete);
    box = waitForDialog<QMessageBox>(fixture.view, u"revokeConfirmation"_s);
    CHECK(box->informativeText().startsWith(u"Tessera itself uses this key"_s));
    press(Qt::Key_Escape);
    REQUIRE(waitUntil([&] { return box.isNull(); }, 2'000));

    fixture.reactivate();
    fixture.view.table()->selectRow(fixture.view.model()->rowOf(id));
    press(Qt::Key_Delete);
    box = waitForDialog<QMessageBox>(fixture.view, u"revokeConfirmation"_s);
    press(Qt::Key_R, Qt::AltModifier);
    REQUIRE(waitUntil([&] { return fixture.view.model()->rowOf(id) < 0; }));
    CHECK(requireSuccess(fixture.clients.raw.call(u"apiKey.list"_s,
                                                  {{u"includeRevoked"_s, false}}))
              .resultArray().size() == fixture.view.model()->rowCount());
}

TEST_CASE("A refused create shows why and keeps the input", "[ui][apikeys]")
{
    KeysFixture fixture(sandbox());
    CreateApiKeyDialog *dialog = fixture.openDialog();
    QPointer<CreateApiKeyDialog> guard(dialog);
    type(u"Nightly export"_s);
    requireSuccess(fixture.clients.raw.call(u"sandbox.configure"_s,
                                            {{u"failNext"_s, QJsonArray{u"serverError"_s}}}));
    press(Qt::Key_Return);
    auto *banner = dialog->findChild<MessageBanner *>(u"createKeyBanner"_s);
    REQUIRE(waitUntil([&] { return !banner->text().isEmpty(); }));
    CHECK_FALSE(dialog->isShowingSecret());
    CHECK(banner->isVisible());
    CHECK(dialog->findChild<QLineEdit *>(u"title"_s)->text() == u"Nightly export"_s);
    CHECK(dialog->findChild<QPushButton *>(u"create"_s)->isEnabled());
    saveScreenshot(dialog, u"create-api-key-error.png"_s);

    // The same input goes through the second time.
    REQUIRE(waitUntil([&] { return dialog->findChild<QLineEdit *>(u"title"_s)->hasFocus(); }));
    press(Qt::Key_Return);
    REQUIRE(waitUntil([&] { return dialog->isShowingSecret(); }));
    press(Qt::Key_Escape);
    REQUIRE(waitUntil([&] { return guard.isNull(); }, 2'000));
}

TEST_CASE("The page says when the keys cannot be loaded and offers Retry", "[ui][apikeys]")
{
    SandboxClients clients(sandbox());
    // Every attempt of apiKey.list and of apiKey.info (the console's own key) fails.
    QJsonArray faults;
    for (int attempt = 0; attempt < 2 * clients.client.options().maxReadAttempts; ++attempt)
        faults.append(u"serverError"_s);
    requireSuccess(clients.raw.call(u"sandbox.configure"_s, {{u"failNext"_s, faults}}));
    ApiKeysView view(new ApiKeysModel(&clients.client));
    view.refresh();
    view.resize(1100, 600);
    view.show();
    REQUIRE(waitUntil([&] { return view.model()->status()->state() == LoadState::Failed; }));
    auto *banner = view.findChild<MessageBanner *>();
    CHECK(banner->isVisible());
    CHECK_FALSE(banner->text().isEmpty());
    CHECK(view.findChild<EmptyState *>(u"apiKeysEmpty"_s)->isVisible());
    saveScreenshot(&view, u"api-keys-error.png"_s);
    press(Qt::Key_F5);
    REQUIRE(waitUntil([&] { return view.model()->status()->state() == LoadState::Ready; }));
    CHECK_FALSE(banner->isVisible());
    CHECK(view.table()->isVisible());
}
