// The marketplace against a real sandbox under the offscreen platform: tiles, search, category
// chips, the side panel from the keyboard, plan gating, "Needs attention", load errors.
#include "MarketplaceTestSupport.h"

#include "models/core/LoadStatus.h"
#include "models/integrations/IntegrationFilterModel.h"
#include "models/integrations/IntegrationService.h"
#include "models/integrations/IntegrationsModel.h"
#include "models/reference/ReferenceData.h"
#include "models/secrets/SecretMemory.h"
#include "ui/common/EmptyState.h"
#include "ui/common/LoadingState.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/SecretClipboard.h"
#include "ui/common/StateStack.h"
#include "ui/marketplace/IntegrationPanel.h"
#include "ui/marketplace/MarketplaceView.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QMessageBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QToolButton>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Test;


TEST_CASE("the marketplace shows every integration and filters by search and category",
          "[ui][marketplace]")
{
    MarketplaceFixture fixture(sharedSandbox(u"marketplace"_s, SandboxProcess::defaultArguments(20)));
    REQUIRE(fixture.model.status()->state() == LoadState::Ready);
    CHECK(fixture.shownIds()
          == QStringList{u"juro"_s, u"willo"_s, u"humaans"_s, u"sora"_s, u"justifacts"_s});
    CHECK(fixture.model.index(0).data(Qt::AccessibleTextRole).toString().contains(u"Juro"_s));

    auto *search = fixture.view.findChild<QLineEdit *>(u"marketplaceSearch"_s);
    REQUIRE(search != nullptr);
    QTest::keyClick(&fixture.view, Qt::Key_F, Qt::ControlModifier);
    CHECK(search->hasFocus());
    type(u"video"_s);
    CHECK(fixture.shownIds() == QStringList{u"willo"_s});
    type(u"zzz"_s);
    CHECK(fixture.shownIds().isEmpty());
    auto *empty = fixture.view.findChild<EmptyState *>(u"marketplaceEmptyState"_s);
    REQUIRE(empty != nullptr);
    CHECK(empty->isVisible());
    CHECK(empty->text() == u"No integration matches “videozzz”."_s);
    // Its one action clears the search.
    auto *clear = empty->findChild<QPushButton *>();
    REQUIRE(clear != nullptr);
    CHECK(clear->text() == u"Clear search"_s);
    clear->click();
    CHECK(search->text().isEmpty());
    CHECK(fixture.shownIds().size() == 5);
    CHECK(fixture.view.states()->currentWidget() == fixture.tiles());

    QToolButton *hris = chip(fixture.view, u"HRIS"_s);
    REQUIRE(hris != nullptr);
    hris->click();
    CHECK(fixture.shownIds() == QStringList{u"humaans"_s});
    chip(fixture.view, u"All"_s)->click();
    CHECK(fixture.shownIds().size() == 5);

    // Keyboard: Enter in the search moves into the grid; Enter on a tile opens its panel.
    search->setFocus();
    type(u"sora"_s);
    press(Qt::Key_Return);
    CHECK(fixture.tiles()->hasFocus());
    press(Qt::Key_Return);
    IntegrationPanel *panel = fixture.view.panel();
    REQUIRE(panel->isVisible());
    CHECK(panel->integrationId() == u"sora"_s);
    CHECK(panel->isAncestorOf(QApplication::focusWidget())); // the keyboard follows
    auto *enable = panel->findChild<QPushButton *>(u"enableButton"_s);
    CHECK(enable->isEnabled());
    CHECK_FALSE(panel->findChild<QPushButton *>(u"disableButton"_s)->isVisible());
    saveScreenshot(&fixture.view, u"marketplace-panel.png"_s);
    press(Qt::Key_Escape);
    REQUIRE(waitUntil([panel] { return !panel->isVisible(); }));
    CHECK(fixture.tiles()->hasFocus());
    CHECK(fixture.tiles()->currentIndex().data(IntegrationsModel::IdRole).toString()
          == u"sora"_s);
}

TEST_CASE("a tile not in the plan says which plans include it", "[ui][marketplace]")
{
    MarketplaceFixture fixture(sharedSandbox(u"marketplace-foundations"_s,
                                             {u"--seed"_s, u"demo"_s, u"--candidates"_s, u"20"_s,
                                              u"--plan"_s, u"Foundations"_s}),
                               u"Foundations"_s);
    REQUIRE(fixture.model.status()->state() == LoadState::Ready);
    const Integration *juro = fixture.model.find(u"juro"_s);
    REQUIRE(juro != nullptr);
    CHECK(juro->state == Integration::State::NotInPlan);
    fixture.view.openPanel(u"juro"_s);
    IntegrationPanel *panel = fixture.view.panel();
    CHECK_FALSE(panel->findChild<QPushButton *>(u"enableButton"_s)->isEnabled());
    CHECK(panel->banner()->text().contains(u"Legacy Plus"_s));
    CHECK(fixture.model.find(u"willo"_s)->state == Integration::State::Available);
}

TEST_CASE("an enabled integration whose key was revoked needs attention", "[ui][marketplace]")
{
    SandboxProcess &process = sharedSandbox(u"marketplace-attention"_s,
                                            SandboxProcess::defaultArguments(20));
    TestClient admin(process.baseUrl(), process.adminKey());
    REQUIRE(admin.call(u"integration.enable"_s, {{u"integrationId"_s, u"willo"_s}}).isSuccess());
    const ApiReply created = admin.call(
        u"apiKey.create"_s, {{u"integrationPartner"_s, u"Willo"_s},
                             {u"scopes"_s, QJsonArray{u"candidatesRead"_s}}});
    REQUIRE(created.isSuccess());
    REQUIRE(admin.call(u"apiKey.revoke"_s,
                       {{u"apiKeyId"_s, created.resultObject().value(u"id"_s).toString()}})
                .isSuccess());

    MarketplaceFixture fixture(process);
    const Integration *willo = fixture.model.find(u"willo"_s);
    REQUIRE(willo != nullptr);
    CHECK(willo->state == Integration::State::NeedsAttention);
    CHECK_FALSE(willo->stateReason.isEmpty());
    fixture.view.openPanel(u"willo"_s);
    IntegrationPanel *panel = fixture.view.panel();
    auto *fix = panel->findChild<QPushButton *>(u"fixButton"_s);
    CHECK(fix->isVisibleTo(panel));
    CHECK(panel->firstFocus() == fix);
    CHECK_FALSE(panel->findChild<QPushButton *>(u"enableButton"_s)->isVisibleTo(panel));
    CHECK(panel->findChild<QLabel *>(u"attentionReason"_s)->text() == willo->stateReason);
    CHECK(panel->findChild<QPushButton *>(u"disableButton"_s)->isVisible());
}

TEST_CASE("a marketplace that cannot load says so and offers Retry", "[ui][marketplace]")
{
    SandboxProcess &process = sharedSandbox(u"marketplace"_s, SandboxProcess::defaultArguments(20));
    SandboxClients clients(process);
    clients.client.setBaseUrl(QUrl(u"http://127.0.0.1:9"_s)); // nothing listens there
    ApiClientOptions options = clients.client.options();
    options.maxReadAttempts = 1;
    clients.client.setOptions(options);
    ReferenceData reference(&clients.client);
    IntegrationsModel model(reference.integrations(), &clients.client);
    MarketplaceView view(&model, {});
    view.show();
    CHECK(view.states()->currentWidget() == view.states()->loading());
    model.load();
    REQUIRE(waitUntil([&model] { return model.status()->state() == LoadState::Failed; }));
    auto *banner = view.findChild<MessageBanner *>();
    REQUIRE(banner != nullptr);
    CHECK_FALSE(banner->text().isEmpty());
    CHECK(view.states()->currentWidget() == view.states()->empty());
    CHECK(view.states()->empty()->text() == u"The integrations could not be loaded."_s);
    clients.client.setBaseUrl(process.baseUrl());
    Q_EMIT banner->retryRequested();
    REQUIRE(waitUntil([&model] { return model.status()->state() == LoadState::Ready; }));
    CHECK(model.rowCount() == 5);
    CHECK(banner->text().isEmpty());
}

TEST_CASE("Disable asks first, then disables, Test connection shows every check",
          "[ui][marketplace]")
{
    SandboxProcess &process = sharedSandbox(u"marketplace-disable"_s,
                                            SandboxProcess::defaultArguments(20));
    TestClient admin(process.baseUrl(), process.adminKey());
    REQUIRE(admin.call(u"integration.enable"_s, {{u"integrationId"_s, u"humaans"_s}}).isSuccess());
    MarketplaceFixture fixture(process);
    fixture.view.openPanel(u"humaans"_s);
    IntegrationPanel *panel = fixture.view.panel();

    panel->findChild<QPushButton *>(u"testButton"_s)->click();
    auto *result = panel->findChild<QLabel *>(u"testResult"_s);
    REQUIRE(waitUntil([result] { return result->text().contains(u"✗"_s); }));
    CHECK(result->text().contains(u"problem"_s)); // nothing is connected on the Humaans side

    panel->findChild<QPushButton *>(u"disableButton"_s)->click();
    QMessageBox *question = nullptr;
    REQUIRE(waitUntil([&] {
        question = fixture.view.findChild<QMessageBox *>(u"disableQuestion"_s);
        return question && question->isVisible();
    }));
    CHECK(fixture.model.find(u"humaans"_s)->isEnabled()); // nothing happens before the answer
    const auto buttons = question->buttons();
    for (QAbstractButton *button : buttons)
        if (button->text().contains(u"Disable"_s))
            button->click();
    REQUIRE(waitUntil([&fixture] {
        return fixture.model.find(u"humaans"_s)->state == Integration::State::Available;
    }));
    CHECK(panel->findChild<QPushButton *>(u"enableButton"_s)->text().contains(u"Enable"_s));
}

TEST_CASE("a copied secret leaves the clipboard after the delay, unless replaced",
          "[ui][marketplace]")
{
    SecretClipboard::copy(u"s3cret-value"_s, std::chrono::milliseconds(50));
    CHECK(QGuiApplication::clipboard()->text() == u"s3cret-value"_s);
    REQUIRE(waitUntil([] { return QGuiApplication::clipboard()->text().isEmpty(); }, 2'000));

    SecretClipboard::copy(u"s3cret-value"_s, std::chrono::milliseconds(50));
    QGuiApplication::clipboard()->setText(u"something the user copied"_s);
    QTest::qWait(150);
    CHECK(QGuiApplication::clipboard()->text() == u"something the user copied"_s);
}

TEST_CASE("the clipboard keeps a copy of its own, which clearing overwrites", "[ui][marketplace]")
{
    QString field = u"s3cret-"_s + QString::number(42); // on the heap, like a field's text
    SecretClipboard::copy(field);
    SecretMemory::wipe(field); // the field it came from is gone...
    const QString held = QGuiApplication::clipboard()->text();
    CHECK(held == u"s3cret-42"_s); // ...and it can still be pasted
    SecretClipboard::clearNow();
    CHECK(QGuiApplication::clipboard()->text().isEmpty());
    CHECK(held.size() == 9);
    CHECK(std::all_of(held.cbegin(), held.cend(), [](QChar c) { return c.isNull(); }));
    // Only its own copy: what the user copied since stays.
    SecretClipboard::copy(u"s3cret-value"_s);
    QGuiApplication::clipboard()->setText(u"something the user copied"_s);
    SecretClipboard::clearNow();
    CHECK(QGuiApplication::clipboard()->text() == u"something the user copied"_s);
}
