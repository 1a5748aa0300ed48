// Ctrl+K on the real console and sandbox: type, see the best match first, Enter goes there.
#include "tests/support/CatchQt.h"
#include "tests/support/ConsoleOnSandbox.h"

#include "models/candidates/CandidatesModel.h"
#include "models/candidates/CandidateSummary.h"
#include "models/search/QuickSearch.h"
#include "ui/candidates/CandidatesView.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/QuickSwitcher.h"

#include <QLineEdit>
#include <QTest>

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
