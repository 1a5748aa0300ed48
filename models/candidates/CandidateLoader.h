#pragma once

#include "models/api/ApiError.h"
#include "models/domain/Application.h"
#include "models/domain/Candidate.h"
#include "models/domain/DecodeError.h"
#include "models/domain/Note.h"
#include "models/domain/Offer.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace Tessera {

class ApiCall;
class PagedFetch;
class ApiClient;

// Everything the detail pane shows about one candidate.
struct CandidateRecord
{
    Candidate candidate;
    QList<Application> applications; // in the candidate's applicationIds order, with history
    QList<Note> notes;                // creation order
    QList<Offer> offers;              // grouped by application, in the same order
    int skippedRecords = 0;           // notes, offers or applications that did not decode
};

// One load of a candidate: candidate.info, then for each application application.info (with
// its history) and offer.list, and every page of candidate.listNotes, all in flight together.
// Emits finished() or failed() once. Its calls are its children: deleting it cancels them.
class CandidateLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidateLoader)
public:
    CandidateLoader(ApiClient *client, QString candidateId, QObject *parent = nullptr);

    void start();
    QString candidateId() const { return m_candidateId; }
    const CandidateRecord &record() const { return m_record; }

    // An answer that arrived but does not decode, as an error the UI can show.
    static ApiError unreadable(const QString &method, const DecodeError &error);

Q_SIGNALS:
    void finished();
    void failed(const Tessera::ApiError &error);

private:
    void onCandidate(const ApiCall *call);
    void fetchApplication(const QString &applicationId);
    void fetchOffers(const QString &applicationId);
    void fetchNotes();
    PagedFetch *fetchAll(const QString &method, const QJsonObject &filters);
    void settle();
    void fail(const ApiError &error);

    QPointer<ApiClient> m_client;
    QString m_candidateId;
    CandidateRecord m_record;
    QHash<QString, Application> m_applications;
    QHash<QString, QList<Offer>> m_offers; // by application id
    int m_outstanding = 0;
    bool m_done = false;
};

} // namespace Tessera
