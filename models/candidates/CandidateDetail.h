#pragma once

#include "models/api/ApiError.h"
#include "models/core/LoadStatus.h"
#include "models/domain/Candidate.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace Tessera {

class ApiCall;
class ApiClient;
class ApplicationsModel;
class CandidateLoader;
class CandidatesModel;
class NotesModel;
class OffersModel;

// Everything about one candidate for the detail pane, and the actions on it. load() fetches the
// candidate, their applications with stage history, their notes and offers (CandidateLoader);
// the models fill once everything arrived. Loading another candidate, or destroying this object,
// cancels the reads still running. Writes (a note, a stage move) run to the end even when
// another candidate is loaded meanwhile, since cancelling would leave their outcome unknown;
// their signals name the candidate or application they were for.
class CandidateDetail final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidateDetail)
public:
    explicit CandidateDetail(ApiClient *client, QObject *parent = nullptr);
    ~CandidateDetail() override;

    void load(const QString &candidateId);
    void reload(); // the same candidate again, e.g. after a failure
    void clear();  // no candidate

    QString candidateId() const { return m_candidateId; }
    const Candidate &candidate() const { return m_candidate; } // filled once Ready
    LoadStatus *status() const { return m_status; }
    LoadState state() const { return m_status->state(); }
    const ApiError &lastError() const { return m_status->lastError(); }

    ApplicationsModel *applications() const { return m_applications; }
    NotesModel *notes() const { return m_notes; }
    OffersModel *offers() const { return m_offers; }

    // candidate.createNote for the loaded candidate; the note is appended to notes() when the
    // server confirms it. Returns false, sending nothing, unless Ready, the text has more than
    // white space, and no other note is being saved.
    bool addNote(const QString &text, bool isPrivate = false);
    bool isSavingNote() const { return !m_noteCall.isNull(); }

    // application.changeStage, then application.info to refresh that application (its history
    // grows). `archiveReasonId` is required for, and only allowed with, an Archived stage.
    // Returns false, sending nothing, unless Ready, the application is the loaded candidate's,
    // and no other move runs.
    bool moveToStage(const QString &applicationId, const QString &stageId,
                     const QString &archiveReasonId = {});
    bool isMoving() const { return !m_moveCall.isNull(); }

    // A candidate list to keep in step: moved applications are merged into it.
    void setCandidatesModel(CandidatesModel *model);

Q_SIGNALS:
    // status()'s stateChanged, and also on every load(), even when the state stays Loading (or
    // Idle): the candidate shown changed.
    void stateChanged(Tessera::LoadState state);
    void noteAdded(const QString &candidateId, const QString &noteId);
    void noteFailed(const QString &candidateId, const Tessera::ApiError &error,
                    const QString &text);
    // The server moved the application; `application` is its new state as the server sent it
    // (what CandidatesModel::mergeApplications takes).
    void applicationMoved(const QString &candidateId, const QString &applicationId,
                          const QJsonObject &application);
    void moveFailed(const QString &applicationId, const Tessera::ApiError &error);
    // After a move: the application and its history were read again.
    void applicationRefreshed(const QString &applicationId);
    void refreshFailed(const QString &applicationId, const Tessera::ApiError &error);

private:
    void start();
    void commit(const CandidateLoader *loader);
    void fail(const ApiError &error);
    void onNoteSaved(const ApiCall *call, const QString &candidateId, const QString &text);
    void onMoved(const ApiCall *call, const QString &candidateId, const QString &applicationId);
    void refreshApplication(const QString &applicationId);

    QPointer<ApiClient> m_client;
    ApplicationsModel *m_applications;
    NotesModel *m_notes;
    OffersModel *m_offers;
    QPointer<CandidatesModel> m_candidatesModel;
    QPointer<QObject> m_reads; // owns this candidate's reads: deleting it cancels them
    quint64 m_generation = 0;  // answers of an earlier load or refresh are ignored
    QPointer<ApiCall> m_noteCall;
    QPointer<ApiCall> m_moveCall;
    QString m_candidateId;
    Candidate m_candidate;
    LoadStatus *m_status;
};

} // namespace Tessera
