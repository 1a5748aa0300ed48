// CandidateDetail against a real sandbox: ApplicationsModel, NotesModel and OffersModel under
// QAbstractItemModelTester (Fatal) while they load, take a new note and a stage move.
#include "ModelTestSupport.h"

#include "models/api/ApiCall.h"
#include "models/candidates/ApplicationsModel.h"
#include "models/candidates/CandidateDetail.h"
#include "models/candidates/CandidatesModel.h"
#include "models/candidates/NotesModel.h"
#include "models/candidates/OffersModel.h"
#include "models/core/DisplayText.h"

#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Test;

namespace {

SandboxProcess &sandbox()
{
    return sharedSandbox(u"detail-models"_s);
}

struct Detail
{
    explicit Detail(SandboxClients &clients)
        : detail(&clients.client)
        , applications(fatalTester(detail.applications()))
        , notes(fatalTester(detail.notes()))
        , offers(fatalTester(detail.offers()))
    {
    }

    bool load(const QString &candidateId)
    {
        detail.load(candidateId);
        return waitUntil([this] { return detail.state() != LoadState::Loading; });
    }

    CandidateDetail detail;
    std::unique_ptr<QAbstractItemModelTester> applications, notes, offers;
};

// A candidate one of whose applications has an offer.
QString candidateWithOffer(TestClient &raw)
{
    const QJsonObject offer = firstResult(raw, u"offer.list"_s, {{u"limit"_s, 1}});
    return candidateOf(raw, offer.value(u"applicationId"_s).toString());
}

// A candidate with an Active application, and that application.
std::pair<QString, QJsonObject> activeApplication(TestClient &raw, int skip = 0)
{
    const QJsonArray page = requireSuccess(raw.call(u"application.list"_s,
                                                    {{u"status"_s, u"Active"_s}, {u"limit"_s, 20}}))
                                .resultArray();
    REQUIRE(page.size() > skip);
    const QJsonObject application = page.at(skip).toObject();
    return {application.value(u"candidate"_s).toObject().value(u"id"_s).toString(), application};
}

} // namespace

TEST_CASE("CandidateDetail loads applications with history, notes and offers", "[models][detail]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    SandboxClients clients(sandbox());
    const QString candidateId = candidateWithOffer(clients.raw);
    requireSuccess(clients.raw.call(u"candidate.createNote"_s,
                                    {{u"candidateId"_s, candidateId},
                                     {u"note"_s, QJsonObject{{u"type"_s, u"text/html"_s},
                                                             {u"value"_s, u"<p>Strong <b>C++</b> &amp; Qt.</p>"_s}}}}));
    Detail fixture(clients);
    QSignalSpy states(&fixture.detail, &CandidateDetail::stateChanged);

    REQUIRE(fixture.load(candidateId));
    INFO(fixture.detail.lastError().details().toStdString());
    REQUIRE(fixture.detail.state() == LoadState::Ready);
    REQUIRE(states.count() == 2); // Loading, Ready
    CHECK(states.at(0).at(0).value<LoadState>() == LoadState::Loading);

    const QJsonObject server = results(clients.raw, u"candidate.info"_s, {{u"id"_s, candidateId}}).toObject();
    CHECK(fixture.detail.candidate().id == candidateId);
    CHECK(fixture.detail.candidate().name == server.value(u"name"_s).toString());

    const QJsonArray applicationIds = server.value(u"applicationIds"_s).toArray();
    ApplicationsModel *applications = fixture.detail.applications();
    REQUIRE(applications->rowCount() == applicationIds.size());
    for (int row = 0; row < applications->rowCount(); ++row) {
        const QModelIndex top = applications->index(row, 0);
        const QString id = top.data(ApplicationsModel::IdRole).toString();
        CHECK(id == applicationIds.at(row).toString());
        const QJsonObject info = results(clients.raw, u"application.info"_s, {{u"applicationId"_s, id}}).toObject();
        CHECK(top.data().toString() == info.value(u"job"_s).toObject().value(u"title"_s).toString());
        CHECK(applications->index(row, ApplicationsModel::StageColumn).data().toString()
              == info.value(u"currentInterviewStage"_s).toObject().value(u"title"_s).toString());
        const QJsonArray history = info.value(u"applicationHistory"_s).toArray();
        REQUIRE(applications->rowCount(top) == history.size());
        const QModelIndex last = applications->index(int(history.size()) - 1, 0, top);
        CHECK(last.data().toString() == history.last().toObject().value(u"title"_s).toString());
        CHECK(last.data(ApplicationsModel::IsHistoryRole).toBool());
        CHECK(last.parent() == top);
        CHECK(applications->index(int(history.size()) - 1, ApplicationsModel::StatusColumn, top)
                  .data().toString() == u"Current"_s);
    }

    NotesModel *notes = fixture.detail.notes();
    const QJsonArray serverNotes = requireSuccess(clients.raw.call(u"candidate.listNotes"_s,
                                                                   {{u"candidateId"_s, candidateId}}))
                                       .resultArray();
    REQUIRE(notes->rowCount() == serverNotes.size());
    const int html = notes->rowCount() - 1;
    CHECK(notes->index(html, NotesModel::ContentColumn).data().toString() == u"Strong C++ & Qt."_s);
    CHECK(notes->index(html, 0).data(NotesModel::ContentRole).toString().contains(u"<b>C++</b>"_s));
    CHECK(notes->index(html, NotesModel::AuthorColumn).data().toString() == u"Morgan Reyes"_s);

    OffersModel *offers = fixture.detail.offers();
    REQUIRE(offers->rowCount() >= 1);
    const Offer &offer = offers->offers().first();
    const QModelIndex offerRow = offers->index(0, OffersModel::JobColumn);
    CHECK(offerRow.data().toString()
          == applications->index(applications->rowOf(offer.applicationId), 0).data().toString());
    REQUIRE(offer.salary.has_value());
    CHECK(offers->index(0, OffersModel::SalaryColumn).data().toString()
          == DisplayText::money(*offer.salary, offer.currency));
    if (offer.currency == u"USD"_s)
        CHECK(offers->index(0, OffersModel::SalaryColumn).data().toString().startsWith(u'$'));
    CHECK_FALSE(offers->index(0, OffersModel::AcceptanceColumn).data().toString().isEmpty());
    CHECK_FALSE(offers->index(0, OffersModel::ApprovalColumn).data().toString().isEmpty());
}

TEST_CASE("Salaries use the locale's currency format", "[models][detail]")
{
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    CHECK(DisplayText::money(120000, u"USD"_s, us) == u"$120,000.00"_s);
    CHECK(DisplayText::money(120000.5, u"USD"_s, us) == u"$120,000.50"_s);
    CHECK(DisplayText::money(95000, u"CAD"_s, us) == u"CA$95,000.00"_s);
    CHECK(DisplayText::money(95000, u"EUR"_s, us) == u"€95,000.00"_s);
    CHECK(DisplayText::money(95000, u"CHF"_s, us) == u"CHF\u00a095,000.00"_s);
    CHECK(DisplayText::money(95000, u"JPY"_s, us) == u"¥95,000"_s); // no minor unit
    const QLocale de(QLocale::German, QLocale::Germany);
    CHECK(DisplayText::money(95000, u"EUR"_s, de) == u"95.000,00\u00a0€"_s);
    CHECK(DisplayText::words(u"WaitingOnSomethingNew"_s) == u"Waiting on something new"_s);
    CHECK(DisplayText::plainText(u"a < b > c"_s) == u"a < b > c"_s);
}

// A language switch sets the default locale (app/Translations); amounts and dates use it.
TEST_CASE("Amounts and dates follow the default locale", "[models][detail][locale]")
{
    const QLocale before;
    const QDate date(2026, 12, 28);
    QLocale::setDefault(QLocale(u"de"_s));
    CHECK(DisplayText::money(85000, u"EUR"_s) == u"85.000,00\u00a0€"_s);
    CHECK(DisplayText::money(85000, u"USD"_s) == u"85.000,00\u00a0US$"_s);
    CHECK(DisplayText::date(date) == u"28.12.26"_s);
    QLocale::setDefault(QLocale(u"fr"_s));
    CHECK(DisplayText::money(85000, u"EUR"_s) == u"85\u202f000,00\u00a0€"_s);
    CHECK(DisplayText::date(date) == u"28/12/2026"_s);
    QLocale::setDefault(QLocale(u"es"_s));
    CHECK(DisplayText::money(85000, u"EUR"_s) == u"85.000,00\u00a0€"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(DisplayText::money(85000, u"USD"_s) == u"$85,000.00"_s);
    CHECK(DisplayText::date(date) == u"12/28/26"_s);
    QLocale::setDefault(before);
}

TEST_CASE("addNote shows the new note without reloading and keeps the text on failure",
          "[models][detail]")
{
    SandboxClients clients(sandbox());
    const QString candidateId = activeApplication(clients.raw).first;
    Detail fixture(clients);
    REQUIRE(fixture.load(candidateId));
    REQUIRE(fixture.detail.state() == LoadState::Ready);
    const int before = fixture.detail.notes()->rowCount();
    QSignalSpy states(&fixture.detail, &CandidateDetail::stateChanged);
    QSignalSpy added(&fixture.detail, &CandidateDetail::noteAdded);
    QSignalSpy failed(&fixture.detail, &CandidateDetail::noteFailed);

    CHECK_FALSE(fixture.detail.addNote(u"  \n "_s)); // blank: nothing sent
    REQUIRE(fixture.detail.addNote(u"Called back, keen on the role."_s, true));
    CHECK(fixture.detail.isSavingNote());
    CHECK_FALSE(fixture.detail.addNote(u"A second note while the first saves"_s));
    REQUIRE(waitUntil([&] { return added.count() + failed.count() > 0; }));
    REQUIRE(added.count() == 1);
    CHECK(added.first().at(0).toString() == candidateId);
    CHECK(states.isEmpty()); // no reload
    REQUIRE(fixture.detail.notes()->rowCount() == before + 1);
    const QModelIndex note = fixture.detail.notes()->index(before, NotesModel::ContentColumn);
    CHECK(note.data().toString() == u"Called back, keen on the role."_s);
    CHECK(note.data(NotesModel::IsPrivateRole).toBool());
    CHECK(note.data(NotesModel::IdRole).toString() == added.first().at(1).toString());
    const QJsonArray serverNotes = requireSuccess(clients.raw.call(u"candidate.listNotes"_s,
                                                                   {{u"candidateId"_s, candidateId}}))
                                       .resultArray();
    CHECK(idsOf(serverNotes).contains(added.first().at(1).toString()));

    // The server fails the next request: the note is not added and its text comes back.
    requireSuccess(clients.raw.call(u"sandbox.configure"_s,
                                    {{u"failNext"_s, QJsonArray{u"serverError"_s}}}));
    REQUIRE(fixture.detail.addNote(u"This one fails"_s));
    REQUIRE(waitUntil([&] { return failed.count() > 0; }));
    CHECK(failed.first().at(2).toString() == u"This one fails"_s);
    CHECK(failed.first().at(1).value<ApiError>().httpStatus() == 503);
    CHECK(fixture.detail.notes()->rowCount() == before + 1);
    CHECK_FALSE(fixture.detail.isSavingNote());
}

TEST_CASE("moveToStage moves the application, grows its history and updates the list row",
          "[models][detail]")
{
    SandboxClients clients(sandbox());
    const auto [candidateId, application] = activeApplication(clients.raw, 1);
    const QString applicationId = application.value(u"id"_s).toString();
    const QJsonObject current = application.value(u"currentInterviewStage"_s).toObject();
    const QJsonArray stages = results(clients.raw, u"interviewStage.list"_s,
                                      {{u"interviewPlanId"_s, current.value(u"interviewPlanId"_s)}})
                                  .toArray();
    QJsonObject target;
    for (const QJsonValue stage : stages)
        if (stage.toObject().value(u"type"_s) == u"Offer"_s)
            target = stage.toObject();
    REQUIRE_FALSE(target.isEmpty());
    REQUIRE(target.value(u"id"_s) != current.value(u"id"_s));

    // The candidate list knows the candidate and this application.
    CandidatesModel list;
    auto listTester = fatalTester(&list);
    list.mergeCandidates({results(clients.raw, u"candidate.info"_s, {{u"id"_s, candidateId}})});
    list.mergeApplications({results(clients.raw, u"application.info"_s,
                                    {{u"applicationId"_s, applicationId}})});

    Detail fixture(clients);
    fixture.detail.setCandidatesModel(&list);
    REQUIRE(fixture.load(candidateId));
    REQUIRE(fixture.detail.state() == LoadState::Ready);
    ApplicationsModel *applications = fixture.detail.applications();
    const int row = applications->rowOf(applicationId);
    REQUIRE(row >= 0);
    const int historyBefore = applications->rowCount(applications->index(row, 0));
    QSignalSpy moved(&fixture.detail, &CandidateDetail::applicationMoved);
    QSignalSpy refreshed(&fixture.detail, &CandidateDetail::applicationRefreshed);
    QSignalSpy failed(&fixture.detail, &CandidateDetail::moveFailed);

    CHECK_FALSE(fixture.detail.moveToStage(u"not-this-candidates"_s, target.value(u"id"_s).toString()));
    REQUIRE(fixture.detail.moveToStage(applicationId, target.value(u"id"_s).toString()));
    REQUIRE(waitUntil([&] { return refreshed.count() + failed.count() > 0; }));
    REQUIRE(failed.isEmpty());
    REQUIRE(moved.count() == 1);
    CHECK(moved.first().at(1).toString() == applicationId);

    const QModelIndex top = applications->index(row, 0);
    CHECK(applications->index(row, ApplicationsModel::StageColumn).data().toString()
          == target.value(u"title"_s).toString());
    CHECK(applications->rowCount(top) == historyBefore + 1);
    CHECK(applications->index(historyBefore, 0, top).data().toString()
          == target.value(u"title"_s).toString());
    const int listRow = list.rowOf(candidateId);
    CHECK(list.index(listRow, CandidatesModel::StageColumn).data().toString()
          == target.value(u"title"_s).toString());

    const QJsonObject server = results(clients.raw, u"application.info"_s,
                                       {{u"applicationId"_s, applicationId}}).toObject();
    CHECK(server.value(u"currentInterviewStage"_s).toObject().value(u"id"_s) == target.value(u"id"_s));
    CHECK(server.value(u"applicationHistory"_s).toArray().size() == historyBefore + 1);

    // Archiving without a reason: the server refuses, nothing changes here.
    QString archived;
    for (const QJsonValue stage : stages)
        if (stage.toObject().value(u"type"_s) == u"Archived"_s)
            archived = stage.toObject().value(u"id"_s).toString();
    REQUIRE(fixture.detail.moveToStage(applicationId, archived));
    REQUIRE(waitUntil([&] { return failed.count() > 0; }));
    CHECK(failed.first().at(1).value<ApiError>().code() == u"invalid_input"_s);
    CHECK(applications->index(row, ApplicationsModel::StageColumn).data().toString()
          == target.value(u"title"_s).toString());
}

TEST_CASE("Loading another candidate or destroying the detail cancels the reads",
          "[models][detail]")
{
    SandboxClients clients(sandbox());
    const QString first = activeApplication(clients.raw, 2).first;
    const QString second = activeApplication(clients.raw, 3).first;
    REQUIRE(first != second);
    Detail fixture(clients);
    QSignalSpy states(&fixture.detail, &CandidateDetail::stateChanged);
    fixture.detail.load(first);
    fixture.detail.load(second);
    REQUIRE(waitUntil([&] { return fixture.detail.state() == LoadState::Ready; }));
    // The server answers one request after the other: the first candidate's reads were asked
    // before the second's, so had they not been cancelled they would have landed by now.
    CHECK(fixture.detail.candidate().id == second);
    CHECK(states.count() == 3); // Loading, Loading, Ready

    auto *doomed = new CandidateDetail(&clients.client);
    QSignalSpy doomedStates(doomed, &CandidateDetail::stateChanged);
    doomed->load(first);
    delete doomed;
    // A later read on the same client comes back: the event loop has run past the aborted ones.
    bool barrier = false;
    QObject context;
    QObject::connect(clients.client.call(u"organization.info"_s, {}, &context),
                     &ApiCall::finished, &context, [&barrier] { barrier = true; });
    REQUIRE(waitUntil([&barrier] { return barrier; }));
    CHECK(doomedStates.count() == 1);
}

TEST_CASE("A failed load says why and reload recovers", "[models][detail]")
{
    SandboxClients clients(sandbox());
    const QString candidateId = activeApplication(clients.raw, 4).first;
    Detail fixture(clients);
    requireSuccess(clients.raw.call(u"sandbox.configure"_s,
                                    {{u"failNext"_s, QJsonArray{u"serverError"_s, u"serverError"_s,
                                                                u"serverError"_s, u"serverError"_s}}}));
    REQUIRE(fixture.load(candidateId));
    REQUIRE(fixture.detail.state() == LoadState::Failed);
    CHECK(fixture.detail.lastError().httpStatus() == 503);
    CHECK(fixture.detail.lastError().method() == u"candidate.info"_s);
    CHECK(fixture.detail.applications()->rowCount() == 0);

    fixture.detail.reload();
    REQUIRE(waitUntil([&] { return fixture.detail.state() != LoadState::Loading; }));
    CHECK(fixture.detail.state() == LoadState::Ready);
    CHECK(fixture.detail.candidate().id == candidateId);
    CHECK_FALSE(fixture.detail.lastError().isError());
}
