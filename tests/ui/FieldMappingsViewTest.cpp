// The field-mapping editor as an admin uses it, under the offscreen platform against a real
// sandbox: keyboard-only mapping, drops on the target table, the transform and value-map
// editors, the preview, drafts that survive closing the view, and the conflict dialog.
#include "MappingTestSupport.h"

#include "app/ViewFactory.h"
#include "models/core/LoadStatus.h"
#include "models/mapping/MappingMime.h"
#include "models/mapping/MappingModel.h"
#include "models/mapping/PreviewModel.h"
#include "models/mapping/SourceFieldsModel.h"
#include "models/mapping/ValueMapModel.h"
#include "models/reference/ReferenceData.h"
#include "models/settings/Settings.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/VersionConflictDialog.h"
#include "ui/mapping/FieldMappingsView.h"
#include "ui/mapping/MappingEditBar.h"
#include "ui/mapping/PreviewPane.h"
#include "ui/mapping/SourceFieldsPane.h"
#include "ui/mapping/TransformChainEditor.h"
#include "ui/mapping/TransformParamsForm.h"
#include "ui/mapping/ValueMapEditor.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDropEvent>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUndoStack>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Test;

namespace {

// Keyboard only, from the target table: back to the search field, find the source, Tab to the
// targets, type the target's name, Enter.
void mapByKeyboard(ViewFixture &fixture, const QString &sourceQuery, const QString &targetPrefix)
{
    REQUIRE(QApplication::focusWidget() == fixture.targets());
    press(Qt::Key_Backtab, Qt::ShiftModifier);
    REQUIRE(QApplication::focusWidget() == fixture.view->sourcePane()->tree());
    press(Qt::Key_Backtab, Qt::ShiftModifier);
    REQUIRE(QApplication::focusWidget() == fixture.view->sourcePane()->search());
    press(Qt::Key_A, Qt::ControlModifier);
    type(sourceQuery);
    press(Qt::Key_Return);
    REQUIRE(QApplication::focusWidget() == fixture.view->sourcePane()->tree());
    REQUIRE(fixture.view->sourcePane()->currentSourceId() == sourceQuery);
    press(Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == fixture.targets());
    QTest::qWait(QApplication::keyboardInputInterval() + 50); // a fresh type-ahead search
    type(targetPrefix);
    press(Qt::Key_Return);
}

} // namespace

TEST_CASE("keyboard only: the Humaans mapping built from scratch, undone, redone and saved",
          "[ui][mapping][keyboard]")
{
    SandboxProcess sandbox(sandboxArguments());
    ViewFixture fixture(sandbox);
    fixture.open(u"humaans"_s);
    MappingDocument *document = fixture.document();
    REQUIRE(document->rows().size() == 12); // Humaans' defaults

    // Remove every row: Delete, Down, ... from the first target.
    fixture.targets()->setFocus();
    press(Qt::Key_Home, Qt::ControlModifier);
    for (int row = 0; row < 12; ++row) {
        press(Qt::Key_Delete);
        press(Qt::Key_Down);
    }
    REQUIRE(document->rows().isEmpty());
    CHECK(fixture.view->editBar()->status()->text() == u"12 unsaved changes"_s);

    mapByKeyboard(fixture, u"candidate.firstName"_s, u"First"_s);
    mapByKeyboard(fixture, u"candidate.lastName"_s, u"Last"_s);
    mapByKeyboard(fixture, u"candidate.personalEmail"_s, u"Personal e"_s);
    mapByKeyboard(fixture, u"job.title"_s, u"Job"_s);
    CHECK(sourceOf(*document, u"firstName"_s) == u"candidate.firstName"_s);
    CHECK(sourceOf(*document, u"lastName"_s) == u"candidate.lastName"_s);
    CHECK(sourceOf(*document, u"personalEmail"_s) == u"candidate.personalEmail"_s);
    CHECK(sourceOf(*document, u"jobTitle"_s) == u"job.title"_s);
    CHECK(document->rows().size() == 4);

    // Undo and redo by keyboard.
    press(Qt::Key_Z, Qt::ControlModifier);
    CHECK_FALSE(document->row(u"jobTitle"_s).has_value());
    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(sourceOf(*document, u"jobTitle"_s) == u"job.title"_s);

    // Enter with no source chosen says what to do instead of guessing.
    saveScreenshot(fixture.view.get(), u"mapping-humaans-keyboard.png"_s);
    press(Qt::Key_S, Qt::ControlModifier);
    REQUIRE(waitUntil([&] { return document->saveState() == MappingDocument::SaveState::Idle
                                   && !document->isDirty(); }));
    CHECK(fixture.view->editBar()->status()->text() == u"All changes saved · version 1"_s);
    CHECK_FALSE(fixture.view->editBar()->saveButton()->isEnabled());
    const auto [rows, version] = serverMapping(fixture.clients.raw, u"humaans"_s, u"employee"_s);
    CHECK(version == 1);
    CHECK(rows == document->rows());
}

TEST_CASE("drops on the target table map, move and ask before replacing", "[ui][mapping][dnd]")
{
    // Under the offscreen platform QDrag::exec has no real drag loop, so the test sends the
    // drag-enter, drag-move and drop events a drag would deliver to the table's viewport.
    SandboxProcess sandbox(sandboxArguments());
    ViewFixture fixture(sandbox);
    fixture.open(u"sora"_s);
    MappingDocument *document = fixture.document();
    SourceFieldsModel *sources = fixture.view->sourceFields();

    std::unique_ptr<QMimeData> region(
        sources->mimeData({sources->indexOfField(u"candidate.locationRegion"_s)}));
    fixture.sendDrop(region.get(), u"workState"_s);
    CHECK(sourceOf(*document, u"workState"_s) == u"candidate.locationRegion"_s);

    // Move it between targets.
    std::unique_ptr<QMimeData> moving(fixture.view->mappingModel()->mimeData({fixture.targetIndex(u"workState"_s)}));
    fixture.sendDrop(moving.get(), u"workCity"_s);
    CHECK_FALSE(document->row(u"workState"_s).has_value());
    CHECK(sourceOf(*document, u"workCity"_s) == u"candidate.locationRegion"_s);

    // Onto a mapped target: a question; Cancel keeps the mapping, Replace replaces it.
    std::unique_ptr<QMimeData> company(sources->mimeData({sources->indexOfField(u"candidate.company"_s)}));
    fixture.sendDrop(company.get(), u"firstName"_s);
    auto *box = fixture.view->findChild<QMessageBox *>(u"replaceMappingBox"_s);
    REQUIRE(box != nullptr);
    REQUIRE(waitUntil([box] { return box->isVisible(); }));
    CHECK(box->text().contains(u"First name"_s));
    box->button(QMessageBox::Cancel)->click();
    CHECK(sourceOf(*document, u"firstName"_s) == u"candidate.name"_s);
    REQUIRE(waitUntil([&] { return fixture.view->findChild<QMessageBox *>(u"replaceMappingBox"_s) == nullptr; }));

    fixture.sendDrop(company.get(), u"firstName"_s);
    box = fixture.view->findChild<QMessageBox *>(u"replaceMappingBox"_s);
    REQUIRE(box != nullptr);
    box->defaultButton()->click();
    CHECK(sourceOf(*document, u"firstName"_s) == u"candidate.company"_s);
    CHECK(document->undoStack()->count() == 3);
}

TEST_CASE("the transform editor builds every transform type and refuses bad input",
          "[ui][mapping][transforms]")
{
    SandboxProcess sandbox(sandboxArguments());
    ViewFixture fixture(sandbox);
    fixture.open(u"sora"_s);
    MappingDocument *document = fixture.document();
    TransformChainEditor *chain = fixture.view->transformEditor();
    REQUIRE(fixture.view->selectTarget(u"preferredName"_s));
    REQUIRE(document->mapSource(u"preferredName"_s, u"candidate.name"_s));

    const auto transforms = [&] { return document->row(u"preferredName"_s)->transforms; };
    const auto last = [&] { return transforms().last().toObject(); };
    const auto form = [&]() -> QWidget * { return chain->paramsForm(); };

    chain->addTransform(u"splitName"_s);
    auto *part = form()->findChild<QComboBox *>(u"param-part"_s);
    REQUIRE(part != nullptr);
    part->setCurrentText(u"last"_s);
    CHECK(last() == QJsonObject{{u"type"_s, u"splitName"_s}, {u"part"_s, u"last"_s}});

    chain->addTransform(u"case"_s);
    form()->findChild<QComboBox *>(u"param-mode"_s)->setCurrentText(u"upper"_s);
    CHECK(last().value(u"mode"_s) == QJsonValue(u"upper"_s));

    const auto typeInto = [&](const QString &name, const QString &text) {
        auto *edit = form()->findChild<QLineEdit *>(name);
        REQUIRE(edit != nullptr);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    };
    chain->addTransform(u"dateFormat"_s);
    typeInto(u"param-format"_s, u"d MMMM yyyy"_s);
    CHECK(last().value(u"format"_s) == QJsonValue(u"d MMMM yyyy"_s));
    chain->addTransform(u"constant"_s);
    typeInto(u"param-value"_s, u"Fixed"_s);
    CHECK(last().value(u"value"_s) == QJsonValue(u"Fixed"_s));
    chain->addTransform(u"default"_s);
    typeInto(u"param-value"_s, u"n/a"_s);
    CHECK(last().value(u"value"_s) == QJsonValue(u"n/a"_s));
    chain->addTransform(u"join"_s);
    typeInto(u"param-sources"_s, u"candidate.locationCity, candidate.locationRegion"_s);
    typeInto(u"param-separator"_s, u", "_s);
    CHECK(last().value(u"sources"_s).toArray()
          == QJsonArray{u"candidate.locationCity"_s, u"candidate.locationRegion"_s});
    CHECK(last().value(u"separator"_s) == QJsonValue(u", "_s));
    chain->addTransform(u"trim"_s);
    CHECK(form()->findChild<QLabel *>(u"param-none"_s) != nullptr);
    chain->addTransform(u"number"_s);
    auto *decimals = form()->findChild<QSpinBox *>(u"param-decimals"_s);
    REQUIRE(decimals != nullptr);
    decimals->setValue(12); // out of range: clamped to 10
    CHECK(last().value(u"decimals"_s) == QJsonValue(10));
    chain->addTransform(u"currency"_s);
    typeInto(u"param-currencyCode"_s, u"usd"_s); // lowercase is refused by the validator
    CHECK_FALSE(last().contains(u"currencyCode"_s));
    typeInto(u"param-currencyCode"_s, u"EUR"_s);
    CHECK(last().value(u"currencyCode"_s) == QJsonValue(u"EUR"_s));
    chain->addTransform(u"valueMap"_s);
    CHECK(last() == QJsonObject{{u"type"_s, u"valueMap"_s}, {u"map"_s, QJsonObject()}});
    REQUIRE(transforms().size() == 10);

    QStringList types;
    for (const QJsonValue transform : transforms())
        types << transform[u"type"_s].toString();
    CHECK(types == QStringList{u"splitName"_s, u"case"_s, u"dateFormat"_s, u"constant"_s,
                               u"default"_s, u"join"_s, u"trim"_s, u"number"_s, u"currency"_s,
                               u"valueMap"_s});

    // Reorder and remove with the keyboard on the list.
    chain->list()->setFocus();
    chain->selectTransform(1);
    press(Qt::Key_Up, Qt::ControlModifier);
    CHECK(transforms().at(0)[u"type"_s] == u"case"_s);
    press(Qt::Key_Down, Qt::ControlModifier);
    CHECK(transforms().at(1)[u"type"_s] == u"case"_s);
    press(Qt::Key_Delete);
    CHECK(transforms().size() == 9);
    CHECK(transforms().at(1)[u"type"_s] == u"dateFormat"_s);

    // The backend judges the chain: a preview with it reports an error rather than failing.
    fixture.view->previewPane()->showCandidate(californiaCandidateEmail(fixture.clients.raw));
    REQUIRE(waitUntil([&] { return fixture.view->preview()->status()->state() != LoadState::Loading; }));
    saveScreenshot(fixture.view.get(), u"mapping-transforms.png"_s);
    CHECK(fixture.view->preview()->status()->state() == LoadState::Ready);
    CHECK(fixture.view->preview()->problemCount() > 0);

    // Every edit was one undo step; undoing them all restores the untouched row.
    QUndoStack *undo = document->undoStack();
    while (undo->canUndo())
        undo->undo();
    CHECK_FALSE(document->row(u"preferredName"_s).has_value());
    CHECK(chain->chain().isEmpty());
}

TEST_CASE("the Sora preview shows California through a pasted value map",
          "[ui][mapping][preview][valuemap]")
{
    SandboxProcess sandbox(sandboxArguments());
    ViewFixture fixture(sandbox);
    fixture.open(u"sora"_s);
    MappingDocument *document = fixture.document();
    REQUIRE(document->mapSource(u"workState"_s, u"candidate.locationRegion"_s));
    REQUIRE(fixture.view->selectTarget(u"workState"_s));
    TransformChainEditor *chain = fixture.view->transformEditor();
    chain->addTransform(u"valueMap"_s);
    ValueMapEditor *editor = chain->valueMapEditor();
    REQUIRE(editor->isVisible());

    QApplication::clipboard()->setText(u"CA\tCalifornia\nNY\tNew York\nTX,Texas\n"_s);
    editor->table()->setFocus();
    press(Qt::Key_V, Qt::ControlModifier);
    QApplication::clipboard()->clear();
    const QJsonObject map = document->row(u"workState"_s)->transforms.at(0)[u"map"_s].toObject();
    CHECK(map == QJsonObject{{u"CA"_s, u"California"_s}, {u"NY"_s, u"New York"_s},
                             {u"TX"_s, u"Texas"_s}});
    editor->defaultEdit()->setFocus();
    type(u"Other"_s);
    press(Qt::Key_Return);
    CHECK(document->row(u"workState"_s)->transforms.at(0)[u"default"_s] == u"Other"_s);
    // Remove the NY row with Delete in the table.
    editor->table()->setFocus();
    editor->table()->setCurrentIndex(editor->model()->index(1, 0));
    editor->table()->selectRow(1);
    press(Qt::Key_Delete);
    CHECK_FALSE(document->row(u"workState"_s)->transforms.at(0)[u"map"_s].toObject().contains(u"NY"_s));
    saveScreenshot(editor, u"mapping-value-map-editor.png"_s);

    const QString email = californiaCandidateEmail(fixture.clients.raw);
    PreviewPane *pane = fixture.view->previewPane();
    pane->email()->setFocus();
    type(email);
    press(Qt::Key_Return);
    PreviewModel *preview = fixture.view->preview();
    REQUIRE(waitUntil([&] { return preview->status()->state() == LoadState::Ready; }));
    CHECK(preview->valueOf(u"workState"_s) == QJsonValue(u"California"_s));

    // Changing the mapping refreshes the preview by itself (debounced).
    const int generation = preview->generation();
    REQUIRE(document->unmap(u"jobTitle"_s));
    REQUIRE(waitUntil([&] { return preview->generation() > generation
                                   && preview->status()->state() == LoadState::Ready; }));
    CHECK(pane->status()->text().contains(u"need"_s));
    bool calledOut = false;
    for (int row = 0; row < preview->rowCount(); ++row)
        if (preview->index(row, 0).data(PreviewModel::TargetIdRole) == u"jobTitle"_s)
            calledOut = preview->index(row, 1).data(PreviewModel::IsProblemRole).toBool();
    CHECK(calledOut);
    saveScreenshot(fixture.view.get(), u"mapping-sora-preview.png"_s);
}

TEST_CASE("unsaved edits survive closing the view and are offered again", "[ui][mapping][draft]")
{
    SandboxProcess sandbox(sandboxArguments());
    ViewFixture fixture(sandbox);
    fixture.open(u"sora"_s);
    REQUIRE(fixture.document()->mapSource(u"workState"_s, u"candidate.locationRegion"_s));
    REQUIRE(fixture.document()->unmap(u"startDate"_s));
    const QList<MappingRow> edited = fixture.document()->rows();
    const QByteArray draft = fixture.settings.mappingDraft(mappingBackendId, u"sora"_s, u"employee"_s);
    CHECK_FALSE(draft.isEmpty());
    CHECK_FALSE(draft.contains(fixture.clients.raw.apiKey().toUtf8()));

    fixture.view.reset(); // closed without saving
    fixture.makeView();
    fixture.open(u"sora"_s);
    REQUIRE(waitUntil([&] { return fixture.view->draftBar()->isVisible(); }));
    CHECK_FALSE(fixture.document()->isDirty());
    saveScreenshot(fixture.view.get(), u"mapping-draft-offered.png"_s);
    fixture.view->restoreDraftButton()->click();
    CHECK(fixture.document()->rows() == edited);
    CHECK(fixture.document()->isDirty());
    CHECK(fixture.view->editBar()->status()->text() == u"2 unsaved changes"_s);

    // Saved: the draft is gone, and the next visit offers nothing.
    fixture.document()->save();
    REQUIRE(waitUntil([&] { return !fixture.document()->isDirty(); }));
    CHECK(fixture.settings.mappingDraft(mappingBackendId, u"sora"_s, u"employee"_s).isEmpty());
    fixture.view.reset();
    fixture.makeView();
    fixture.open(u"sora"_s);
    QTest::qWait(100);
    CHECK_FALSE(fixture.view->draftBar()->isVisible());
    CHECK(fixture.document()->rows() == edited);
}

TEST_CASE("a conflicting save opens the dialog: compare, then overwrite, reload also works",
          "[ui][mapping][conflict]")
{
    SandboxProcess sandbox(sandboxArguments());
    ViewFixture fixture(sandbox);
    fixture.open(u"sora"_s);
    MappingDocument *document = fixture.document();

    // Someone else saves first.
    const MappingRow theirs{u"workCity"_s, u"candidate.locationCity"_s, {}, false, false};
    QList<MappingRow> theirRows = document->rows();
    theirRows.append(theirs);
    REQUIRE(fixture.clients.raw
                .call(u"fieldMapping.set"_s, {{u"integrationId"_s, u"sora"_s},
                                              {u"target"_s, u"employee"_s},
                                              {u"version"_s, 0},
                                              {u"rows"_s, rowsToJson(theirRows)}})
                .isSuccess());

    REQUIRE(document->mapSource(u"workState"_s, u"candidate.locationRegion"_s));
    fixture.targets()->setFocus();
    press(Qt::Key_S, Qt::ControlModifier);
    VersionConflictDialog *dialog = nullptr;
    REQUIRE(waitUntil([&] {
        dialog = fixture.view->findChild<VersionConflictDialog *>();
        return dialog && dialog->isVisible();
    }));
    dialog->compareButton()->click();
    CHECK(dialog->theirsText()->toPlainText().contains(u"workCity ← candidate.locationCity"_s));
    CHECK(dialog->oursText()->toPlainText().contains(u"workState ← candidate.locationRegion"_s));
    saveScreenshot(dialog, u"mapping-conflict.png"_s);
    dialog->overwriteButton()->click();
    REQUIRE(waitUntil([&] { return document->saveState() == MappingDocument::SaveState::Idle
                                   && !document->isDirty(); }));
    auto [rows, version] = serverMapping(fixture.clients.raw, u"sora"_s, u"employee"_s);
    CHECK(version == 2);
    CHECK(rows == document->rows());

    // Again, and this time take theirs.
    theirRows = rows;
    theirRows.append({u"managerEmail"_s, u"job.hiringManagerEmail"_s, {}, false, false});
    REQUIRE(fixture.clients.raw
                .call(u"fieldMapping.set"_s, {{u"integrationId"_s, u"sora"_s},
                                              {u"target"_s, u"employee"_s},
                                              {u"version"_s, 2},
                                              {u"rows"_s, rowsToJson(theirRows)}})
                .isSuccess());
    REQUIRE(document->unmap(u"workState"_s));
    fixture.view->saveAction()->trigger();
    REQUIRE(waitUntil([&] {
        dialog = fixture.view->findChild<VersionConflictDialog *>();
        return dialog && dialog->isVisible();
    }));
    dialog->reloadButton()->click();
    std::tie(rows, version) = serverMapping(fixture.clients.raw, u"sora"_s, u"employee"_s);
    CHECK(version == 3);
    CHECK(document->rows() == rows);
    CHECK(sourceOf(*document, u"managerEmail"_s) == u"job.hiringManagerEmail"_s);
    CHECK_FALSE(document->isDirty());
}

TEST_CASE("the editor says plainly when the backend cannot be reached", "[ui][mapping][error]")
{
    SandboxProcess sandbox(sandboxArguments());
    ViewFixture fixture(sandbox);
    CHECK(fixture.view->findChild<QLabel *>(u"targetStatus"_s)->text() == u"Choose a mapping above."_s);
    CHECK(fixture.view->previewPane()->status()->text().contains(u"Type a candidate's name"_s));
    sandbox.kill();
    ApiClientOptions options = fixture.clients.client.options();
    options.maxReadAttempts = 1;
    fixture.clients.client.setOptions(options);
    fixture.view->open(u"sora"_s, u"employee"_s);
    REQUIRE(waitUntil([&] { return fixture.document()->status()->state() == LoadState::Failed
                                   && fixture.view->sourceFields()->status()->state() == LoadState::Failed; }));
    QApplication::processEvents();
    CHECK(fixture.view->banner()->isVisible());
    CHECK_FALSE(fixture.view->banner()->text().isEmpty());
    CHECK(fixture.view->findChild<QLabel *>(u"targetStatus"_s)->text()
          == u"The mapping could not be loaded."_s);
    CHECK(fixture.view->findChild<QLabel *>(u"sourceStatus"_s)->text().startsWith(
        u"The ATS fields could not be loaded"_s));
    CHECK_FALSE(fixture.targets()->isEnabled());
    CHECK_FALSE(fixture.view->saveAction()->isEnabled());
    saveScreenshot(fixture.view.get(), u"mapping-load-failed.png"_s);
}

TEST_CASE("keyboard only: Enter on a source offers Map to… with every target",
          "[ui][mapping][keyboard]")
{
    SandboxProcess sandbox(sandboxArguments());
    ViewFixture fixture(sandbox);
    fixture.open(u"sora"_s);
    fixture.view->sourcePane()->search()->setFocus();
    type(u"State / region"_s);
    press(Qt::Key_Return);
    REQUIRE(QApplication::focusWidget() == fixture.view->sourcePane()->tree());
    press(Qt::Key_Return);
    QMenu *menu = nullptr;
    REQUIRE(waitUntil([&] {
        menu = fixture.view->findChild<QMenu *>(u"mapToMenu"_s);
        return menu && menu->isVisible();
    }));
    CHECK(menu->actions().size() == 12);
    // Down to "Work state" (the ninth target) and Enter.
    for (int step = 0; step < 9; ++step)
        QTest::keyClick(menu, Qt::Key_Down);
    QTest::keyClick(menu, Qt::Key_Return);
    REQUIRE(waitUntil([&] { return sourceOf(*fixture.document(), u"workState"_s) == u"candidate.locationRegion"_s; }));
    CHECK(fixture.view->currentTargetId() == u"workState"_s);
}

TEST_CASE("drag and drop: the Sora mapping built from scratch, saved and previewed",
          "[ui][mapping][dnd]")
{
    SandboxProcess sandbox(sandboxArguments());
    ViewFixture fixture(sandbox);
    fixture.open(u"sora"_s);
    MappingDocument *document = fixture.document();
    SourceFieldsModel *sources = fixture.view->sourceFields();
    const auto rows = document->rows();
    for (const MappingRow &row : rows)
        REQUIRE(document->unmap(row.targetField));
    REQUIRE(document->rows().isEmpty());

    const QList<std::pair<QString, QString>> drops{
        {u"candidate.firstName"_s, u"firstName"_s},   {u"candidate.lastName"_s, u"lastName"_s},
        {u"candidate.personalEmail"_s, u"personalEmail"_s}, {u"job.title"_s, u"jobTitle"_s},
        {u"offer.startDate"_s, u"startDate"_s},       {u"candidate.locationRegion"_s, u"workState"_s},
        {u"candidate.locationCity"_s, u"workCity"_s}};
    for (const auto &[source, target] : drops) {
        std::unique_ptr<QMimeData> data(sources->mimeData({sources->indexOfField(source)}));
        fixture.sendDrop(data.get(), target);
        REQUIRE(sourceOf(*document, target) == source);
    }
    REQUIRE(fixture.view->selectTarget(u"workState"_s));
    fixture.view->transformEditor()->addTransform(u"valueMap"_s);
    REQUIRE(fixture.view->transformEditor()->valueMapEditor()->model()->pasteText(u"CA,California"_s) == 1);
    REQUIRE(fixture.view->selectTarget(u"startDate"_s));
    fixture.view->transformEditor()->addTransform(u"dateFormat"_s);

    fixture.view->saveAction()->trigger();
    REQUIRE(waitUntil([&] { return document->saveState() == MappingDocument::SaveState::Idle
                                   && !document->isDirty(); }));
    const auto [saved, version] = serverMapping(fixture.clients.raw, u"sora"_s, u"employee"_s);
    CHECK(version == 1);
    CHECK(saved == document->rows());
    CHECK(saved.size() == 7);

    fixture.view->previewPane()->showCandidate(californiaCandidateEmail(fixture.clients.raw));
    PreviewModel *preview = fixture.view->preview();
    REQUIRE(waitUntil([&] { return preview->status()->state() == LoadState::Ready; }));
    CHECK(preview->valueOf(u"workState"_s) == QJsonValue(u"California"_s));
    for (const QString &target : {u"firstName"_s, u"lastName"_s, u"personalEmail"_s, u"jobTitle"_s})
        CHECK_FALSE(preview->valueOf(target).toString().isEmpty());
}

TEST_CASE("a row whose source field was archived is marked in the table and named in the banner",
          "[ui][mapping][drift]")
{
    SandboxProcess sandbox(sandboxArguments());
    ViewFixture fixture(sandbox);
    TestClient &raw = fixture.clients.raw;
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
    const QModelIndex source = fixture.view->mappingModel()->index(
        fixture.view->mappingModel()->rowOfTarget(u"workCity"_s), MappingModel::SourceColumn);
    CHECK(source.data().toString() == u"Archived: Years of experience"_s);
    CHECK(fixture.view->banner()->text().contains(u"Years of experience"_s));
    fixture.view->selectTarget(u"workCity"_s);
    saveScreenshot(fixture.view.get(), u"mapping-drift.png"_s);
}

TEST_CASE("keyboard only: the preview's candidate picker finds a candidate by name",
          "[ui][mapping][preview]")
{
    SandboxProcess sandbox(sandboxArguments());
    ViewFixture fixture(sandbox);
    fixture.open(u"sora"_s);
    const auto emailsFor = [&](const QString &name) {
        const ApiReply reply = fixture.clients.raw.call(u"candidate.search"_s, {{u"name"_s, name}});
        REQUIRE(reply.isSuccess());
        QStringList emails;
        for (const QJsonValue candidate : reply.resultArray())
            emails << candidate[u"primaryEmailAddress"_s][u"value"_s].toString();
        return emails;
    };
    const QStringList priyaEmails = emailsFor(u"priya cl"_s);
    REQUIRE_FALSE(priyaEmails.isEmpty());
    // A two-letter query with several matches whose first is not Priya.
    QString query;
    QStringList arEmails;
    for (const QString &candidate : {u"en"_s, u"on"_s, u"an"_s, u"ma"_s, u"el"_s}) {
        arEmails = emailsFor(candidate);
        if (arEmails.size() >= 2 && !arEmails.contains(priyaEmails.first())) {
            query = candidate;
            break;
        }
    }
    REQUIRE_FALSE(query.isEmpty());

    QLineEdit *field = fixture.view->previewPane()->email();
    auto *suggestions = qobject_cast<const QAbstractItemModel *>(field->completer()->model());
    field->setFocus();
    type(query);
    QAbstractItemView *popup = field->completer()->popup();
    REQUIRE(waitUntil([&] { return popup->isVisible() && suggestions->rowCount() >= 2; }));
    CHECK(popup->model()->index(1, 0).data().toString().contains(arEmails.at(1)));
    saveScreenshot(popup, u"mapping-candidate-picker.png"_s); // a window of its own
    // The popup has the keys while it is open: the second match, then Enter.
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    CHECK(field->text() == arEmails.at(1));
    REQUIRE(waitUntil([&] { return fixture.view->preview()->status()->state() == LoadState::Ready; }));
    CHECK(fixture.view->preview()->email() == arEmails.at(1));
    CHECK(fixture.view->preview()->rowCount() > 0);

    // A name and Enter at once, before its matches arrived: not the old list's first row, but
    // this name's first match once it is in.
    field->setFocus();
    field->selectAll();
    type(u"priya cl"_s);
    popup->hide();
    field->setFocus();
    press(Qt::Key_Return);
    REQUIRE(waitUntil([&] { return field->text() == priyaEmails.first(); }));
    REQUIRE(waitUntil([&] { return fixture.view->preview()->email() == priyaEmails.first()
                                   && fixture.view->preview()->status()->state() == LoadState::Ready; }));
}
