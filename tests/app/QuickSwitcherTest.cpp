// Ctrl+K on the real console and sandbox: type, see the best match first, Enter goes there.
#include "tests/support/CatchQt.h"
#include "tests/support/ConsoleOnSandbox.h"

#include "models/admin/ApiKeysModel.h"
#include "models/admin/WebhooksModel.h"
#include "models/candidates/CandidatesModel.h"
#include "models/candidates/CandidateSummary.h"
#include "models/search/QuickSearch.h"
#include "ui/admin/ApiKeysView.h"
#include "ui/admin/WebhooksView.h"
#include "ui/candidates/CandidatesView.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/QuickSwitcher.h"

#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Test;

TEST_CASE("quick search ranks exact, then prefix, then word start, then inside a word",
          "[app][quick]")
{
    CHECK(QuickSearch::score(u"Settings", u"settings") == 100);
    CHECK(QuickSearch::score(u"Settings", u"SET") == 80);
    CHECK(QuickSearch::score(u"Ada Lovelace", u"love") == 60);
    CHECK(QuickSearch::score(u"Field mappings", u"mapp") == 60);
    CHECK(QuickSearch::score(u"Webhooks", u"hook") == 40);
    CHECK(QuickSearch::score(u"Webhooks", u"candidates") == 0);
    CHECK(QuickSearch::score(u"Webhooks", u"") == 0);
}

TEST_CASE("Ctrl+K finds a view and a candidate by what is typed, and Enter goes there",
          "[app][quick]")
{
    ConsoleOnSandbox app;
    REQUIRE(app.startAndSync());
    MainWindow *window = app.window();
    REQUIRE(QTest::qWaitForWindowExposed(window));

    // A view, by the start of its name.
    QTest::keyClick(window, Qt::Key_K, Qt::ControlModifier);
    auto *switcher = window->findChild<QuickSwitcher *>(u"quickSwitcher"_s);
    REQUIRE(switcher);
    REQUIRE(switcher->isVisible());
    auto *query = switcher->findChild<QLineEdit *>(u"quickQuery"_s);
    QTest::keyClicks(query, u"sett"_s);
    REQUIRE_FALSE(switcher->results().isEmpty());
    CHECK(switcher->results().first().kind == QuickTarget::Kind::View);
    CHECK(switcher->results().first().id == u"settings"_s);
    QTest::keyClick(query, Qt::Key_Return);
    CHECK(window->currentView() == MainWindow::View::Settings);
    REQUIRE(waitUntil([window] { return !window->findChild<QuickSwitcher *>(); }));

    // A candidate from the middle of the list, by their full name: first among 2,000.
    const CandidatesModel *list = app.context()->candidates()->model();
    REQUIRE(list->rowCount() > 100);
    const CandidateSummary wanted = list->at(list->rowCount() / 2);
    switcher = window->openQuickSwitcher();
    REQUIRE(switcher);
    query = switcher->findChild<QLineEdit *>(u"quickQuery"_s);
    QTest::keyClicks(query, wanted.name);
    REQUIRE_FALSE(switcher->results().isEmpty());
    const QuickTarget first = switcher->results().first();
    CHECK(first.kind == QuickTarget::Kind::Candidate);
    CHECK(first.title == wanted.name);
    CHECK(first.score == 100);
    QTest::keyClick(query, Qt::Key_Return);
    CHECK(window->currentView() == MainWindow::View::Candidates);
    auto *candidates = qobject_cast<CandidatesView *>(
        window->viewWidget(MainWindow::View::Candidates));
    REQUIRE(candidates);
    CHECK(candidates->currentCandidateId() == first.id);

    // Esc closes and goes nowhere; nothing matches says so.
    switcher = window->openQuickSwitcher();
    query = switcher->findChild<QLineEdit *>(u"quickQuery"_s);
    QTest::keyClicks(query, u"zzqx-no-such-thing"_s);
    CHECK(switcher->results().isEmpty());
    QTest::keyClick(query, Qt::Key_Escape);
    REQUIRE(waitUntil([window] { return !window->findChild<QuickSwitcher *>(); }));
    CHECK(window->currentView() == MainWindow::View::Candidates);
}

TEST_CASE("Ctrl+K finds a webhook by its address and an API key by its title or partner, ranked "
          "with the rest, never shows a secret, and opens each in its view",
          "[app][quick]")
{
    ConsoleOnSandbox app;
    REQUIRE(app.startAndSync());
    MainWindow *window = app.window();
    REQUIRE(QTest::qWaitForWindowExposed(window));
    auto *hooks = qobject_cast<WebhooksView *>(window->viewWidget(MainWindow::View::Webhooks));
    auto *keys = qobject_cast<ApiKeysView *>(window->viewWidget(MainWindow::View::ApiKeys));
    REQUIRE(hooks);
    REQUIRE(keys);

    // A webhook and a key, made the way the views make them (port 9 refuses the ping at once).
    const QString hookSecret = u"quick-switcher-hook-secret-4711"_s;
    QString webhookId;
    QObject::connect(hooks->model(), &WebhooksModel::saved, window,
                     [&webhookId](WebhooksModel::Action action, const QString &id) {
                         if (action == WebhooksModel::Action::Create)
                             webhookId = id;
                     });
    hooks->model()->create(u"candidateStageChange"_s,
                           u"http://127.0.0.1:9/partners/zephyrquill/ashby-hook"_s, hookSecret);
    REQUIRE(waitUntil([&webhookId, hooks] {
        return !webhookId.isEmpty() && hooks->model()->rowOf(webhookId) >= 0;
    }, 30'000));
    QString keyId;
    QString keySecret;
    QObject::connect(keys->model(), &ApiKeysModel::created, window,
                     [&keyId, &keySecret](const ApiKey &key, const QString &secret) {
                         keyId = key.id;
                         keySecret = secret;
                     });
    keys->model()->create(u"Zephyrquill payroll export"_s, u"Justifacts"_s,
                          {u"candidatesRead"_s});
    REQUIRE(waitUntil([&keyId, keys] {
        return !keyId.isEmpty() && keys->model()->rowOf(keyId) >= 0;
    }, 30'000));
    REQUIRE_FALSE(keySecret.isEmpty());

    const auto showsNoSecret = [&](QuickSwitcher *switcher) {
        for (const QuickTarget &target : switcher->results())
            for (const QString &secret : {hookSecret, keySecret})
                if (target.title.contains(secret) || target.detail.contains(secret))
                    return false;
        for (auto *list : switcher->findChildren<QListWidget *>())
            for (int row = 0; row < list->count(); ++row)
                for (const QString &secret : {hookSecret, keySecret})
                    if (list->item(row)->text().contains(secret))
                        return false;
        return true;
    };

    // Opens the switcher and types `text`.
    QLineEdit *query = nullptr;
    const auto typeInSwitcher = [window, &query](const QString &text) {
        QuickSwitcher *opened = window->openQuickSwitcher();
        REQUIRE(opened);
        query = opened->findChild<QLineEdit *>(u"quickQuery"_s);
        REQUIRE(query);
        QTest::keyClicks(query, text);
        return opened;
    };
    // Enter, then: the view shown and the id of what it selected.
    const auto enterShows = [window, &query](MainWindow::View view, QTableView *table) {
        QTest::keyClick(query, Qt::Key_Return);
        CHECK(window->currentView() == view);
        REQUIRE(waitUntil([window] { return !window->findChild<QuickSwitcher *>(); }));
        const QModelIndexList rows = table->selectionModel()->selectedRows();
        REQUIRE(rows.size() == 1);
        return rows.first().row();
    };

    // The name starts the key's title (a prefix) and a word in the webhook's address: the key
    // ranks first, the webhook right after it.
    QuickSwitcher *switcher = typeInSwitcher(u"zephyrquill"_s);
    REQUIRE(switcher->results().size() >= 2);
    CHECK(switcher->results().at(0).kind == QuickTarget::Kind::ApiKey);
    CHECK(switcher->results().at(0).id == keyId);
    CHECK(switcher->results().at(0).score == 80);
    CHECK(switcher->results().at(1).kind == QuickTarget::Kind::Webhook);
    CHECK(switcher->results().at(1).id == webhookId);
    CHECK(switcher->results().at(1).score == 60);
    CHECK(showsNoSecret(switcher));
    const int keyRow = enterShows(MainWindow::View::ApiKeys, keys->table());
    CHECK(keys->model()->key(keyRow)->id == keyId);

    // The webhook by a piece of its address: it goes to the webhook in the webhooks view.
    switcher = typeInSwitcher(u"zephyrquill/ashby"_s);
    REQUIRE_FALSE(switcher->results().isEmpty());
    CHECK(switcher->results().first().kind == QuickTarget::Kind::Webhook);
    CHECK(switcher->results().first().id == webhookId);
    CHECK(showsNoSecret(switcher));
    const int hookRow = enterShows(MainWindow::View::Webhooks, hooks->table());
    CHECK(hooks->model()->webhook(hookRow)->id == webhookId);

    // A key by its partner: below the partner's integration itself; a secret finds nothing.
    switcher = typeInSwitcher(u"justifacts"_s);
    QList<QuickTarget> found = switcher->results();
    REQUIRE_FALSE(found.isEmpty());
    CHECK(found.first().kind == QuickTarget::Kind::Integration);
    CHECK(std::any_of(found.cbegin(), found.cend(), [&keyId](const QuickTarget &target) {
        return target.kind == QuickTarget::Kind::ApiKey && target.id == keyId;
    }));
    CHECK(showsNoSecret(switcher));
    query->clear();
    QTest::keyClicks(query, hookSecret);
    CHECK(switcher->results().isEmpty());
    query->clear();
    QTest::keyClicks(query, keySecret.left(12));
    CHECK(std::none_of(switcher->results().cbegin(), switcher->results().cend(),
                       [](const QuickTarget &target) {
                           return target.kind == QuickTarget::Kind::ApiKey
                               || target.kind == QuickTarget::Kind::Webhook;
                       }));
    QTest::keyClick(query, Qt::Key_Escape);
    REQUIRE(waitUntil([window] { return !window->findChild<QuickSwitcher *>(); }));
    CHECK(window->currentView() == MainWindow::View::Webhooks);
}
