// Every main view at 1280×800 in every language Tessera ships: no label, button, combo box,
// placeholder, header section or table cell that Tessera lays out shows less than its text
// (tests/support/ElisionCheck.h). A cut is reported with the view, the widget and its room, so
// the fix can be aimed.
#include "tests/support/ElisionCheck.h"
#include "tests/support/OwnSandboxData.h"
#include "ViewsAsAdminSees.h"

#include <QApplication>
#include <QTableView>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Test;

namespace {

void checkEveryView(const QString &language)
{
    QTranslator translator;
    if (!language.isEmpty()) {
        REQUIRE(translator.load(u"tessera_"_s + language, QStringLiteral(TESSERA_QM_DIR)));
        QCoreApplication::installTranslator(&translator);
    }
    OwnSandboxData ownData;
    ConsoleOnSandbox app;
    openViewsAsAdminSees(app);
    MainWindow *window = app.window();

    // The candidate list shares what is left between name, email and job and cuts them with
    // the full text in a tooltip; the check wants that tooltip.
    const auto *table = window->findChild<QTableView *>(u"candidateTable"_s);
    REQUIRE(table);
    // So does the webhook list with addresses, in the middle (host and the end stay).
    const auto *hooks = window->findChild<QTableView *>(u"webhooksTable"_s);
    REQUIRE(hooks);
    const QList<ElidedOnPurpose> onPurpose{{table, CandidatesModel::NameColumn},
                                           {table, CandidatesModel::EmailColumn},
                                           {table, CandidatesModel::JobColumn},
                                           {hooks, WebhooksModel::UrlColumn}};
    QStringList cuts;
    for (int index = 0; index < MainWindow::ViewCount; ++index) {
        const auto view = MainWindow::View(index);
        window->showView(view);
        QApplication::processEvents(); // lay the page out at its real size
        for (const QString &cut : cutTexts(window->viewWidget(view), onPurpose))
            cuts << MainWindow::viewName(view) + u": "_s + cut;
    }
    INFO((language.isEmpty() ? u"English"_s : language).toStdString() + ":\n"
         + cuts.join(u'\n').toStdString());
    CHECK(cuts.isEmpty());
    if (!language.isEmpty())
        QCoreApplication::removeTranslator(&translator);
}

} // namespace

TEST_CASE("no view cuts a label, button, header or cell at 1280x800 in English", "[looks]")
{
    checkEveryView({});
}

TEST_CASE("no view cuts a label, button, header or cell at 1280x800 in German", "[looks]")
{
    checkEveryView(u"de"_s);
}

TEST_CASE("no view cuts a label, button, header or cell at 1280x800 in French", "[looks]")
{
    checkEveryView(u"fr"_s);
}

TEST_CASE("no view cuts a label, button, header or cell at 1280x800 in Spanish", "[looks]")
{
    checkEveryView(u"es"_s);
}
