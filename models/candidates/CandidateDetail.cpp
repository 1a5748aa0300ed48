#include "CandidateDetail.h"

#include "ApplicationsModel.h"
#include "CandidateLoader.h"
#include "CandidatesModel.h"
#include "models/api/ApiCall.h"
#include "models/api/ApiClient.h"
#include "NotesModel.h"
#include "OffersModel.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

CandidateDetail::CandidateDetail(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_applications(new ApplicationsModel(this))
    , m_notes(new NotesModel(this))
    , m_offers(new OffersModel(this))
    , m_status(new LoadStatus(this))
{
    connect(m_status, &LoadStatus::stateChanged, this, &CandidateDetail::stateChanged);
}

CandidateDetail::~CandidateDetail()
{
    delete m_reads; // before the models go, so no answer lands in a half-destroyed object
    delete m_noteCall;
    delete m_moveCall;
}

void CandidateDetail::load(const QString &candidateId)
{
    m_candidateId = candidateId;
    start();
}

void CandidateDetail::reload()
{
    start();
}

void CandidateDetail::clear()
{
    load({});
}

void CandidateDetail::start()
{
    // The previous reads are abandoned now (their answers are ignored, see m_generation) and
    // cancelled when control is back in the event loop: this may run inside one of their
    // signals, so deleting them here would pull the object out from under its own emit.
    ++m_generation;
    if (m_reads)
        m_reads->deleteLater();
    m_reads = nullptr;
    m_candidate = {};
    m_applications->clear();
    m_notes->clear();
    m_offers->clear();
    // LoadStatus tells only of changes; a new candidate is news even in the same state.
    const LoadState before = m_status->state();
    if (m_candidateId.isEmpty() || !m_client) {
        m_status->reset();
        if (before == LoadState::Idle)
            Q_EMIT stateChanged(LoadState::Idle);
        return;
    }
    m_reads = new QObject(this);
    auto *loader = new CandidateLoader(m_client, m_candidateId, m_reads);
    const quint64 generation = m_generation;
    connect(loader, &CandidateLoader::finished, this, [this, loader, generation] {
        if (generation == m_generation)
            commit(loader);
    });
    connect(loader, &CandidateLoader::failed, this, [this, generation](const ApiError &error) {
        if (generation == m_generation)
            fail(error);
    });
    m_status->begin();
    if (before == LoadState::Loading)
        Q_EMIT stateChanged(LoadState::Loading);
    loader->start();
}

void CandidateDetail::commit(const CandidateLoader *loader)
{
    const CandidateRecord &record = loader->record();
    m_candidate = record.candidate;
    QHash<QString, QString> jobTitles;
    for (const Application &application : record.applications)
        jobTitles.insert(application.id, application.jobTitle);
    m_applications->setApplications(record.applications);
    m_notes->setNotes(record.notes);
    m_offers->setJobTitles(jobTitles);
    m_offers->setOffers(record.offers);
    m_status->succeed();
}

void CandidateDetail::fail(const ApiError &error)
{
    ++m_generation;
    if (m_reads)
        m_reads->deleteLater(); // cancels the reads still running, after this signal
    m_reads = nullptr;
    m_status->fail(error);
}

bool CandidateDetail::addNote(const QString &text, bool isPrivate)
{
    if (state() != LoadState::Ready || text.trimmed().isEmpty() || m_noteCall || !m_client)
        return false;
    const QString candidateId = m_candidateId;
    const QJsonObject body{{u"candidateId"_s, candidateId}, {u"note"_s, text},
                           {u"isPrivate"_s, isPrivate}};
    ApiCall *call = m_client->call(u"candidate.createNote"_s, body, this);
    m_noteCall = call;
    connect(call, &ApiCall::finished, this,
            [this, call, candidateId, text] { onNoteSaved(call, candidateId, text); });
    return true;
}

void CandidateDetail::onNoteSaved(const ApiCall *call, const QString &candidateId,
                                  const QString &text)
{
    m_noteCall = nullptr; // done: isSavingNote() is false for whoever handles the signals
    if (call->error().isError()) {
        Q_EMIT noteFailed(candidateId, call->error(), text);
        return;
    }
    auto decoded = Note::fromJson(call->results().toObject());
    const bool shown = candidateId == m_candidateId && state() == LoadState::Ready;
    if (auto *note = std::get_if<Note>(&decoded)) {
        if (shown)
            m_notes->addNote(*note);
        Q_EMIT noteAdded(candidateId, note->id);
        return;
    }
    // Saved, but the answer does not decode: read the notes again rather than guess.
    Q_EMIT noteAdded(candidateId, {});
    if (shown)
        reload();
}

bool CandidateDetail::moveToStage(const QString &applicationId, const QString &stageId,
                                  const QString &archiveReasonId)
{
    if (state() != LoadState::Ready || m_moveCall || !m_client
        || !m_applications->application(applicationId))
        return false;
    QJsonObject body{{u"applicationId"_s, applicationId}, {u"interviewStageId"_s, stageId}};
    if (!archiveReasonId.isEmpty())
        body.insert(u"archiveReasonId"_s, archiveReasonId);
    const QString candidateId = m_candidateId;
    ApiCall *call = m_client->call(u"application.changeStage"_s, body, this);
    m_moveCall = call;
    connect(call, &ApiCall::finished, this,
            [this, call, candidateId, applicationId] { onMoved(call, candidateId, applicationId); });
    return true;
}

void CandidateDetail::onMoved(const ApiCall *call, const QString &candidateId,
                              const QString &applicationId)
{
    m_moveCall = nullptr;
    if (call->error().isError()) {
        Q_EMIT moveFailed(applicationId, call->error());
        return;
    }
    const QJsonObject result = call->results().toObject();
    if (m_candidatesModel)
        m_candidatesModel->mergeApplications(QJsonArray{result});
    if (candidateId == m_candidateId && state() == LoadState::Ready) {
        auto decoded = Application::fromJson(result);
        const Application *shown = m_applications->application(applicationId);
        if (auto *moved = std::get_if<Application>(&decoded); moved && shown) {
            moved->history = shown->history; // until the refresh brings the new entry
            m_applications->updateApplication(*moved);
        }
        refreshApplication(applicationId);
    }
    Q_EMIT applicationMoved(candidateId, applicationId, result);
}

void CandidateDetail::refreshApplication(const QString &applicationId)
{
    const quint64 generation = m_generation;
    ApiCall *call = m_client->call(u"application.info"_s, {{u"applicationId"_s, applicationId}},
                                   m_reads);
    connect(call, &ApiCall::finished, this, [this, call, applicationId, generation] {
        if (generation != m_generation)
            return;
        if (call->error().isError()) {
            Q_EMIT refreshFailed(applicationId, call->error());
            return;
        }
        auto decoded = Application::fromJson(call->results().toObject());
        if (auto *error = std::get_if<DecodeError>(&decoded)) {
            Q_EMIT refreshFailed(applicationId,
                                 CandidateLoader::unreadable(call->method(), *error));
            return;
        }
        m_applications->updateApplication(std::get<Application>(decoded));
        Q_EMIT applicationRefreshed(applicationId);
    });
}

void CandidateDetail::setCandidatesModel(CandidatesModel *model)
{
    m_candidatesModel = model;
}

} // namespace Tessera
