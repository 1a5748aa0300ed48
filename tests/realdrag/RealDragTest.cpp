// Real mouse drags on the field-mapping editor: a window on an X server (Xvfb, started by
// ctest through xvfb-run) and xdotool moving the pointer with real X events, so QDrag::exec
// runs its own drag loop as on a desktop. The offscreen tests (tests/ui) send the drag events
// themselves; this one proves the views start and accept a drag the way a person makes it.
#include "tests/ui/MappingTestSupport.h"
#include "tests/ui/PlansTestSupport.h"

#include "app/ViewFactory.h"
#include "models/core/LoadStatus.h"
#include "models/mapping/MappingModel.h"
#include "models/mapping/SourceFieldsModel.h"
#include "models/reference/ReferenceData.h"
#include "models/settings/Settings.h"
#include "ui/mapping/FieldMappingsView.h"
#include "ui/mapping/SourceFieldsPane.h"
#include "ui/plans/PaletteTree.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QProcess>
#include <QScrollArea>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Test;

namespace {

// Presses the left button at `from`, moves in steps to `to` and releases, with xdotool. Runs
// without blocking: the drag loop needs this process's event loop while the pointer moves.
bool dragWithXdotool(const QPoint &from, const QPoint &to)
{
    QStringList arguments{u"mousemove"_s, QString::number(from.x()), QString::number(from.y()),
                          u"sleep"_s, u"0.2"_s, u"mousedown"_s, u"1"_s};
    constexpr int steps = 12;
    for (int step = 1; step <= steps; ++step) {
        const QPoint at = from + (to - from) * step / steps;
        arguments << u"mousemove"_s << QString::number(at.x()) << QString::number(at.y())
                  << u"sleep"_s << u"0.05"_s;
    }
    arguments << u"sleep"_s << u"0.3"_s << u"mouseup"_s << u"1"_s;
    QProcess xdotool;
    xdotool.start(u"xdotool"_s, arguments);
    if (!xdotool.waitForStarted(5'000))
        return false;
    return waitUntil([&xdotool] { return xdotool.state() == QProcess::NotRunning; }, 20'000)
        && xdotool.exitCode() == 0;
}

// The centre of `widget` is on screen inside the scroll area (where the pointer will go).
bool centreShown(QWidget *widget, QScrollArea *area)
{
    const QPoint centre = widget->mapTo(area->viewport(), widget->rect().center());
    return widget->isVisible() && area->viewport()->rect().contains(centre);
}

QPoint centreOf(QAbstractItemView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    return view->viewport()->mapToGlobal(view->visualRect(index).center());
}

} // namespace

TEST_CASE("a real mouse drag maps a source field and moves a mapping between targets",
          "[realdrag]")
{
    REQUIRE(QGuiApplication::platformName() == u"xcb"_s);
    SandboxProcess sandbox(sandboxArguments());
    QTemporaryDir directory;
    SandboxClients clients(sandbox);
    Settings settings(directory.filePath(u"tessera.ini"_s));
    ReferenceData reference(&clients.client);
    reference.integrations()->ensureLoaded();
    REQUIRE(waitUntil([&reference] { return reference.integrations()->status()->hasLoaded(); }));
    FieldMappingsView view(ViewFactory::mappingModels(&clients.client, reference.integrations()),
                           &settings, u"realdrag"_s);
    view.setGeometry(0, 0, 1280, 800);
    view.show();
    view.activateWindow();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.open(u"sora"_s, u"employee"_s);
    REQUIRE(waitUntil([&view] {
        return view.document()->status()->state() == LoadState::Ready
            && view.sourceFields()->status()->state() == LoadState::Ready;
    }));
    REQUIRE(waitUntilLaidOut(&view));
    MappingDocument *document = view.document();
    REQUIRE_FALSE(document->row(u"workState"_s).has_value());

    // Source tree → target table.
    QTreeView *tree = view.sourcePane()->tree();
    REQUIRE(view.sourcePane()->selectSource(u"candidate.locationRegion"_s));
    const QModelIndex regionIndex = tree->currentIndex();
    REQUIRE(regionIndex.isValid());
    MappingModel *model = view.mappingModel();
    const QModelIndex workState = model->index(model->rowOfTarget(u"workState"_s), 0);
    REQUIRE(dragWithXdotool(centreOf(tree, regionIndex), centreOf(view.targetTable(), workState)));
    REQUIRE(waitUntil([&] { return sourceOf(*document, u"workState"_s)
                                   == u"candidate.locationRegion"_s; }, 5'000));

    // Target row → another target row moves the mapping.
    const QModelIndex from = model->index(model->rowOfTarget(u"workState"_s),
                                          MappingModel::SourceColumn);
    const QModelIndex to = model->index(model->rowOfTarget(u"workCity"_s),
                                        MappingModel::SourceColumn);
    REQUIRE(dragWithXdotool(centreOf(view.targetTable(), from),
                            centreOf(view.targetTable(), to)));
    REQUIRE(waitUntil([&] { return sourceOf(*document, u"workCity"_s)
                                   == u"candidate.locationRegion"_s; }, 5'000));
    CHECK_FALSE(document->row(u"workState"_s).has_value());

    // Onto a mapped target: the question comes after the drag loop ended; Replace replaces.
    REQUIRE(view.sourcePane()->selectSource(u"candidate.locationCountry"_s));
    REQUIRE(dragWithXdotool(centreOf(tree, tree->currentIndex()),
                            centreOf(view.targetTable(), to)));
    QMessageBox *box = nullptr;
    REQUIRE(waitUntil([&] {
        box = view.findChild<QMessageBox *>(u"replaceMappingBox"_s);
        return box && box->isVisible();
    }, 5'000));
    for (QAbstractButton *button : box->buttons())
        if (box->buttonRole(button) == QMessageBox::AcceptRole)
            button->click();
    CHECK(sourceOf(*document, u"workCity"_s) == u"candidate.locationCountry"_s);
    saveScreenshot(&view, u"realdrag-after.png"_s);
}

TEST_CASE("a real mouse drag puts a palette package on a stage and moves a card to another one",
          "[realdrag][plans]")
{
    REQUIRE(QGuiApplication::platformName() == u"xcb"_s);
    SandboxProcess sandbox(plansSandboxArguments());
    PlansFixture fixture(sandbox);
    fixture.view->setGeometry(0, 0, 1500, 860);
    REQUIRE(waitUntil([&] { return fixture.view->size() == QSize(1500, 860); }, 5'000));
    REQUIRE(waitUntilLaidOut(fixture.view.get()));

    // Palette item → the Recruiter Screen column (scrolled into view).
    PaletteTree *tree = fixture.view->paletteTree();
    QTreeWidgetItem *item = tree->itemWithKey(fixture.paletteKey(u"Reference check"_s));
    REQUIRE(item != nullptr);
    tree->scrollToItem(item);
    const QPoint from = tree->viewport()->mapToGlobal(tree->visualItemRect(item).center());
    StageColumn *screen = fixture.column(u"Recruiter Screen"_s);
    fixture.view->boardArea()->ensureWidgetVisible(screen);
    REQUIRE(waitUntil([&] { return centreShown(screen, fixture.view->boardArea()); }, 5'000));
    const QPoint onScreen = screen->mapToGlobal(QPoint(screen->width() / 2, screen->height() / 2));
    REQUIRE(dragWithXdotool(from, onScreen));
    REQUIRE(waitUntil([&] {
        return fixture.configsOn(u"Recruiter Screen"_s) == QStringList{u"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b04"_s} /* Reference check */;
    }, 5'000));

    // The new card → the next stage's column (both on screen).
    const QString added = fixture.document()->activitiesOn(fixture.stage(u"Recruiter Screen"_s))
                              .first().id;
    REQUIRE(waitUntil([&] { return fixture.view->card(added) != nullptr; }, 5'000));
    const QList<StageColumn *> columns = fixture.view->columns();
    const qsizetype at = columns.indexOf(fixture.column(u"Recruiter Screen"_s));
    REQUIRE(at + 1 < columns.size());
    StageColumn *next = columns.at(at + 1);
    const QString nextStage = next->stageId();
    fixture.view->boardArea()->ensureWidgetVisible(fixture.column(u"Recruiter Screen"_s));
    ActivityCard *card = fixture.view->card(added);
    REQUIRE(waitUntil([&] {
        return centreShown(card, fixture.view->boardArea())
            && centreShown(next, fixture.view->boardArea());
    }, 5'000));
    REQUIRE(waitUntilLaidOut(fixture.view.get()));
    const QPoint cardAt = card->mapToGlobal(QPoint(card->width() / 2, card->height() / 2));
    const QPoint onNext = next->mapToGlobal(QPoint(next->width() / 2, next->height() / 2));
    REQUIRE(dragWithXdotool(cardAt, onNext));
    REQUIRE(waitUntil([&] {
        const auto placed = fixture.document()->placement(added);
        return placed && placed->activity.interviewStageId == nextStage;
    }, 5'000));
    CHECK(fixture.configsOn(u"Recruiter Screen"_s).isEmpty());
    saveScreenshot(fixture.view.get(), u"realdrag-plans-after.png"_s);
}
