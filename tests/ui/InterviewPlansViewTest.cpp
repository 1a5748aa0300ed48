// The interview-plan activity designer as an admin uses it, under the offscreen platform against
// a real sandbox seeded with --enable-all: drops from the palette and between stages (the same
// events a drag sends), the keyboard path, undo/redo, save checked through a second client, the
// conflict dialog, refusals, the duplicate question and drafts that survive the view.
#include "PlansTestSupport.h"

#include "ui/common/MessageBanner.h"
#include "ui/common/VersionConflictDialog.h"
#include "ui/mapping/MappingEditBar.h"
#include "ui/plans/ActivityPicker.h"
#include "ui/plans/PaletteTree.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Test;

namespace {

// Justifacts' packages as its stand-in lists them (assessment_type_id is a UUID in Ashby's API).
const QString basicCheck = QStringLiteral("6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b01");
const QString standardCheck = QStringLiteral("6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b02");
const QString enhancedCheck = QStringLiteral("6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b03");
const QString referenceCheck = QStringLiteral("6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b04");


QStringList serverConfigsOn(TestClient &raw, const QString &planId, const QString &stageId)
{
    QList<ServerActivity> list = serverActivities(raw, planId);
    std::sort(list.begin(), list.end(),
              [](const ServerActivity &a, const ServerActivity &b) { return a.order < b.order; });
    QStringList ids;
    for (const ServerActivity &activity : list)
        if (activity.stageId == stageId)
            ids << activity.configId;
    return ids;
}

} // namespace

TEST_CASE("drops add and move activities, undo and redo walk them back and forth, save stores "
          "the plan as shown",
          "[ui][plans][drop]")
{
    SandboxProcess sandbox(plansSandboxArguments());
    PlansFixture fixture(sandbox);
    PlanActivitiesDocument *document = fixture.document();
    // The seed put the standard package on Background Check.
    REQUIRE(fixture.configsOn(u"Background Check"_s) == QStringList{standardCheck});
    REQUIRE(fixture.view->card(u"act-demo-background-check"_s) != nullptr);
    REQUIRE_FALSE(document->isDirty());

    // A palette item dropped on Recruiter Screen, then the Juro workflow below it.
    fixture.sendDrop(DragIds::encode(PlanMime::paletteItem(), {fixture.paletteKey(u"Reference check"_s)}),
                     u"Recruiter Screen"_s);
    fixture.sendDrop(DragIds::encode(PlanMime::paletteItem(), {fixture.paletteKey(u"Employment contract"_s)}),
                     u"Recruiter Screen"_s);
    CHECK(fixture.configsOn(u"Recruiter Screen"_s)
          == QStringList{referenceCheck, u"wf-demo-employment-contract"_s});
    REQUIRE(fixture.column(u"Recruiter Screen"_s)->cards().size() == 2);
    CHECK(document->unsavedCount() == 2);
    CHECK(fixture.view->editBar()->status()->text() == u"2 unsaved changes"_s);

    // The workflow card dropped above the package reorders; onto Offer moves it.
    const QString workflow = document->activitiesOn(fixture.stage(u"Recruiter Screen"_s)).at(1).id;
    fixture.sendDrop(DragIds::encode(PlanMime::activity(), {workflow}), u"Recruiter Screen"_s, 0);
    CHECK(fixture.configsOn(u"Recruiter Screen"_s)
          == QStringList{u"wf-demo-employment-contract"_s, referenceCheck});
    fixture.sendDrop(DragIds::encode(PlanMime::activity(), {workflow}), u"Offer"_s);
    CHECK(fixture.configsOn(u"Recruiter Screen"_s) == QStringList{referenceCheck});
    CHECK(fixture.configsOn(u"Offer"_s) == QStringList{u"wf-demo-employment-contract"_s});
    REQUIRE(fixture.column(u"Offer"_s)->cards().size() == 1);

    // Four steps back: nothing unsaved; four forward: the same plan again.
    QUndoStack *undo = document->undoStack();
    REQUIRE(undo->count() == 4);
    for (int i = 0; i < 4; ++i)
        fixture.view->undoAction()->trigger();
    CHECK_FALSE(document->isDirty());
    CHECK(fixture.configsOn(u"Recruiter Screen"_s).isEmpty());
    CHECK(fixture.configsOn(u"Offer"_s).isEmpty());
    for (int i = 0; i < 4; ++i)
        fixture.view->redoAction()->trigger();
    CHECK(fixture.configsOn(u"Recruiter Screen"_s) == QStringList{referenceCheck});
    CHECK(fixture.configsOn(u"Offer"_s) == QStringList{u"wf-demo-employment-contract"_s});

    // Save: one write, and a second client sees exactly this plan.
    int before = 0;
    serverActivities(fixture.clients.raw, fixture.planId, &before);
    REQUIRE(fixture.view->saveAction()->isEnabled());
    fixture.view->saveAction()->trigger();
    REQUIRE(waitUntil([document] {
        return document->saveState() == PlanActivitiesDocument::SaveState::Idle
            && !document->isDirty();
    }));
    int after = 0;
    serverActivities(fixture.clients.raw, fixture.planId, &after);
    CHECK(after == before + 1);
    CHECK(serverConfigsOn(fixture.clients.raw, fixture.planId, fixture.stage(u"Recruiter Screen"_s))
          == QStringList{referenceCheck});
    CHECK(serverConfigsOn(fixture.clients.raw, fixture.planId, fixture.stage(u"Offer"_s))
          == QStringList{u"wf-demo-employment-contract"_s});
    CHECK(serverConfigsOn(fixture.clients.raw, fixture.planId, fixture.stage(u"Background Check"_s))
          == QStringList{standardCheck});
    // Saved activities carry the server's ids now, and the bar says so.
    for (const PlanActivity &activity : document->activities())
        CHECK_FALSE(activity.isLocal());
    CHECK(fixture.view->editBar()->status()->text().contains(QString::number(after)));
    saveScreenshot(fixture.view.get(), u"interview-plans-after-save.png"_s);
}

TEST_CASE("keyboard only: Insert adds, Alt+Down reorders, Ctrl+M moves, Delete removes, "
          "Ctrl+Z and Ctrl+Shift+Z",
          "[ui][plans][keyboard]")
{
    SandboxProcess sandbox(plansSandboxArguments());
    PlansFixture fixture(sandbox);
    PlanActivitiesDocument *document = fixture.document();
    StageColumn *screen = fixture.column(u"Recruiter Screen"_s);
    screen->setFocus();
    REQUIRE(QApplication::focusWidget() == screen);

    // Insert opens the picker; typing filters; Enter adds to the focused stage.
    press(Qt::Key_Insert);
    auto *picker = waitForDialog<ActivityPicker>(*fixture.view, u"activityPicker"_s);
    REQUIRE(QApplication::focusWidget() == picker->filter());
    type(u"Basic identity"_s);
    press(Qt::Key_Return);
    REQUIRE(waitUntil([&] { return fixture.configsOn(u"Recruiter Screen"_s).size() == 1; }));
    CHECK(fixture.configsOn(u"Recruiter Screen"_s) == QStringList{basicCheck});
    // The new card has the keyboard (once the window is active again: offscreen has no window
    // manager to do that).
    fixture.view->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(fixture.view.get()));
    REQUIRE(waitUntil([&] {
        auto *card = qobject_cast<ActivityCard *>(QApplication::focusWidget());
        return card && card->stageId() == fixture.stage(u"Recruiter Screen"_s);
    }));

    // A second one through the stage's "Add activity…" button, by keyboard as well.
    fixture.column(u"Recruiter Screen"_s)->setFocus();
    press(Qt::Key_Insert);
    picker = waitForDialog<ActivityPicker>(*fixture.view, u"activityPicker"_s);
    type(u"Employment"_s);
    press(Qt::Key_Return);
    REQUIRE(waitUntil([&] { return fixture.configsOn(u"Recruiter Screen"_s).size() == 2; }));
    fixture.view->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(fixture.view.get()));
    CHECK(fixture.configsOn(u"Recruiter Screen"_s)
          == QStringList{basicCheck, u"wf-demo-employment-contract"_s});

    // The package card: Alt+Down puts it below the workflow, and it keeps the keyboard.
    const QString basic = document->activitiesOn(fixture.stage(u"Recruiter Screen"_s)).at(0).id;
    fixture.view->card(basic)->setFocus();
    press(Qt::Key_Down, Qt::AltModifier);
    CHECK(fixture.configsOn(u"Recruiter Screen"_s)
          == QStringList{u"wf-demo-employment-contract"_s, basicCheck});
    REQUIRE(waitUntil([&] {
        auto *card = qobject_cast<ActivityCard *>(QApplication::focusWidget());
        return card && card->activityId() == basic;
    }));
    press(Qt::Key_Up, Qt::AltModifier);
    CHECK(fixture.configsOn(u"Recruiter Screen"_s)
          == QStringList{basicCheck, u"wf-demo-employment-contract"_s});

    // Ctrl+M: the stage menu; Enter on the Offer stage moves the card there.
    press(Qt::Key_M, Qt::ControlModifier);
    REQUIRE(waitUntil([&] {
        auto *menu = fixture.view->findChild<QMenu *>(u"moveToStageMenu"_s);
        return menu && menu->isVisible();
    }));
    auto *menu = fixture.view->findChild<QMenu *>(u"moveToStageMenu"_s);
    QAction *offer = nullptr;
    for (QAction *action : menu->actions())
        if (action->data().toString() == fixture.stage(u"Offer"_s))
            offer = action;
    REQUIRE(offer != nullptr);
    menu->setActiveAction(offer);
    QTest::keyClick(menu, Qt::Key_Return);
    REQUIRE(waitUntil([&] { return fixture.configsOn(u"Offer"_s) == QStringList{basicCheck}; }));
    CHECK(fixture.configsOn(u"Recruiter Screen"_s)
          == QStringList{u"wf-demo-employment-contract"_s});

    // Delete removes the focused card; Ctrl+Z brings it back, Ctrl+Shift+Z removes it again.
    REQUIRE(waitUntil([&] {
        auto *card = qobject_cast<ActivityCard *>(QApplication::focusWidget());
        return card && card->activityId() == basic;
    }));
    press(Qt::Key_Delete);
    CHECK(fixture.configsOn(u"Offer"_s).isEmpty());
    press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(fixture.configsOn(u"Offer"_s) == QStringList{basicCheck});
    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(fixture.configsOn(u"Offer"_s).isEmpty());

    // Ctrl+S saves what the keyboard built.
    press(Qt::Key_S, Qt::ControlModifier);
    REQUIRE(waitUntil([document] {
        return document->saveState() == PlanActivitiesDocument::SaveState::Idle
            && !document->isDirty();
    }));
    CHECK(serverConfigsOn(fixture.clients.raw, fixture.planId, fixture.stage(u"Recruiter Screen"_s))
          == QStringList{u"wf-demo-employment-contract"_s});
    CHECK(serverConfigsOn(fixture.clients.raw, fixture.planId, fixture.stage(u"Offer"_s)).isEmpty());
}

TEST_CASE("an offer-entry workflow is refused with the reason, the same package twice asks first",
          "[ui][plans][refuse]")
{
    SandboxProcess sandbox(plansSandboxArguments());
    PlansFixture fixture(sandbox);
    PlanActivitiesDocument *document = fixture.document();

    fixture.sendDrop(DragIds::encode(PlanMime::paletteItem(), {fixture.paletteKey(u"Offer letter"_s)}),
                     u"Recruiter Screen"_s);
    CHECK(fixture.configsOn(u"Recruiter Screen"_s).isEmpty());
    CHECK(document->undoStack()->count() == 0);
    CHECK(fixture.view->banner()->isVisible());
    CHECK(fixture.view->banner()->text().contains(u"starts from an offer"_s));

    // The standard package is on Background Check already: a second one asks; Cancel keeps one.
    const QString standard = fixture.paletteKey(u"Standard background check"_s);
    fixture.sendDrop(DragIds::encode(PlanMime::paletteItem(), {standard}), u"Background Check"_s);
    auto *box = waitForDialog<QMessageBox>(*fixture.view, u"planQuestionBox"_s);
    CHECK(box->text().contains(u"Standard background check"_s));
    box->button(QMessageBox::Cancel)->click();
    REQUIRE(waitUntil([&] { return !fixture.view->findChild<QMessageBox *>(u"planQuestionBox"_s); }));
    CHECK(fixture.configsOn(u"Background Check"_s) == QStringList{standardCheck});
    // Again, and "Add anyway": two, and Save stores both (the backend marks them as duplicates).
    fixture.sendDrop(DragIds::encode(PlanMime::paletteItem(), {standard}), u"Background Check"_s);
    box = waitForDialog<QMessageBox>(*fixture.view, u"planQuestionBox"_s);
    box->defaultButton()->click();
    REQUIRE(waitUntil([&] { return fixture.configsOn(u"Background Check"_s).size() == 2; }));
    fixture.view->saveAction()->trigger();
    REQUIRE(waitUntil([document] {
        return !document->isDirty()
            && document->saveState() == PlanActivitiesDocument::SaveState::Idle;
    }));
    for (const PlanActivity &activity : document->activitiesOn(fixture.stage(u"Background Check"_s))) {
        REQUIRE(activity.problems.size() == 1);
        CHECK(activity.problems.first().code == u"duplicate_on_stage"_s);
    }
    // Each card shows its problem with a word and a fix.
    REQUIRE(waitUntil([&] { return fixture.column(u"Background Check"_s)->cards().size() == 2; }));
    for (ActivityCard *card : fixture.column(u"Background Check"_s)->cards())
        CHECK(card->fixButtons().size() == 1);
}

TEST_CASE("someone else saves first: the conflict dialog compares, reloads theirs or overwrites",
          "[ui][plans][conflict]")
{
    SandboxProcess sandbox(plansSandboxArguments());
    PlansFixture fixture(sandbox);
    PlanActivitiesDocument *document = fixture.document();
    fixture.sendDrop(DragIds::encode(PlanMime::paletteItem(), {fixture.paletteKey(u"Reference check"_s)}),
                     u"Recruiter Screen"_s);
    REQUIRE(document->isDirty());

    // A second client empties the plan.
    int version = 0;
    serverActivities(fixture.clients.raw, fixture.planId, &version);
    const ApiReply theirs = fixture.clients.raw.call(
        u"interviewPlanActivity.set"_s,
        {{u"interviewPlanId"_s, fixture.planId}, {u"version"_s, version}, {u"activities"_s, QJsonArray()}});
    REQUIRE(theirs.isSuccess());

    fixture.view->saveAction()->trigger();
    REQUIRE(waitUntil([document] {
        return document->saveState() != PlanActivitiesDocument::SaveState::Saving;
    }));
    auto *dialog = waitForDialog<VersionConflictDialog>(*fixture.view, u"planConflictDialog"_s);
    CHECK(document->saveState() == PlanActivitiesDocument::SaveState::Conflict);
    dialog->compareButton()->click();
    CHECK(dialog->oursText()->isVisible());
    CHECK(dialog->oursText()->toPlainText().contains(u"Reference check"_s));
    CHECK(dialog->theirsText()->toPlainText() == u"(no activities)"_s);
    // Overwrite: ours (with the seeded activity the other side removed) is stored.
    dialog->overwriteButton()->click();
    REQUIRE(waitUntil([document] {
        return !document->isDirty()
            && document->saveState() == PlanActivitiesDocument::SaveState::Idle;
    }));
    CHECK(serverConfigsOn(fixture.clients.raw, fixture.planId, fixture.stage(u"Recruiter Screen"_s))
          == QStringList{referenceCheck});
    CHECK(serverConfigsOn(fixture.clients.raw, fixture.planId, fixture.stage(u"Background Check"_s))
          == QStringList{standardCheck});

    // Again, and this time reload theirs: the local edit is gone.
    fixture.sendDrop(DragIds::encode(PlanMime::paletteItem(), {fixture.paletteKey(u"Basic identity check"_s)}),
                     u"Offer"_s);
    serverActivities(fixture.clients.raw, fixture.planId, &version);
    REQUIRE(fixture.clients.raw.call(u"interviewPlanActivity.set"_s,
                                     {{u"interviewPlanId"_s, fixture.planId},
                                      {u"version"_s, version},
                                      {u"activities"_s, QJsonArray()}})
                .isSuccess());
    fixture.view->saveAction()->trigger();
    dialog = waitForDialog<VersionConflictDialog>(*fixture.view, u"planConflictDialog"_s);
    dialog->reloadButton()->click();
    REQUIRE(waitUntil([document] {
        return document->saveState() == PlanActivitiesDocument::SaveState::Idle;
    }));
    CHECK_FALSE(document->isDirty());
    CHECK(document->activities().isEmpty());
    CHECK(serverActivities(fixture.clients.raw, fixture.planId).isEmpty());
}

TEST_CASE("unsaved edits survive the view: the next one offers them and saves them",
          "[ui][plans][draft]")
{
    SandboxProcess sandbox(plansSandboxArguments());
    PlansFixture fixture(sandbox);
    fixture.sendDrop(DragIds::encode(PlanMime::paletteItem(), {fixture.paletteKey(u"Enhanced background check"_s)}),
                     u"Recruiter Screen"_s);
    fixture.view->card(fixture.document()->activitiesOn(fixture.stage(u"Background Check"_s))
                           .first().id)->setFocus();
    press(Qt::Key_Delete);
    REQUIRE(fixture.document()->unsavedCount() == 2);

    // Gone without saving, as a crash would leave it.
    fixture.view.reset();
    fixture.makeView();
    REQUIRE(waitUntil([&] { return fixture.view->draftBar()->isVisible(); }));
    CHECK(fixture.configsOn(u"Recruiter Screen"_s).isEmpty());
    fixture.view->restoreDraftButton()->click();
    CHECK(fixture.configsOn(u"Recruiter Screen"_s) == QStringList{enhancedCheck});
    CHECK(fixture.configsOn(u"Background Check"_s).isEmpty());
    CHECK(fixture.document()->unsavedCount() == 2);
    fixture.view->saveAction()->trigger();
    REQUIRE(waitUntil([&] {
        return !fixture.document()->isDirty()
            && fixture.document()->saveState() == PlanActivitiesDocument::SaveState::Idle;
    }));
    CHECK(serverConfigsOn(fixture.clients.raw, fixture.planId, fixture.stage(u"Recruiter Screen"_s))
          == QStringList{enhancedCheck});
    CHECK(serverConfigsOn(fixture.clients.raw, fixture.planId, fixture.stage(u"Background Check"_s))
          .isEmpty());
    // Saved: the next view offers nothing.
    fixture.view.reset();
    fixture.makeView();
    CHECK_FALSE(fixture.view->draftBar()->isVisible());
    CHECK(fixture.settings.planDraft(plansBackendId, fixture.planId).isEmpty());
}

TEST_CASE("a withdrawn package shows its problem and Choose another package fixes it",
          "[ui][plans][problems]")
{
    SandboxProcess sandbox(plansSandboxArguments());
    PlansFixture fixture(sandbox);
    REQUIRE(fixture.clients.raw.call(u"partnerConsole.justifacts.withdrawPackage"_s,
                                     {{u"assessmentTypeId"_s, standardCheck}})
                .isSuccess());
    fixture.view->document()->reload();
    fixture.view->palette()->load();
    REQUIRE(waitUntil([&] {
        ActivityCard *card = fixture.view->card(u"act-demo-background-check"_s);
        return card && !card->fixButtons().isEmpty()
            && fixture.palette()->status()->state() == LoadState::Ready;
    }));
    ActivityCard *card = fixture.view->card(u"act-demo-background-check"_s);
    CHECK(card->fixButtons().first()->text() == u"Choose another package"_s);
    CHECK(card->accessibleName().contains(u"problem"_s));
    CHECK_FALSE(fixture.palette()->item(u"assessment/justifacts/jf-standard"_s).has_value());
    saveScreenshot(fixture.view.get(), u"interview-plans-withdrawn.png"_s);

    card->fixButtons().first()->click();
    auto *picker = waitForDialog<ActivityPicker>(*fixture.view, u"activityPicker"_s);
    type(u"Enhanced"_s);
    press(Qt::Key_Return);
    REQUIRE(waitUntil([&] {
        return fixture.configsOn(u"Background Check"_s) == QStringList{enhancedCheck};
    }));
    fixture.view->saveAction()->trigger();
    REQUIRE(waitUntil([&] {
        return !fixture.document()->isDirty()
            && fixture.document()->saveState() == PlanActivitiesDocument::SaveState::Idle;
    }));
    const auto fixed = fixture.document()->placement(u"act-demo-background-check"_s);
    REQUIRE(fixed.has_value());
    CHECK(fixed->activity.configId() == enhancedCheck);
    CHECK(fixed->activity.problems.isEmpty());
    (void)picker;
}
