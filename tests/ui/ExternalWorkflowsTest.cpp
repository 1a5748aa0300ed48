// Juro external workflows as an admin manages them above the field-mapping editor, against a
// real sandbox: create by keyboard and open the template's mapping, edit, a refused title with
// the input kept, someone else's change or delete while the dialog is open, delete.
#include "MappingTestSupport.h"
#include "tests/support/RequestLog.h"

#include "app/ViewFactory.h"
#include "models/core/LoadStatus.h"
#include "models/mapping/MappingModel.h"
#include "models/mapping/SourceFieldsModel.h"
#include "models/reference/ReferenceData.h"
#include "models/settings/Settings.h"
#include "models/workflows/ExternalWorkflowsModel.h"
#include "ui/common/MessageBanner.h"
#include "ui/mapping/ExternalWorkflowDialog.h"
#include "ui/mapping/ExternalWorkflowsPane.h"
#include "ui/mapping/FieldMappingsView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Test;

namespace {

const QString backendId = u"0b7e2d1c-6a43-4f0e-9d8b-3c5a1e7f9b20"_s;

struct WorkflowsFixture
{
    explicit WorkflowsFixture(SandboxProcess &process)
        : clients(process)
        , settings(directory.filePath(u"tessera.ini"_s))
        , reference(&clients.client)
        , view(ViewFactory::mappingModels(&clients.client, reference.integrations()), &settings,
               backendId)
        , tester(view.workflowsPane()->model(),
                 QAbstractItemModelTester::FailureReportingMode::Fatal)
    {
        // The editor's choices come from the integrations' capabilities.
        reference.integrations()->ensureLoaded();
        REQUIRE(waitUntil([this] { return reference.integrations()->status()->hasLoaded(); }));
        view.resize(1280, 860);
        view.show();
        view.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&view));
    }

    void openJuro(const QString &target = u"workflow:employment-contract"_s)
    {
        view.open(u"juro"_s, target);
        REQUIRE(waitUntil([this] {
            return view.document()->status()->state() == LoadState::Ready
                && model()->status()->state() == LoadState::Ready;
        }));
    }

    ExternalWorkflowsPane *pane() const { return view.workflowsPane(); }
    ExternalWorkflowsModel *model() const { return pane()->model(); }

    QJsonObject createByApi(const QString &title, const QString &entryPoint,
                            const QString &templateId)
    {
        const ApiReply reply = clients.raw.call(u"externalWorkflow.create"_s,
                                                {{u"integrationId"_s, u"juro"_s},
                                                 {u"title"_s, title},
                                                 {u"entryPoint"_s, entryPoint},
                                                 {u"templateId"_s, templateId}});
        REQUIRE(reply.isSuccess());
        return reply.resultObject();
    }

    QJsonObject serverWorkflow(const QString &id)
    {
        const ApiReply reply = clients.raw.call(u"externalWorkflow.list"_s,
                                                {{u"integrationId"_s, u"juro"_s}});
        REQUIRE(reply.isSuccess());
        for (const QJsonValue value : reply.resultArray())
            if (value[u"id"_s].toString() == id)
                return value.toObject();
        return {};
    }

    QTemporaryDir directory;
    SandboxClients clients;
    Settings settings;
    ReferenceData reference;
    FieldMappingsView view;
    QAbstractItemModelTester tester;
};

ExternalWorkflowDialog *openedDialog(QWidget *parent)
{
    // A dialog that was just closed deletes itself later: wait for it to be gone first.
    REQUIRE(waitUntil([parent] {
        const auto *old = parent->findChild<ExternalWorkflowDialog *>();
        return !old || old->isVisible();
    }));
    return waitForDialog<ExternalWorkflowDialog>(*parent, u"externalWorkflowDialog"_s);
}

} // namespace

TEST_CASE("the workflows section shows for Juro only, with an empty state that says what to do",
          "[ui][workflows]")
{
    SandboxProcess sandbox(sandboxArguments());
    WorkflowsFixture fixture(sandbox);
    fixture.view.open(u"humaans"_s, u"employee"_s);
    REQUIRE(waitUntil([&] { return fixture.view.document()->status()->state() == LoadState::Ready; }));
    CHECK_FALSE(fixture.pane()->isVisible());

    fixture.openJuro();
    CHECK(fixture.pane()->isVisible());
    CHECK(fixture.model()->rowCount() == 0);
    CHECK(fixture.pane()->toggle()->text() == u"Juro workflows (0)"_s);
    CHECK_FALSE(fixture.pane()->editAction()->isEnabled());
    auto *stack = fixture.pane()->findChild<QStackedWidget *>();
    REQUIRE(stack != nullptr);
    CHECK(stack->currentIndex() == AdminPageParts::EmptyPage);
    CHECK(stack->currentWidget()->findChild<QLabel *>()->text().startsWith(u"No workflows yet"_s));
    saveScreenshot(&fixture.view, u"workflows-empty.png"_s);

    // Collapsing hides the list and keeps the editor.
    CHECK(stack->isVisible());
    fixture.pane()->toggle()->click();
    CHECK_FALSE(stack->isVisible());
    CHECK(fixture.pane()->toggle()->arrowType() == Qt::RightArrow);
    CHECK_FALSE(fixture.pane()->newAction()->isEnabled()); // keys act only on what is shown
    fixture.pane()->toggle()->click();
    CHECK(stack->isVisible());
    CHECK(fixture.pane()->newAction()->isEnabled());
}

TEST_CASE("keyboard only: create a workflow, open its template's mapping, edit and delete it",
          "[ui][workflows][keyboard]")
{
    SandboxProcess sandbox(sandboxArguments());
    WorkflowsFixture fixture(sandbox);
    fixture.openJuro();

    // Ctrl+Shift+N anywhere in the section opens the dialog with the title focused.
    fixture.pane()->setFocus();
    press(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    ExternalWorkflowDialog *dialog = openedDialog(fixture.pane());
    CHECK(QApplication::focusWidget() == dialog->titleEdit());
    CHECK(dialog->openMappingCheck()->isChecked());

    // An empty title is refused before anything is sent.
    press(Qt::Key_Return);
    CHECK(dialog->isVisible());
    CHECK(dialog->banner()->text().contains(u"title"_s));

    type(u"Offer NDA"_s);
    press(Qt::Key_Tab); // the first entry point
    press(Qt::Key_Down); // … the second: an offer
    CHECK(dialog->selectedEntryPoint() == u"offer"_s);
    press(Qt::Key_Tab); // the template
    REQUIRE(QApplication::focusWidget() == dialog->templateChooser());
    press(Qt::Key_End);
    CHECK(dialog->templateChooser()->currentData() == QVariant(u"nda"_s));
    saveScreenshot(dialog, u"workflow-dialog.png"_s);
    press(Qt::Key_Return);

    REQUIRE(waitUntil([&] { return fixture.model()->rowCount() == 1; }));
    const ExternalWorkflow created = *fixture.model()->workflow(0); // a copy: rows go away
    CHECK(created.title == u"Offer NDA"_s);
    CHECK(created.entryPoint == u"offer"_s);
    CHECK(created.target == u"workflow:nda"_s);
    // "Open its field mapping next": the editor now shows the NDA template's fields.
    REQUIRE(waitUntil([&] {
        return fixture.view.document()->target() == u"workflow:nda"_s
            && fixture.view.document()->status()->state() == LoadState::Ready;
    }));
    // The offscreen platform has no window manager to give the window back its activation.
    REQUIRE(waitUntil([&] { return !fixture.pane()->findChild<ExternalWorkflowDialog *>(); }));
    fixture.view.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&fixture.view));
    CHECK(fixture.view.targetTable()->hasFocus());
    CHECK(fixture.pane()->usageLabel()->text().contains(u"“Offer NDA”"_s));
    const QJsonObject stored = fixture.serverWorkflow(created.id);
    CHECK(stored.value(u"title"_s) == QJsonValue(u"Offer NDA"_s));

    // Back to the list: Enter opens the selected workflow's mapping.
    fixture.view.open(u"juro"_s, u"workflow:employment-contract"_s);
    REQUIRE(waitUntil([&] { return fixture.view.document()->status()->state() == LoadState::Ready; }));
    fixture.pane()->table()->setFocus();
    fixture.pane()->selectWorkflow(created.id);
    press(Qt::Key_Return);
    REQUIRE(waitUntil([&] { return fixture.view.document()->target() == u"workflow:nda"_s; }));

    // F2 edits title and entry point; the template is fixed.
    fixture.pane()->table()->setFocus();
    press(Qt::Key_F2);
    dialog = openedDialog(fixture.pane());
    CHECK_FALSE(dialog->templateChooser()->isEnabled());
    press(Qt::Key_A, Qt::ControlModifier);
    type(u"Mutual NDA"_s);
    press(Qt::Key_Return);
    REQUIRE(waitUntil([&] { return fixture.model()->workflow(0)->title == u"Mutual NDA"_s; }));
    REQUIRE(waitUntil([&] { return !fixture.pane()->findChild<ExternalWorkflowDialog *>(); }));
    fixture.view.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&fixture.view));
    CHECK(fixture.serverWorkflow(created.id).value(u"version"_s) == QJsonValue(2));

    // Delete asks first; Cancel is the default and Escape keeps the workflow.
    fixture.pane()->table()->setFocus();
    press(Qt::Key_Delete);
    QPointer<QMessageBox> box =
        waitForDialog<QMessageBox>(*fixture.pane(), u"deleteWorkflowBox"_s);
    CHECK(box->text().contains(u"Mutual NDA"_s));
    CHECK(box->defaultButton() == box->button(QMessageBox::Cancel));
    const RequestLog requests(&fixture.clients.client);
    press(Qt::Key_Escape);
    REQUIRE(waitUntil([&] { return box.isNull(); })); // closed and deleted
    CHECK(requests.sent(u"externalWorkflow.delete"_s) == 0);
    CHECK_FALSE(fixture.serverWorkflow(created.id).isEmpty());
    CHECK(fixture.model()->rowCount() == 1);
    REQUIRE(waitUntil([&] { return !fixture.pane()->findChild<QMessageBox *>(); }));
    fixture.view.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&fixture.view));
    fixture.pane()->table()->setFocus();
    fixture.pane()->deleteAction()->trigger();
    box = waitForDialog<QMessageBox>(*fixture.pane(), u"deleteWorkflowBox"_s);
    for (QAbstractButton *button : box->buttons())
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            button->click();
    REQUIRE(waitUntil([&] { return fixture.model()->rowCount() == 0; }));
    CHECK(fixture.serverWorkflow(created.id).isEmpty());
}

TEST_CASE("a refused title, someone else's change and someone else's delete keep the input",
          "[ui][workflows][conflict]")
{
    SandboxProcess sandbox(sandboxArguments());
    WorkflowsFixture fixture(sandbox);
    const QJsonObject offer =
        fixture.createByApi(u"Offer contract"_s, u"offer"_s, u"employment-contract"_s);
    const QString offerId = offer.value(u"id"_s).toString();
    fixture.openJuro();
    REQUIRE(fixture.model()->rowCount() == 1);

    // A duplicate title: the server's sentence, inline; the dialog and its input stay.
    fixture.pane()->newAction()->trigger();
    ExternalWorkflowDialog *dialog = openedDialog(fixture.pane());
    dialog->titleEdit()->setText(u"offer CONTRACT"_s);
    dialog->saveButton()->click();
    REQUIRE(waitUntil([&] { return !dialog->banner()->text().isEmpty()
                                   && dialog->saveButton()->isEnabled(); }));
    CHECK(dialog->banner()->text().contains(u"already exists"_s));
    CHECK(dialog->titleEdit()->text() == u"offer CONTRACT"_s);
    CHECK(fixture.model()->rowCount() == 1);
    dialog->reject();

    // Someone else renames it while this admin edits it.
    fixture.pane()->selectWorkflow(offerId);
    fixture.pane()->editAction()->trigger();
    dialog = openedDialog(fixture.pane());
    REQUIRE(fixture.clients.raw.call(u"externalWorkflow.update"_s,
                                     {{u"externalWorkflowId"_s, offerId},
                                      {u"version"_s, 1},
                                      {u"title"_s, u"Their title"_s}})
                .isSuccess());
    dialog->titleEdit()->setText(u"My title"_s);
    dialog->selectEntryPoint(u"interviewPlanActivity"_s);
    dialog->saveButton()->click();
    REQUIRE(waitUntil([&] { return dialog->banner()->text().contains(u"Someone else changed"_s)
                                   && dialog->saveButton()->isEnabled(); }));
    CHECK(dialog->titleEdit()->text() == u"My title"_s);
    // Save comes back only once the list shows their version (else it would conflict again).
    REQUIRE(fixture.model()->workflowById(offerId) != nullptr);
    CHECK(fixture.model()->workflowById(offerId)->title == u"Their title"_s);
    CHECK(fixture.model()->workflowById(offerId)->version == 2);
    saveScreenshot(dialog, u"workflow-conflict.png"_s);
    // Save again applies this admin's input over theirs, on purpose.
    dialog->saveButton()->click();
    REQUIRE(waitUntil([&] { return fixture.model()->workflowById(offerId)->title
                                   == u"My title"_s; }));
    const QJsonObject server = fixture.serverWorkflow(offerId);
    CHECK(server.value(u"version"_s) == QJsonValue(3));
    CHECK(server.value(u"entryPoint"_s) == QJsonValue(u"interviewPlanActivity"_s));

    // Someone else deletes it while this admin edits it: Create brings it back with the input.
    fixture.pane()->selectWorkflow(offerId);
    fixture.pane()->editAction()->trigger();
    dialog = openedDialog(fixture.pane());
    REQUIRE(fixture.clients.raw.call(u"externalWorkflow.delete"_s,
                                     {{u"externalWorkflowId"_s, offerId}})
                .isSuccess());
    dialog->titleEdit()->setText(u"Kept title"_s);
    dialog->saveButton()->click();
    REQUIRE(waitUntil([&] { return dialog->banner()->text().contains(u"deleted"_s)
                                   && dialog->saveButton()->isEnabled(); }));
    CHECK(dialog->saveButton()->text().remove(u'&') == u"Create workflow"_s);
    CHECK(dialog->titleEdit()->text() == u"Kept title"_s);
    dialog->saveButton()->click();
    REQUIRE(waitUntil([&] { return fixture.model()->rowCount() == 1
                                   && fixture.model()->workflow(0)->title == u"Kept title"_s; }));
    CHECK(fixture.model()->workflow(0)->id != offerId);
    CHECK(fixture.model()->workflow(0)->templateId == u"employment-contract"_s);
}

TEST_CASE("the workflows section says plainly when the backend cannot be reached",
          "[ui][workflows][error]")
{
    SandboxProcess sandbox(sandboxArguments());
    WorkflowsFixture fixture(sandbox);
    fixture.openJuro();
    sandbox.kill();
    ApiClientOptions options = fixture.clients.client.options();
    options.maxReadAttempts = 1;
    fixture.clients.client.setOptions(options);
    fixture.model()->reload();
    REQUIRE(waitUntil([&] { return fixture.model()->status()->state() == LoadState::Failed; }));
    CHECK_FALSE(fixture.pane()->banner()->text().isEmpty());
    CHECK_FALSE(fixture.pane()->newAction()->isEnabled());
    saveScreenshot(&fixture.view, u"workflows-unreachable.png"_s);
}
