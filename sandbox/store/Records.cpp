#include "Records.h"

#include "Store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox::Records {

QString isoTime(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

qint64 epochMs(const QString &isoTime)
{
    return QDateTime::fromString(isoTime, Qt::ISODateWithMs).toMSecsSinceEpoch();
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString primaryEmail(const QJsonObject &candidate)
{
    return candidate.value(u"primaryEmailAddress"_s).toObject().value(u"value"_s).toString();
}

void insertCandidate(Store &store, const QJsonObject &candidate, qint64 createdMs)
{
    store.candidates.insert(candidate.value(u"id"_s).toString(), createdMs, candidate,
                            {{u"name"_s, candidate.value(u"name"_s).toString()},
                             {u"email"_s, primaryEmail(candidate).toLower()}});
}

void updateCandidate(Store &store, const QJsonObject &candidate)
{
    const QString id = candidate.value(u"id"_s).toString();
    store.candidates.update(id, candidate,
                            {{u"name"_s, candidate.value(u"name"_s).toString()},
                             {u"email"_s, primaryEmail(candidate).toLower()}});
    // Applications show the candidate's name and contact: incremental syncs must see them again.
    for (const RawDocument &application : store.applications.selectRaw(u"candidate_id = ?"_s, {id}))
        store.applications.touch(QJsonDocument::fromJson(application.json)
                                     .object()
                                     .value(u"id"_s)
                                     .toString());
}

void insertApplication(Store &store, const QJsonObject &application, qint64 createdMs)
{
    store.applications.insert(application.value(u"id"_s).toString(), createdMs, application,
                              {{u"candidate_id"_s, application.value(u"candidateId"_s).toString()},
                               {u"job_id"_s, application.value(u"jobId"_s).toString()},
                               {u"status"_s, application.value(u"status"_s).toString()}});
}

void updateApplication(Store &store, const QJsonObject &application)
{
    store.applications.update(application.value(u"id"_s).toString(), application,
                              {{u"status"_s, application.value(u"status"_s).toString()}});
}

void insertHistory(Store &store, const QString &id, const QString &applicationId,
                   const QJsonObject &stage, int stageNumber, qint64 enteredMs,
                   const QString &actorId, qint64 leftMs)
{
    QJsonObject row{{u"id"_s, id},
                    {u"stageId"_s, stage.value(u"id"_s)},
                    {u"title"_s, stage.value(u"title"_s)},
                    {u"enteredStageAt"_s, isoTime(enteredMs)},
                    {u"stageNumber"_s, stageNumber},
                    {u"allowedActions"_s, QJsonArray{u"none"_s}}};
    if (!actorId.isEmpty())
        row.insert(u"actorId"_s, actorId);
    if (leftMs > 0)
        row.insert(u"leftStageAt"_s, isoTime(leftMs));
    store.applicationHistory.insert(id, enteredMs, row,
                                    {{u"application_id"_s, applicationId},
                                     {u"entered_ms"_s, enteredMs}});
}

} // namespace Tessera::Sandbox::Records
