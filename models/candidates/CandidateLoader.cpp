#include "CandidateLoader.h"

#include "models/api/ApiCall.h"
#include "models/api/ApiClient.h"
#include "models/api/PagedFetch.h"
#include "models/core/DecodeList.h"

#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcNet)

namespace Tessera {

CandidateLoader::CandidateLoader(ApiClient *client, QString candidateId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_candidateId(std::move(candidateId))
{
}

ApiError CandidateLoader::unreadable(const QString &method, const DecodeError &error)
{
    ApiError result(ApiError::Kind::Logical, method);
    result.setCode(u"unreadable_answer"_s)
        .setServerMessage(QCoreApplication::translate(
                              "CandidateLoader",
                              "The backend sent data that could not be read (%1). Retry; if it "
                              "keeps happening, report it with the details below.")
                              .arg(error.toString()));
    return result;
}

void CandidateLoader::start()
{
    if (!m_client) {
        fail(ApiError(ApiError::Kind::Cancelled, u"candidate.info"_s));
        return;
    }
    ApiCall *call = m_client->call(u"candidate.info"_s, {{u"id"_s, m_candidateId}}, this);
    connect(call, &ApiCall::finished, this, [this, call] { onCandidate(call); });
}

void CandidateLoader::onCandidate(const ApiCall *call)
{
    if (call->error().isError()) {
        fail(call->error());
        return;
    }
    auto decoded = Candidate::fromJson(call->results().toObject());
    if (auto *error = std::get_if<DecodeError>(&decoded)) {
        fail(unreadable(call->method(), *error));
        return;
    }
    m_record.candidate = std::get<Candidate>(std::move(decoded));
    const QStringList &applicationIds = m_record.candidate.applicationIds;
    m_outstanding = 1 + 2 * int(applicationIds.size());
    for (const QString &applicationId : applicationIds) {
        fetchApplication(applicationId);
        fetchOffers(applicationId);
    }
    fetchNotes();
}

void CandidateLoader::fetchApplication(const QString &applicationId)
{
    ApiCall *call = m_client->call(u"application.info"_s,
                                   {{u"applicationId"_s, applicationId}}, this);
    connect(call, &ApiCall::finished, this, [this, call, applicationId] {
        if (call->error().isError()) {
            fail(call->error());
            return;
        }
        auto decoded = Application::fromJson(call->results().toObject());
        if (auto *error = std::get_if<DecodeError>(&decoded)) {
            qCWarning(lcNet) << "skipped an application:" << error->toString();
            ++m_record.skippedRecords;
        } else {
            m_applications.insert(applicationId, std::get<Application>(std::move(decoded)));
        }
        settle();
    });
}

PagedFetch *CandidateLoader::fetchAll(const QString &method, const QJsonObject &filters)
{
    auto *fetch = new PagedFetch(m_client, method, filters, {}, this);
    connect(fetch, &PagedFetch::finished, this, &CandidateLoader::settle);
    connect(fetch, &PagedFetch::failed, this, &CandidateLoader::fail);
    return fetch;
}

void CandidateLoader::fetchOffers(const QString &applicationId)
{
    PagedFetch *fetch = fetchAll(u"offer.list"_s, {{u"applicationId"_s, applicationId}});
    connect(fetch, &PagedFetch::pageReceived, this, [this, applicationId](const QJsonArray &page) {
        m_record.skippedRecords += decodeList(page, m_offers[applicationId]);
    });
    fetch->start();
}

void CandidateLoader::fetchNotes()
{
    PagedFetch *fetch = fetchAll(u"candidate.listNotes"_s, {{u"candidateId"_s, m_candidateId}});
    connect(fetch, &PagedFetch::pageReceived, this, [this](const QJsonArray &page) {
        m_record.skippedRecords += decodeList(page, m_record.notes);
    });
    fetch->start();
}

void CandidateLoader::settle()
{
    if (m_done || --m_outstanding > 0)
        return;
    m_done = true;
    for (const QString &applicationId : std::as_const(m_record.candidate.applicationIds)) {
        if (m_applications.contains(applicationId))
            m_record.applications.append(m_applications.take(applicationId));
        m_record.offers.append(m_offers.take(applicationId));
    }
    if (m_record.skippedRecords)
        qCWarning(lcNet) << m_record.skippedRecords << "records of candidate" << m_candidateId
                         << "could not be decoded";
    Q_EMIT finished();
}

void CandidateLoader::fail(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT failed(error);
}

} // namespace Tessera
