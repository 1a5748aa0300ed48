// The mapping editor's bar (Undo, Redo, the unsaved count, Revert, Save), "Suggest mappings"
// and the drift mark on a row, against a real sandbox under the offscreen platform.
#include "MappingTestSupport.h"

#include "models/mapping/MappingSuggester.h"
#include "ui/common/LoadingState.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/PageHeader.h"
#include "ui/common/StateStack.h"
#include "ui/common/StatusPalette.h"
#include "ui/mapping/MappingEditBar.h"

#include <QAction>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Test;

namespace {

QString barText(const ViewFixture &fixture)
{
    return fixture.view->editBar()->status()->text();
}

struct ButtonStates
{
    bool undo, redo, revert, save;
    friend bool operator==(const ButtonStates &, const ButtonStates &) = default;
};

ButtonStates buttons(const ViewFixture &fixture)
{
    const MappingEditBar *bar = fixture.view->editBar();
    return {bar->undoButton()->isEnabled(), bar->redoButton()->isEnabled(),
            bar->revertButton()->isEnabled(), bar->saveButton()->isEnabled()};
}

// Pixels of `image` inside `rect` within a small distance of `colour`.
int pixelsNear(const QImage &image, const QRect &rect, const QColor &colour)
{
    int count = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (std::abs(pixel.red() - colour.red()) + std::abs(pixel.green() - colour.green())
                    + std::abs(pixel.blue() - colour.blue())
                < 40)
                ++count;
        }
    return count;
}

} // namespace

TEST_CASE("names are compared without case, punctuation or an explanation in brackets",
          "[unit][mapping][suggest]")
{
    CHECK(MappingSuggester::normalised(u"Manager's email"_s) == u"manager email"_s);
    CHECK(MappingSuggester::normalised(u"State / region"_s) == u"state region"_s);
    CHECK(MappingSuggester::normalised(u"personalEmail"_s) == u"personal email"_s);
    CHECK(MappingSuggester::normalised(u"First name (first word of the name)"_s)
          == u"first name"_s);

    const auto target = [](const QString &id, const QString &label) {
        TargetField field;
        field.id = id;
        field.label = label;
        return field;
    };
    const auto source = [](const QString &id, const QString &label) {
        SourceField field;
        field.id = id;
        field.label = label;
        return field;
    };
    const QList<TargetField> targets{target(u"personalEmail"_s, u"Personal email"_s),
                                     target(u"workEmail"_s, u"Work email"_s),
                                     target(u"city"_s, u"Office"_s)};
    const QList<SourceField> sources{source(u"candidate.email"_s, u"Email"_s),
                                     source(u"candidate.personalEmail"_s, u"Personal email"_s)};
    // The exact name wins over the synonym that comes first; "Work email" falls back to the
    // name without its qualifier; nothing is offered for "Office".
    CHECK(MappingSuggester::suggest(targets, {}, sources)
          == QList<MappingSuggester::Suggestion>{{u"personalEmail"_s, u"candidate.personalEmail"_s},
                                                 {u"workEmail"_s, u"candidate.email"_s}});
    // A mapped target is left alone.
    const QList<MappingRow> rows{{u"workEmail"_s, u"candidate.personalEmail"_s, {}, false, false}};
    CHECK(MappingSuggester::suggest(targets, rows, sources)
          == QList<MappingSuggester::Suggestion>{{u"personalEmail"_s, u"candidate.personalEmail"_s}});
}

TEST_CASE("Suggest mappings maps the matching Sora fields in one step that one Undo takes back",
          "[ui][mapping][suggest]")
{
    SandboxProcess sandbox(sandboxArguments());
    ViewFixture fixture(sandbox);
    fixture.open(u"sora"_s);
    MappingDocument *document = fixture.document();
    // The admin chose Department's source already: a suggestion must not replace it.
    REQUIRE(document->mapSource(u"department"_s, u"candidate.company"_s));
    const QList<MappingRow> before = document->rows();
    const int steps = document->undoStack()->count();

    auto *suggest = fixture.view->findChild<QPushButton *>(u"suggestMappings"_s);
    REQUIRE(suggest != nullptr);
    REQUIRE(suggest->isVisible());
    REQUIRE(suggest->isEnabled());
    suggest->click();

    CHECK(sourceOf(*document, u"personalPhone"_s) == u"candidate.personalPhone"_s);
    CHECK(sourceOf(*document, u"workState"_s) == u"candidate.locationRegion"_s);
    CHECK(sourceOf(*document, u"workCity"_s) == u"candidate.locationCity"_s);
    CHECK(sourceOf(*document, u"managerEmail"_s) == u"job.hiringManagerEmail"_s);
    CHECK(sourceOf(*document, u"employmentType"_s) == u"job.employmentType"_s);
    CHECK(sourceOf(*document, u"department"_s) == u"candidate.company"_s);
    CHECK_FALSE(document->row(u"preferredName"_s).has_value());
    for (const MappingRow &row : before) // nothing mapped before changed
        CHECK(document->row(row.targetField) == row);
    CHECK(document->rows().size() == before.size() + 5);
    CHECK(document->undoStack()->count() == steps + 1);
    CHECK(fixture.view->banner()->isVisible());
    CHECK(fixture.view->banner()->text() == u"Mapped 5 fields — Undo to take them back."_s);
    CHECK(barText(fixture) == u"6 unsaved changes"_s);
    saveScreenshot(fixture.view.get(), u"mapping-suggested.png"_s);

    // One Undo (the bar's button) takes all five back, and nothing else.
    fixture.view->editBar()->undoButton()->click();
    CHECK(document->rows() == before);
    CHECK(barText(fixture) == u"1 unsaved change"_s);
    fixture.view->editBar()->redoButton()->click();
    CHECK(document->rows().size() == before.size() + 5);

    // Again: everything that matches is mapped, so it says so and adds no step.
    suggest->click();
    CHECK(document->undoStack()->count() == steps + 1);
    CHECK(fixture.view->banner()->text().startsWith(u"No unmapped target field matches"_s));
}

TEST_CASE("the bar's buttons and unsaved count follow edits, undo, revert and save",
          "[ui][mapping][editbar]")
{
    SandboxProcess sandbox(sandboxArguments());
    ViewFixture fixture(sandbox);
    // While the mapping loads, the editor says what is loading; then it shows the mapping,
    // named under the page title.
    fixture.view->open(u"sora"_s, u"employee"_s);
    StateStack *states = fixture.view->states();
    CHECK(states->currentWidget() == static_cast<QWidget *>(states->loading()));
    fixture.open(u"sora"_s);
    CHECK(states->isShowingContent());
    CHECK(fixture.view->header()->title() == u"Field mappings"_s);
    CHECK(fixture.view->header()->subtitle() == u"Sora · Employee"_s);
    MappingDocument *document = fixture.document();
    MappingEditBar *bar = fixture.view->editBar();
    REQUIRE(bar->isVisible());
    for (QPushButton *button : {bar->undoButton(), bar->redoButton(), bar->revertButton(),
                                bar->saveButton()})
        CHECK(button->isVisible());

    // Sora's default mapping was never saved: only Save can act.
    CHECK(barText(fixture) == u"Default mapping (not saved yet)"_s);
    CHECK(buttons(fixture) == ButtonStates{false, false, false, true});

    REQUIRE(document->mapSource(u"workState"_s, u"candidate.locationRegion"_s));
    CHECK(barText(fixture) == u"1 unsaved change"_s);
    REQUIRE(document->unmap(u"startDate"_s));
    REQUIRE(document->mapSource(u"workState"_s, u"candidate.locationCity"_s)); // same row again
    CHECK(barText(fixture) == u"2 unsaved changes"_s);
    CHECK(buttons(fixture) == ButtonStates{true, false, true, true});
    CHECK(bar->undoButton()->toolTip() == u"Undo Map Work state (Ctrl+Z)"_s);
    CHECK(bar->redoButton()->toolTip() == u"Redo (Ctrl+Shift+Z, Ctrl+Y)"_s);
    CHECK(bar->saveButton()->toolTip() == u"Save (Ctrl+S)"_s);
    CHECK(bar->revertButton()->toolTip() == u"Revert to saved (Ctrl+Shift+R)"_s);

    // The keyboard, from the target table.
    fixture.targets()->setFocus();
    press(Qt::Key_Z, Qt::ControlModifier);
    press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(barText(fixture) == u"1 unsaved change"_s);
    CHECK(buttons(fixture) == ButtonStates{true, true, true, true});
    press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(barText(fixture) == u"Default mapping (not saved yet)"_s);
    CHECK(buttons(fixture) == ButtonStates{false, true, false, true});
    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    press(Qt::Key_Y, Qt::ControlModifier);
    CHECK(barText(fixture) == u"2 unsaved changes"_s);

    // Revert is one more step; Undo brings the edits back.
    bar->revertButton()->click();
    CHECK_FALSE(document->isDirty());
    CHECK_FALSE(bar->revertButton()->isEnabled());
    bar->undoButton()->click();
    CHECK(barText(fixture) == u"2 unsaved changes"_s);

    press(Qt::Key_S, Qt::ControlModifier);
    REQUIRE(waitUntil([&] { return document->saveState() == MappingDocument::SaveState::Idle
                                   && !document->isDirty(); }));
    CHECK(barText(fixture) == u"All changes saved · version 1"_s);
    CHECK(buttons(fixture) == ButtonStates{true, true, false, false}); // Redo: the revert
    const auto [rows, version] = serverMapping(fixture.clients.raw, u"sora"_s, u"employee"_s);
    CHECK(version == 1);
    CHECK(rows == document->rows());

    // A change to a saved row counts too, and undoing it leaves nothing unsaved.
    REQUIRE(document->setRowFlags(u"jobTitle"_s, false, true));
    CHECK(barText(fixture) == u"1 unsaved change"_s);
    bar->undoButton()->click();
    CHECK(barText(fixture) == u"All changes saved · version 1"_s);

    // The menu keeps the rest; no two of the view's actions claim the same key in one place.
    QSet<QString> keys;
    const QList<QAction *> menuActions = fixture.view->moreMenu()->actions();
    for (QAction *action : menuActions) {
        CHECK(action != fixture.view->undoAction());
        CHECK(action != fixture.view->saveAction());
        for (const QKeySequence &key : action->shortcuts()) {
            CHECK_FALSE(keys.contains(key.toString()));
            keys.insert(key.toString());
        }
    }
}

TEST_CASE("a row whose source was archived is marked with the attention word, icon and colour",
          "[ui][mapping][drift]")
{
    SandboxProcess sandbox(sandboxArguments());
    ViewFixture fixture(sandbox);
    TestClient &raw = fixture.clients.raw;
    // Saved rows that read a custom field, which then is archived: real drift on the server.
    const QString years = customFieldId(raw, u"Years of experience"_s);
    const auto [rows, version] = serverMapping(raw, u"sora"_s, u"employee"_s);
    QList<MappingRow> withCustom = rows;
    withCustom.append({u"workCity"_s, u"customField."_s + years, {}, false, false});
    REQUIRE(raw.call(u"fieldMapping.set"_s, {{u"integrationId"_s, u"sora"_s},
                                             {u"target"_s, u"employee"_s},
                                             {u"version"_s, version},
                                             {u"rows"_s, rowsToJson(withCustom)}})
                .isSuccess());
    REQUIRE(raw.call(u"customField.update"_s, {{u"customFieldId"_s, years},
                                               {u"isArchived"_s, true}})
                .isSuccess());

    fixture.open(u"sora"_s);
    MappingModel *model = fixture.view->mappingModel();
    const int drifted = model->rowOfTarget(u"workCity"_s);
    const int fine = model->rowOfTarget(u"jobTitle"_s);
    const QModelIndex source = model->index(drifted, MappingModel::SourceColumn);
    CHECK(source.data(MappingModel::DriftWordRole).toString() == u"Archived"_s);
    CHECK(source.data().toString() == u"Archived: Years of experience"_s);
    const QString tip = model->index(drifted, MappingModel::TargetColumn).data(Qt::ToolTipRole).toString();
    CHECK(tip.contains(u"Years of experience"_s));
    CHECK(tip.contains(u"cannot be saved"_s));
    CHECK(model->index(fine, MappingModel::SourceColumn).data(MappingModel::DriftWordRole)
              .toString()
              .isEmpty());

    // The word drawn in the attention colour: the drifted cell has it, a fine one has none.
    QTableView *table = fixture.targets();
    table->clearSelection();
    table->setCurrentIndex({});
    QApplication::processEvents();
    const QImage image = table->viewport()->grab().toImage();
    const qreal ratio = image.devicePixelRatio();
    // The text's part of the cell: right of where the icon goes.
    const int iconRoom = table->fontMetrics().height() + 12;
    const auto cell = [&](int row) {
        const QRect rect = table->visualRect(model->index(row, MappingModel::SourceColumn))
                               .adjusted(iconRoom, 0, 0, 0);
        return QRect(rect.topLeft() * ratio, rect.size() * ratio);
    };
    const QColor attention = StatusPalette::color(StatusPalette::Status::Attention, table->palette());
    CHECK(pixelsNear(image, cell(drifted), attention) > 20);
    CHECK(pixelsNear(image, cell(fine), attention) == 0);
    saveScreenshot(fixture.view.get(), u"mapping-drift-marked.png"_s);

    // Mapping the row from another field clears the mark.
    REQUIRE(fixture.document()->mapSource(u"workCity"_s, u"candidate.locationCity"_s));
    CHECK(source.data(MappingModel::DriftWordRole).toString().isEmpty());
}
