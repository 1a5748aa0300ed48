// CandidatesView against a real sandbox, driven from the keyboard under the offscreen platform:
// list, filter, selection, notes, stage moves, archive reasons, error and empty states.
#include "UiTestSupport.h"
#include "UrlCatcher.h"

#include "models/api/SyncTokenStore.h"
#include "models/candidates/ApplicationsModel.h"
#include "models/candidates/CandidateDetail.h"
#include "models/candidates/CandidateDirectory.h"
#include "models/candidates/CandidateFilterModel.h"
#include "models/candidates/CandidatesModel.h"
#include "models/candidates/NotesModel.h"
#include "models/candidates/OffersModel.h"
#include "models/core/DisplayText.h"
#include "models/plans/StagesModel.h"
#include "models/reference/ReferenceData.h"
#include "ui/candidates/CandidateDetailPane.h"
#include "ui/candidates/CandidatesView.h"
#include "ui/candidates/MoveStageDialog.h"
#include "ui/common/DataAgeLabel.h"
#include "ui/common/EmptyState.h"
#include "ui/common/LoadingState.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/PageHeader.h"
#include "ui/common/StatusChip.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Test;

namespace {

SandboxProcess &sandbox()
{
    return sharedSandbox(u"candidates-view"_s);
}

struct ViewFixture
{
    explicit ViewFixture(SandboxProcess &process)
        : clients(process)
        , directory(&clients.client, &tokens)
        , reference(&clients.client)
        , view(&directory, new CandidateDetail(&clients.client), &reference)
    {
        view.resize(1064, 770); // as in a 1280×800 window, beside the sidebar (about 210 px)
        view.show();
        view.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&view));
    }

    void sync()
    {
        directory.sync();
        REQUIRE(waitUntil([this] {
            return directory.state() == CandidateDirectory::State::Ready
                || directory.state() == CandidateDirectory::State::Failed;
        }, 60'000));
        REQUIRE(directory.state() == CandidateDirectory::State::Ready);
        QTest::qWait(150); // the list pane's last refresh
    }

    template<typename T>
    T *child(const QString &name)
    {
        T *widget = view.findChild<T *>(name);
        REQUIRE(widget != nullptr);
        return widget;
    }

    CandidateDetail *detail() { return view.detail(); }

    // The offscreen platform has no window manager to give the view back the focus after a
    // dialog closed.
    void reactivate()
    {
        view.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&view));
    }
    CandidateDetailPane *pane() { return child<CandidateDetailPane>(u"candidateDetail"_s); }

    bool waitForDetail()
    {
        return waitUntil([this] {
            return detail()->state() == LoadState::Ready || detail()->state() == LoadState::Failed;
        });
    }

    // Shows a candidate (as the quick switcher would) and waits for the detail.
    void open(const QString &candidateId)
    {
        REQUIRE(view.selectCandidate(candidateId));
        REQUIRE(waitForDetail());
        INFO(detail()->lastError().details().toStdString());
        REQUIRE(detail()->state() == LoadState::Ready);
    }

    // Opens Move to stage with Alt+M and waits for the plan's stages.
    MoveStageDialog *openMoveDialog()
    {
        press(Qt::Key_M, Qt::AltModifier);
        REQUIRE(waitUntil([this] { return pane()->moveDialog() != nullptr; }, 2'000));
        MoveStageDialog *dialog = pane()->moveDialog();
        auto *stages = dialog->findChild<QComboBox *>(u"stageCombo"_s);
        REQUIRE(waitUntil([&] { return stages->isEnabled() && stages->hasFocus(); }));
        return dialog;
    }

    SandboxClients clients;
    MemorySyncTokenStore tokens;
    CandidateDirectory directory;
    ReferenceData reference;
    CandidatesView view;
};

// A candidate with exactly one application, Active and not yet at the end of its plan.
QString candidateWithOneActiveApplication(TestClient &raw, int skip)
{
    const QJsonArray applications = requireSuccess(raw.call(u"application.list"_s,
                                                            {{u"status"_s, u"Active"_s}}))
                                        .resultArray();
    for (const QJsonValue value : applications) {
        const QString candidateId = value[u"candidate"_s][u"id"_s].toString();
        const QJsonObject candidate = requireSuccess(raw.call(u"candidate.info"_s,
                                                              {{u"id"_s, candidateId}}))
                                          .resultObject();
        if (candidate[u"applicationIds"_s].toArray().size() == 1 && skip-- == 0)
            return candidateId;
    }
    FAIL("no candidate with one active application");
    return {};
}

// A candidate with two applications that are not archived.
QString candidateWithTwoApplications(TestClient &raw)
{
    const QJsonArray applications = requireSuccess(raw.call(u"application.list"_s,
                                                            {{u"status"_s, u"Active"_s}}))
                                        .resultArray();
    for (const QJsonValue value : applications) {
        const QString candidateId = value[u"candidate"_s][u"id"_s].toString();
        const QJsonArray ids = requireSuccess(raw.call(u"candidate.info"_s, {{u"id"_s, candidateId}}))
                                   .resultObject()[u"applicationIds"_s].toArray();
        if (ids.size() != 2)
            continue;
        bool open = true;
        for (const QJsonValue id : ids)
            open = open && requireSuccess(raw.call(u"application.info"_s, {{u"applicationId"_s, id}}))
                                   .resultObject()[u"status"_s].toString() != u"Archived"_s;
        if (open)
            return candidateId;
    }
    FAIL("no candidate with two open applications");
    return {};
}

QJsonObject applicationInfo(TestClient &raw, const QString &applicationId)
{
    return requireSuccess(raw.call(u"application.info"_s, {{u"applicationId"_s, applicationId}}))
        .resultObject();
}

// A one-line label whose whole text is drawn: not wrapped, not cut by its width.
void requireWhole(QLabel *label, const QString &text)
{
    INFO(label->objectName().toStdString() << ": " << label->text().toStdString());
    REQUIRE(label->isVisible());
    CHECK(label->text() == text);
    CHECK_FALSE(label->wordWrap());
    CHECK(label->fontMetrics().horizontalAdvance(label->text()) <= label->contentsRect().width());
    CHECK(label->height() < 2 * label->fontMetrics().lineSpacing());
    // Inside the visible part of the header, not clipped by its right edge.
    const QWidget *pane = label->window();
    const QRect onWindow(label->mapTo(pane, QPoint(0, 0)), label->size());
    CHECK(pane->rect().contains(onWindow));
}

// The candidate of the first offer the server lists with this offer status.
QString candidateWithOffer(TestClient &raw, const QString &offerStatus)
{
    const QJsonArray offers = requireSuccess(raw.call(u"offer.list"_s, {})).resultArray();
    for (const QJsonValue offer : offers) {
        if (offer[u"offerStatus"_s].toString() != offerStatus)
            continue;
        return requireSuccess(raw.call(u"application.info"_s,
                                       {{u"applicationId"_s, offer[u"applicationId"_s].toString()}}))
            .resultObject()[u"candidate"_s][u"id"_s].toString();
    }
    FAIL("no offer with status " << offerStatus.toStdString());
    return {};
}

QPushButton *retryButton(MessageBanner *banner)
{
    for (QPushButton *button : banner->findChildren<QPushButton *>())
        if (button->text() == u"Retry"_s)
            return button;
    return nullptr;
}

} // namespace

TEST_CASE("The list fills, filters as you type and shows the candidate chosen with the keyboard",
          "[ui][candidates]")
{
    ViewFixture fixture(sandbox());
    fixture.sync();
    CandidatesModel *model = fixture.directory.model();
    auto *table = fixture.child<QTableView>(u"candidateTable"_s);
    auto *count = fixture.child<QLabel>(u"candidateCount"_s);
    REQUIRE(model->rowCount() == 300);
    CHECK(table->model()->rowCount() == 300);
    CHECK(table->isVisible());
    CHECK(count->text() == u"300 candidates"_s);

    // A last name that several candidates share, typed into the search field.
    const QString lastName = model->index(7, CandidatesModel::NameColumn).data().toString().section(u' ', -1);
    const QString needle = lastName.left(5).toLower();
    int expected = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        expected += model->index(row, 0).data(CandidatesModel::SearchKeyRole).toString().contains(needle);
    REQUIRE(expected > 0);
    REQUIRE(expected < 300);
    auto *search = fixture.child<QLineEdit>(u"candidateSearch"_s);
    press(Qt::Key_F, Qt::ControlModifier);
    REQUIRE(search->hasFocus());
    type(lastName.left(5));
    CHECK(fixture.view.filterModel()->rowCount() == expected);
    CHECK(table->model()->rowCount() == expected);
    CHECK(count->text() == (expected == 1 ? u"1 of 300 matches"_s
                                          : u"%1 of 300 match"_s.arg(expected)));

    // Down leaves the search field for the results; Down again moves to the next one.
    press(Qt::Key_Down);
    REQUIRE(table->hasFocus());
    int row = 0;
    if (expected > 1) {
        press(Qt::Key_Down);
        row = 1;
    }
    const QModelIndex chosen = table->model()->index(row, CandidatesModel::NameColumn);
    const QString candidateId = chosen.data(CandidatesModel::IdRole).toString();
    CHECK(fixture.view.currentCandidateId() == candidateId);
    REQUIRE(fixture.waitForDetail());
    REQUIRE(fixture.detail()->state() == LoadState::Ready);
    CHECK(fixture.detail()->candidate().id == candidateId);
    CHECK(fixture.child<QLabel>(u"candidateName"_s)->text() == chosen.data().toString());
    CHECK(fixture.child<QLabel>(u"candidateEmail"_s)->text() == fixture.detail()->candidate().email);
    const Application *current = fixture.detail()->applications()->mostRecent();
    REQUIRE(current != nullptr);
    CHECK(fixture.child<StatusChip>(u"candidateStage"_s)->text() == current->currentStage.title);
    CHECK(fixture.child<QLabel>(u"candidateStageJob"_s)->text() == current->jobTitle);
    QTest::qWait(100);
    saveScreenshot(&fixture.view, u"candidates-list.png"_s);

    // Enter also asks the server; what it finds is already here, and the count line says so.
    search->setFocus();
    press(Qt::Key_Return);
    REQUIRE(waitUntil([&] { return count->text().contains(u"on the server"_s); }));
    CHECK(fixture.view.filterModel()->rowCount() == expected);
}

TEST_CASE("A note added with the keyboard appears and is on the server", "[ui][candidates]")
{
    ViewFixture fixture(sandbox());
    fixture.sync();
    const QString candidateId = fixture.directory.model()->index(3, 0)
                                    .data(CandidatesModel::IdRole).toString();
    fixture.open(candidateId);
    const int before = fixture.detail()->notes()->rowCount();
    QSignalSpy added(fixture.detail(), &CandidateDetail::noteAdded);

    press(Qt::Key_N, Qt::AltModifier); // the Notes tab
    auto *tabs = fixture.child<QTabWidget>(u"candidateTabs"_s);
    REQUIRE(tabs->currentIndex() == 1);
    press(Qt::Key_W, Qt::AltModifier); // "New note"
    auto *editor = fixture.child<QPlainTextEdit>(u"noteEditor"_s);
    REQUIRE(editor->hasFocus());
    const QString text = u"Phone screen went well; available from March."_s;
    type(text);
    CHECK(fixture.child<QPushButton>(u"addNoteButton"_s)->isEnabled());
    press(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(waitUntil([&] { return added.count() > 0; }));

    NotesModel *notes = fixture.detail()->notes();
    REQUIRE(notes->rowCount() == before + 1);
    CHECK(notes->index(before, NotesModel::ContentColumn).data().toString() == text);
    CHECK(editor->toPlainText().isEmpty());
    CHECK(tabs->tabText(1) == u"&Notes (%1)"_s.arg(before + 1));
    const QJsonArray server = requireSuccess(fixture.clients.raw.call(
                                                 u"candidate.listNotes"_s,
                                                 {{u"candidateId"_s, candidateId}}))
                                  .resultArray();
    bool found = false;
    for (const QJsonValue note : server)
        found = found || note[u"content"_s].toString() == text;
    CHECK(found);
    QTest::qWait(100);
    saveScreenshot(&fixture.view, u"candidates-notes.png"_s);

    // A failed save keeps the text in the editor and says why.
    requireSuccess(fixture.clients.raw.call(u"sandbox.configure"_s,
                                            {{u"failNext"_s, QJsonArray{u"serverError"_s}}}));
    QSignalSpy failed(fixture.detail(), &CandidateDetail::noteFailed);
    type(u"This one will not be saved."_s);
    press(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(waitUntil([&] { return failed.count() > 0; }));
    CHECK(editor->toPlainText() == u"This one will not be saved."_s);
    auto *banner = fixture.child<MessageBanner>(u"candidateDetailBanner"_s);
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(u"Your text is still in the editor"_s));
    CHECK(notes->rowCount() == before + 1);
}

TEST_CASE("A note written with Willo's key shows \"From Willo\" and its link opens in the browser",
          "[ui][candidates]")
{
    ViewFixture fixture(sandbox());
    fixture.sync();
    const QString candidateId = fixture.directory.model()->index(4, 0)
                                    .data(CandidatesModel::IdRole).toString();
    const QJsonObject key = requireSuccess(fixture.clients.raw.call(
                                               u"apiKey.create"_s,
                                               {{u"integrationPartner"_s, u"Willo"_s},
                                                {u"scopePreset"_s, u"integration:willo"_s}}))
                                .resultObject();
    TestClient willo(sandbox().baseUrl(), key.value(u"key"_s).toString());
    const QString link = u"https://willo.example/responses/42"_s;
    requireSuccess(willo.call(u"candidate.createNote"_s,
                              {{u"candidateId"_s, candidateId},
                               {u"note"_s, QString(u"Video interview answered: "_s + link)}}));
    fixture.open(candidateId);

    NotesModel *notes = fixture.detail()->notes();
    REQUIRE(notes->rowCount() > 0);
    const int last = notes->rowCount() - 1;
    CHECK(notes->index(last, NotesModel::AuthorColumn).data().toString() == u"From Willo"_s);
    CHECK(notes->index(last, 0).data(NotesModel::IntegrationIdRole).toString() == u"willo"_s);

    press(Qt::Key_N, Qt::AltModifier); // the Notes tab
    auto *list = fixture.child<QTableView>(u"notesList"_s);
    list->setFocus();
    press(Qt::Key_End, Qt::ControlModifier);
    REQUIRE(list->currentIndex().row() == last);
    auto *viewer = fixture.child<QLabel>(u"noteViewer"_s);
    REQUIRE(viewer->isVisible());
    CHECK(viewer->text().contains(u"From Willo"_s));
    CHECK(viewer->text().contains(QString(u"<a href=\""_s + link + u"\">"_s)));

    UrlCatcher browser;
    // What a click on the link does (the offscreen platform cannot aim at a word in a label).
    Q_EMIT viewer->linkActivated(link);
    CHECK(browser.opened == QList<QUrl>{QUrl(link)});
    Q_EMIT viewer->linkActivated(u"file:///etc/passwd"_s);
    CHECK(browser.opened.size() == 1);
}

TEST_CASE("Move to stage with the keyboard moves the application on the server",
          "[ui][candidates]")
{
    ViewFixture fixture(sandbox());
    fixture.sync();
    const QString candidateId = candidateWithOneActiveApplication(fixture.clients.raw, 0);
    fixture.open(candidateId);
    ApplicationsModel *applications = fixture.detail()->applications();
    REQUIRE(applications->rowCount() == 1);
    const Application before = applications->applications().first();
    QSignalSpy refreshed(fixture.detail(), &CandidateDetail::applicationRefreshed);

    MoveStageDialog *dialog = fixture.openMoveDialog();
    auto *stages = dialog->findChild<QComboBox *>(u"stageCombo"_s);
    auto *move = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    CHECK(stages->currentIndex() == -1);
    CHECK_FALSE(move->isEnabled());
    press(Qt::Key_Down); // the first stage that is not the current one
    const QString stageId = dialog->stageId();
    REQUIRE_FALSE(stageId.isEmpty());
    CHECK(stageId != before.currentStage.id);
    CHECK_FALSE(dialog->needsArchiveReason());
    CHECK(move->isEnabled());
    const QString stageTitle = dialog->findChild<StagesModel *>()->stage(stages->currentIndex())->title;
    saveScreenshot(dialog, u"move-stage-dialog.png"_s);
    press(Qt::Key_Return);
    REQUIRE(waitUntil([&] { return refreshed.count() > 0; }));

    const QJsonObject server = applicationInfo(fixture.clients.raw, before.id);
    CHECK(server[u"currentInterviewStage"_s][u"id"_s].toString() == stageId);
    CHECK(server[u"applicationHistory"_s].toArray().size() == before.history.size() + 1);
    const QModelIndex top = applications->index(0, 0);
    CHECK(applications->rowCount(top) == before.history.size() + 1);
    CHECK(applications->index(0, ApplicationsModel::StageColumn).data().toString() == stageTitle);
    const int listRow = fixture.directory.model()->rowOf(candidateId);
    CHECK(fixture.directory.model()->index(listRow, CandidatesModel::StageColumn).data().toString()
          == stageTitle);
    CHECK(fixture.child<StatusChip>(u"candidateStage"_s)->text() == stageTitle);
    CHECK(fixture.child<MessageBanner>(u"candidateDetailBanner"_s)->text().contains(stageTitle));
}

TEST_CASE("With several applications the dialog asks which one and a failed move can be retried",
          "[ui][candidates]")
{
    ViewFixture fixture(sandbox());
    fixture.sync();
    fixture.open(candidateWithTwoApplications(fixture.clients.raw));
    ApplicationsModel *applications = fixture.detail()->applications();
    REQUIRE(applications->rowCount() == 2);
    QSignalSpy refreshed(fixture.detail(), &CandidateDetail::applicationRefreshed);

    press(Qt::Key_M, Qt::AltModifier);
    REQUIRE(waitUntil([&] { return fixture.pane()->moveDialog() != nullptr; }, 2'000));
    MoveStageDialog *dialog = fixture.pane()->moveDialog();
    auto *which = dialog->findChild<QComboBox *>(u"applicationCombo"_s);
    auto *stages = dialog->findChild<QComboBox *>(u"stageCombo"_s);
    auto *model = dialog->findChild<StagesModel *>();
    REQUIRE(which->isVisible());
    REQUIRE(waitUntil([&] { return which->hasFocus(); }, 2'000));
    REQUIRE(which->count() == 2);
    // The application the list shows comes first; the keyboard picks the other one.
    const int other = which->currentIndex() == 0 ? 1 : 0;
    press(other == 1 ? Qt::Key_Down : Qt::Key_Up);
    REQUIRE(which->currentIndex() == other);
    const Application target = applications->applications().at(other);
    CHECK(dialog->applicationId() == target.id);
    REQUIRE(waitUntil([&] { return model->state() == LoadState::Ready && stages->isEnabled(); }));
    CHECK(model->currentStageId() == target.currentStage.id);
    CHECK(model->interviewPlanId() == target.currentStage.interviewPlanId);
    press(Qt::Key_Tab);
    REQUIRE(stages->hasFocus());
    press(Qt::Key_Down);
    const QString stageId = dialog->stageId();
    REQUIRE_FALSE(stageId.isEmpty());
    CHECK(stageId != target.currentStage.id);

    // The server fails the write once: the banner says so and offers Retry.
    requireSuccess(fixture.clients.raw.call(u"sandbox.configure"_s,
                                            {{u"failNext"_s, QJsonArray{u"serverError"_s}}}));
    QSignalSpy failed(fixture.detail(), &CandidateDetail::moveFailed);
    press(Qt::Key_Return);
    REQUIRE(waitUntil([&] { return failed.count() > 0; }));
    auto *banner = fixture.child<MessageBanner>(u"candidateDetailBanner"_s);
    CHECK(banner->text().startsWith(u"The application was not moved."_s));
    QPushButton *retry = retryButton(banner);
    REQUIRE(retry != nullptr);
    REQUIRE(retry->isVisible());
    fixture.reactivate(); // what the window manager does when the dialog goes
    retry->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Space);
    REQUIRE(waitUntil([&] { return refreshed.count() > 0; }));
    CHECK(applicationInfo(fixture.clients.raw, target.id)[u"currentInterviewStage"_s][u"id"_s]
              .toString() == stageId);
    CHECK(applications->rowCount(applications->index(other, 0)) == target.history.size() + 1);

    // Escape closes the dialog without moving anything.
    press(Qt::Key_M, Qt::AltModifier);
    REQUIRE(waitUntil([&] { return fixture.pane()->moveDialog() != nullptr; }, 2'000));
    QPointer<MoveStageDialog> second(fixture.pane()->moveDialog());
    REQUIRE(waitUntil([&] {
        return second->findChild<QComboBox *>(u"applicationCombo"_s)->hasFocus();
    }, 2'000));
    press(Qt::Key_Escape);
    REQUIRE(waitUntil([&] { return second.isNull(); }, 2'000));
    CHECK(refreshed.count() == 1);
}

TEST_CASE("An Archived stage keeps Move disabled until an archive reason is chosen",
          "[ui][candidates]")
{
    ViewFixture fixture(sandbox());
    fixture.sync();
    const QString candidateId = candidateWithOneActiveApplication(fixture.clients.raw, 1);
    fixture.open(candidateId);
    const QString applicationId = fixture.detail()->applications()->applications().first().id;
    QSignalSpy refreshed(fixture.detail(), &CandidateDetail::applicationRefreshed);

    MoveStageDialog *dialog = fixture.openMoveDialog();
    auto *move = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *reasons = dialog->findChild<QComboBox *>(u"archiveReasonCombo"_s);
    CHECK_FALSE(reasons->isVisible());
    press(Qt::Key_End); // the last stage: Archived
    REQUIRE(dialog->needsArchiveReason());
    CHECK(reasons->isVisible());
    CHECK_FALSE(move->isEnabled());
    REQUIRE(waitUntil([&] { return reasons->isEnabled() && reasons->count() > 0; }));
    CHECK_FALSE(move->isEnabled());
    CHECK(dialog->findChild<QLabel *>(u"moveStageHint"_s)->text().contains(u"needs a reason"_s));
    QPointer<MoveStageDialog> guard(dialog);
    press(Qt::Key_Return); // refused at once: nothing is chosen yet
    REQUIRE(guard != nullptr);
    CHECK(dialog->isVisible());

    press(Qt::Key_Tab);
    REQUIRE(reasons->hasFocus());
    press(Qt::Key_Down);
    REQUIRE(reasons->currentIndex() == 0);
    CHECK(move->isEnabled());
    const QString reasonText = reasons->currentText();
    saveScreenshot(dialog, u"move-stage-archive.png"_s);
    press(Qt::Key_Return);
    REQUIRE(waitUntil([&] { return refreshed.count() > 0; }));
    const QJsonObject server = applicationInfo(fixture.clients.raw, applicationId);
    CHECK(server[u"status"_s].toString() == u"Archived"_s);
    CHECK(server[u"archiveReason"_s][u"text"_s].toString() == reasonText);
}

TEST_CASE("A failing candidate load explains itself and Retry recovers", "[ui][candidates]")
{
    ViewFixture fixture(sandbox());
    fixture.sync();
    const QString candidateId = fixture.directory.model()->index(11, 0)
                                    .data(CandidatesModel::IdRole).toString();

    // Loading first (a slow server): the pane says what it is loading.
    requireSuccess(fixture.clients.raw.call(u"sandbox.configure"_s,
                                            {{u"faults"_s, QJsonObject{{u"latencyMs"_s, 500}}}}));
    REQUIRE(fixture.view.selectCandidate(fixture.directory.model()->index(12, 0)
                                             .data(CandidatesModel::IdRole).toString()));
    auto *loading = fixture.child<LoadingState>(u"candidateLoading"_s);
    REQUIRE(waitUntil([&] { return loading->isVisible(); }, 2'000));
    CHECK(loading->text().startsWith(u"Loading applications, notes and offers of "_s));
    CHECK_FALSE(fixture.child<QTabWidget>(u"candidateTabs"_s)->isVisible()); // no empty tabs
    saveScreenshot(&fixture.view, u"candidates-detail-loading.png"_s);
    REQUIRE(fixture.waitForDetail());
    requireSuccess(fixture.clients.raw.call(u"sandbox.configure"_s,
                                            {{u"faults"_s, QJsonObject{{u"latencyMs"_s, 0}}}}));

    requireSuccess(fixture.clients.raw.call(
        u"sandbox.configure"_s,
        {{u"failNext"_s, QJsonArray{u"serverError"_s, u"serverError"_s, u"serverError"_s,
                                    u"serverError"_s}}}));
    REQUIRE(fixture.view.selectCandidate(candidateId));
    REQUIRE(fixture.waitForDetail());
    REQUIRE(fixture.detail()->state() == LoadState::Failed);

    auto *banner = fixture.child<MessageBanner>(u"candidateDetailBanner"_s);
    REQUIRE(banner->isVisible());
    const QString name = fixture.directory.model()->candidate(candidateId)->name;
    CHECK(banner->text() == u"%1 could not be loaded. %2"_s.arg(
              name, fixture.detail()->lastError().userMessage()));
    CHECK(banner->text().contains(u"HTTP 503"_s));
    CHECK_FALSE(banner->text().contains(u'{'));
    QPushButton *retry = retryButton(banner);
    REQUIRE(retry != nullptr);
    REQUIRE(retry->isVisible());
    CHECK_FALSE(fixture.child<QPushButton>(u"moveToStageButton"_s)->isEnabled());
    QTest::qWait(100);
    saveScreenshot(&fixture.view, u"candidates-error.png"_s);

    retry->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Space);
    REQUIRE(fixture.waitForDetail());
    CHECK(fixture.detail()->state() == LoadState::Ready);
    CHECK(fixture.detail()->candidate().id == candidateId);
    CHECK_FALSE(banner->isVisible());
    CHECK(fixture.child<QPushButton>(u"moveToStageButton"_s)->isEnabled());

    // And a candidate with an offer, on the Offers tab (Alt+F).
    const QJsonObject offer = requireSuccess(fixture.clients.raw.call(
                                                 u"offer.list"_s, {{u"limit"_s, 1}}))
                                  .resultArray().first().toObject();
    const QString withOffer = applicationInfo(fixture.clients.raw,
                                              offer[u"applicationId"_s].toString())
                                  [u"candidate"_s][u"id"_s].toString();
    fixture.open(withOffer);
    press(Qt::Key_F, Qt::AltModifier);
    REQUIRE(fixture.child<QTabWidget>(u"candidateTabs"_s)->currentIndex() == 2);
    auto *offers = fixture.child<QTableView>(u"offersTable"_s);
    REQUIRE(offers->model()->rowCount() >= 1);
    CHECK(offers->isVisible());
    CHECK_FALSE(offers->model()->index(0, 2).data().toString().isEmpty());
    QTest::qWait(100);
    saveScreenshot(&fixture.view, u"candidates-offers.png"_s);
}

TEST_CASE("Loading, empty and list-error states read well", "[ui][candidates]")
{
    SandboxProcess &empty = sharedSandbox(u"candidates-empty"_s,
                                          {u"--seed"_s, u"demo"_s, u"--candidates"_s, u"0"_s});
    ViewFixture fixture(empty);
    auto *placeholder = fixture.child<EmptyState>(u"candidatePlaceholder"_s);
    CHECK(placeholder->isVisible());
    auto *emptyText = fixture.child<EmptyState>(u"candidateListEmpty"_s);
    CHECK(emptyText->text().contains(u"once Tessera is connected"_s));
    CHECK_FALSE(emptyText->actionButton()->isVisible());

    requireSuccess(fixture.clients.raw.call(u"sandbox.configure"_s,
                                            {{u"faults"_s, QJsonObject{{u"latencyMs"_s, 600}}}}));
    fixture.directory.setExpectedTotal(0);
    fixture.directory.sync();
    auto *loading = fixture.child<LoadingState>(u"candidateListLoading"_s);
    REQUIRE(waitUntil([&] { return loading->isVisible(); }, 2'000));
    CHECK(loading->text().startsWith(u"Loading candidates…"_s));
    saveScreenshot(&fixture.view, u"candidates-loading.png"_s);
    REQUIRE(waitUntil([&] { return fixture.directory.state() == CandidateDirectory::State::Ready; }));
    requireSuccess(fixture.clients.raw.call(u"sandbox.configure"_s,
                                            {{u"faults"_s, QJsonObject{{u"latencyMs"_s, 0}}}}));
    QTest::qWait(150);
    CHECK(emptyText->isVisible());
    CHECK(emptyText->text().startsWith(u"No candidates yet"_s));
    CHECK(emptyText->actionButton()->isVisible());
    CHECK(emptyText->actionButton()->text() == u"Check again"_s);
    saveScreenshot(&fixture.view, u"candidates-empty.png"_s);

    // The sync fails: the banner says why and Retry syncs again.
    requireSuccess(fixture.clients.raw.call(
        u"sandbox.configure"_s,
        {{u"failNext"_s, QJsonArray{u"serverError"_s, u"serverError"_s, u"serverError"_s,
                                    u"serverError"_s}}}));
    fixture.directory.sync();
    REQUIRE(waitUntil([&] { return fixture.directory.state() == CandidateDirectory::State::Failed; }));
    auto *banner = fixture.child<MessageBanner>(u"candidateListBanner"_s);
    REQUIRE(banner->isVisible());
    CHECK(banner->text().contains(u"HTTP 503"_s));
    QPushButton *retry = retryButton(banner);
    REQUIRE(retry != nullptr);
    QTest::qWait(100);
    saveScreenshot(&fixture.view, u"candidates-list-error.png"_s);
    retry->click();
    REQUIRE(waitUntil([&] { return fixture.directory.state() == CandidateDirectory::State::Ready; }));
    CHECK_FALSE(banner->isVisible());
}

TEST_CASE("F5 fetches only what changed and updates the row in place", "[ui][candidates]")
{
    ViewFixture fixture(sandbox());
    fixture.sync();
    CandidatesModel *model = fixture.directory.model();
    const int rows = model->rowCount();
    const QString id = model->index(11, 0).data(CandidatesModel::IdRole).toString();
    REQUIRE(fixture.clients.raw.call(u"candidate.update"_s,
                                     {{u"candidateId"_s, id}, {u"name"_s, u"Refreshed Name"_s}})
                .isSuccess());
    const QString created = u"fresh-%1@example.org"_s.arg(QDateTime::currentMSecsSinceEpoch());
    REQUIRE(fixture.clients.raw.call(u"candidate.create"_s,
                                     {{u"name"_s, u"Brand New"_s}, {u"email"_s, created}})
                .isSuccess());

    fixture.reactivate();
    press(Qt::Key_F5);
    REQUIRE(waitUntil([&] {
        return fixture.directory.state() == CandidateDirectory::State::Ready
            && model->rowCount() == rows + 1;
    }));
    CHECK(model->index(model->rowOf(id), CandidatesModel::NameColumn).data() == u"Refreshed Name"_s);
    CHECK(fixture.directory.lastSynced().isValid());
}

namespace {

// Opens a candidate with an accepted offer (the longest status word in English and German)
// after giving them a long email, phone and location, and checks that the header shows each
// value whole and the offers table every column but the job uncut.
void checkHeaderAndOffers(ViewFixture &fixture, const QString &screenshot)
{
    const QString candidateId = candidateWithOffer(fixture.clients.raw, u"CandidateAccepted"_s);
    // Long values, as real ones are: the email alone takes most of the pane's width.
    const QString email = u"maximiliane.oberhausen-wittgenstein@recruiting.example.org"_s;
    const QString phone = u"+49 (0) 30 1234 5678 90 ext. 4711"_s;
    requireSuccess(fixture.clients.raw.call(
        u"candidate.update"_s,
        {{u"candidateId"_s, candidateId}, {u"email"_s, email}, {u"phoneNumber"_s, phone},
         {u"location"_s, QJsonObject{{u"city"_s, u"Garmisch-Partenkirchen"_s},
                                     {u"region"_s, u"Bavaria"_s},
                                     {u"country"_s, u"Germany"_s}}}}));
    fixture.sync();
    fixture.open(candidateId);
    QTest::qWait(50); // the header's layout after the candidate arrived

    requireWhole(fixture.child<QLabel>(u"candidateEmail"_s), email);
    requireWhole(fixture.child<QLabel>(u"candidatePhone"_s), phone);
    const QString location = fixture.detail()->candidate().location;
    REQUIRE_FALSE(location.isEmpty());
    requireWhole(fixture.child<QLabel>(u"candidateLocation"_s), location);
    auto *stage = fixture.child<StatusChip>(u"candidateStage"_s);
    CHECK(stage->isVisible());
    CHECK(stage->width() >= stage->sizeHint().width());
    auto *move = fixture.child<QPushButton>(u"moveToStageButton"_s);
    CHECK(move->width() >= move->sizeHint().width());

    auto *tabs = fixture.child<QTabWidget>(u"candidateTabs"_s);
    tabs->setCurrentIndex(2);
    auto *offers = fixture.child<QTableView>(u"offersTable"_s);
    REQUIRE(offers->isVisible());
    REQUIRE(offers->model()->rowCount() >= 1);
    QTest::qWait(50);
    const QHeaderView *columns = offers->horizontalHeader();
    const int viewport = offers->viewport()->width();
    for (const int column : {int(OffersModel::StartDateColumn), int(OffersModel::SalaryColumn),
                             int(OffersModel::OfferStatusColumn)}) {
        const QString title = offers->model()->headerData(column, Qt::Horizontal).toString();
        INFO(title.toStdString());
        REQUIRE_FALSE(columns->isSectionHidden(column));
        // Wide enough for every cell (the chips' words) and its title, and wholly in view.
        CHECK(offers->columnWidth(column)
              >= static_cast<QAbstractItemView *>(offers)->sizeHintForColumn(column));
        CHECK(offers->columnWidth(column) >= columns->sectionSizeHint(column));
        CHECK(columns->sectionViewportPosition(column) >= 0);
        CHECK(columns->sectionViewportPosition(column) + offers->columnWidth(column) <= viewport);
    }
    CHECK(offers->horizontalScrollBar()->maximum() == 0); // nothing beyond the right edge
    const QModelIndex status = offers->model()->index(0, OffersModel::OfferStatusColumn);
    CHECK(status.data(OffersModel::StatusRole).toString() == u"CandidateAccepted"_s);

    // The list's column titles are whole too, and every stage pill of every row, not only of
    // those in view.
    auto *table = fixture.child<QTableView>(u"candidateTable"_s);
    for (int column = 0; column < table->model()->columnCount(); ++column) {
        INFO(table->model()->headerData(column, Qt::Horizontal).toString().toStdString());
        CHECK(table->columnWidth(column) >= table->horizontalHeader()->sectionSizeHint(column));
    }
    int widestStage = 0;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        widestStage = std::max(widestStage, static_cast<QAbstractItemView *>(table)->sizeHintForIndex(
                                   table->model()->index(row, CandidatesModel::StageColumn)).width());
    CHECK(table->columnWidth(CandidatesModel::StageColumn) >= widestStage);
    CHECK(status.data().toString() == DisplayText::offerStatus(u"CandidateAccepted"_s));
    QTest::qWait(100);
    saveScreenshot(&fixture.view, screenshot);
}

// Installs the German translation the application uses, for one test.
class German final
{
public:
    German()
    {
        const QString file = QCoreApplication::applicationDirPath() + u"/../../app/tessera_de.qm"_s;
        INFO(file.toStdString());
        REQUIRE(m_translator.load(file));
        QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    }
    ~German()
    {
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(m_before);
    }
    Q_DISABLE_COPY_MOVE(German)

private:
    QLocale m_before;
    QTranslator m_translator;
};

} // namespace

TEST_CASE("The header keeps a long email and phone whole and the offer statuses are not cut",
          "[ui][candidates]")
{
    ViewFixture fixture(sandbox());
    checkHeaderAndOffers(fixture, u"candidates-long-contact.png"_s);
    const QModelIndex status = fixture.child<QTableView>(u"offersTable"_s)->model()
                                   ->index(0, OffersModel::OfferStatusColumn);
    const Offer &offer = fixture.detail()->offers()->offers().first();
    CHECK(status.data(Qt::ToolTipRole).toString()
          == u"Candidate accepted\nAcceptance: %1\nApproval: %2"_s.arg(
              DisplayText::offerStatus(offer.acceptanceStatus),
              DisplayText::offerStatus(offer.approvalStatus)));
}

TEST_CASE("In German too the header keeps its values whole and the offer statuses are not cut",
          "[ui][candidates]")
{
    German german;
    ViewFixture fixture(sandbox());
    CHECK(fixture.view.header()->title() == u"Kandidaten"_s); // the translation is in use
    checkHeaderAndOffers(fixture, u"candidates-long-contact-de.png"_s);
}

TEST_CASE("A filter that matches nothing says so and Clear filter brings the list back",
          "[ui][candidates]")
{
    ViewFixture fixture(sandbox());
    fixture.sync();
    auto *table = fixture.child<QTableView>(u"candidateTable"_s);
    auto *empty = fixture.child<EmptyState>(u"candidateListEmpty"_s);
    REQUIRE(table->isVisible());
    CHECK_FALSE(empty->isVisible());

    press(Qt::Key_F, Qt::ControlModifier);
    type(u"zzqx"_s);
    REQUIRE(fixture.view.filterModel()->rowCount() == 0);
    CHECK_FALSE(table->isVisible());
    REQUIRE(empty->isVisible());
    CHECK(empty->text() == u"No candidate matches “zzqx”."_s);
    QPushButton *clear = empty->actionButton();
    REQUIRE(clear->isVisible());
    CHECK(clear->text() == u"Clear filter"_s);
    saveScreenshot(&fixture.view, u"candidates-no-match.png"_s);

    clear->click();
    CHECK(fixture.child<QLineEdit>(u"candidateSearch"_s)->text().isEmpty());
    CHECK(fixture.view.filterModel()->rowCount() == fixture.directory.model()->rowCount());
    CHECK(table->isVisible());
    CHECK_FALSE(empty->isVisible());
}

TEST_CASE("The page header says how old the candidates are", "[ui][candidates]")
{
    ViewFixture fixture(sandbox());
    DataAgeLabel *age = fixture.view.header()->dataAge();
    REQUIRE(age == fixture.child<DataAgeLabel>(u"candidateDataAge"_s));
    CHECK(fixture.view.header()->title() == u"Candidates"_s);
    CHECK(age->isVisible());
    CHECK(age->text() == u"Not loaded yet"_s);

    // A slow server: the label says the data is being updated while the sync runs.
    requireSuccess(fixture.clients.raw.call(u"sandbox.configure"_s,
                                            {{u"faults"_s, QJsonObject{{u"latencyMs"_s, 300}}}}));
    fixture.directory.setExpectedTotal(300);
    fixture.directory.sync();
    CHECK(waitUntil([&] { return age->text() == u"Loading…"_s; }, 2'000));
    // Until the first rows are in, the list's place says what loads, with counts.
    auto *loading = fixture.child<LoadingState>(u"candidateListLoading"_s);
    REQUIRE(waitUntil([&] { return loading->isVisible(); }, 2'000));
    CHECK(loading->text() == u"Loading candidates…"_s);
    CHECK(loading->countText().endsWith(u" / 300"_s));
    REQUIRE(waitUntil([&] {
        return fixture.directory.state() == CandidateDirectory::State::Ready
            || fixture.directory.state() == CandidateDirectory::State::Failed;
    }, 60'000));
    requireSuccess(fixture.clients.raw.call(u"sandbox.configure"_s,
                                            {{u"faults"_s, QJsonObject{{u"latencyMs"_s, 0}}}}));
    REQUIRE(fixture.directory.state() == CandidateDirectory::State::Ready);
    CHECK(age->text().startsWith(u"Updated "_s));
    CHECK(age->toolTip().startsWith(u"Last updated "_s));

    // F5 again: "Updating…" while the refresh runs, then a fresh age.
    fixture.reactivate();
    press(Qt::Key_F5);
    CHECK(fixture.directory.status()->isLoading());
    CHECK(age->text() == u"Updating…"_s);
    REQUIRE(waitUntil([&] { return fixture.directory.state() == CandidateDirectory::State::Ready; }));
    CHECK(age->text().startsWith(u"Updated "_s));
}
