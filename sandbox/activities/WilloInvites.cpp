#include "WilloInvites.h"

#include "models/api/PlanProtocol.h"
#include "sandbox/partners/WilloStandIn.h"
#include "sandbox/store/Records.h"
#include "sandbox/store/Store.h"

#include <QDateTime>

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

QJsonArray WilloInvites::activities(const Store &store, const QString &applicationId)
{
    QJsonArray shown;
    const auto state = store.partnerStates.find(u"willo"_s);
    if (!state)
        return shown;
    const QJsonArray invites = state->value(u"invites"_s).toArray();
    // Stored newest first; activities read oldest first like the other started ones.
    for (qsizetype i = invites.size() - 1; i >= 0; --i) {
        const QJsonObject invite = invites.at(i).toObject();
        if (invite.value(u"applicationId"_s).toString() != applicationId)
            continue;
        const bool responded = invite.value(u"status"_s).toString() == u"completed"_s;
        QJsonArray history{QJsonObject{{u"status"_s, u"requested"_s},
                                       {u"label"_s, u"Invited"_s},
                                       {u"at"_s, invite.value(u"invitedAt"_s)}}};
        if (responded)
            history << QJsonObject{{u"status"_s, u"completed"_s},
                                   {u"label"_s, u"Responded"_s},
                                   {u"at"_s, invite.value(u"respondedAt"_s)}};
        const QJsonValue url = invite.value(u"responseUrl"_s);
        shown << QJsonObject{
            {u"id"_s, invite.value(u"id"_s)},
            {u"planActivityId"_s, QJsonValue()},
            {u"applicationId"_s, applicationId},
            {u"candidateId"_s, invite.value(u"candidateId"_s)},
            {u"kind"_s, QString::fromLatin1(Protocol::ActivityKind::videoInvite)},
            {u"integrationId"_s, u"willo"_s},
            {u"title"_s, invite.value(u"interviewTitle"_s)},
            {u"status"_s, responded ? u"completed"_s : u"requested"_s},
            {u"statusLabel"_s, responded ? u"Responded"_s : u"Invited"_s},
            {u"statusHistory"_s, history},
            {u"result"_s, QJsonValue()},
            {u"resultUrl"_s, url.isString() ? url : QJsonValue()},
            {u"stuck"_s, false},
            {u"allowedActions"_s, responded && url.isString() ? QJsonArray{u"view"_s}
                                                              : QJsonArray{}},
            {u"createdAt"_s, invite.value(u"invitedAt"_s)},
            {u"updatedAt"_s, responded ? invite.value(u"respondedAt"_s)
                                       : invite.value(u"invitedAt"_s)}};
    }
    return shown;
}

QJsonValue WilloInvites::waiting(Store &store, const WilloStandIn &willo,
                                 const QJsonObject &application)
{
    const QString applicationId = application.value(u"id"_s).toString();
    const auto last = store.applicationHistory.select(u"application_id = ?"_s, {applicationId},
                                                      u"rid DESC"_s, 1);
    if (last.isEmpty())
        return {};
    const QJsonObject entry = last.first().doc;
    const QDateTime entered = QDateTime::fromString(entry.value(u"enteredStageAt"_s).toString(),
                                                    Qt::ISODateWithMs);
    const auto waiting = willo.waitingInvite(application.value(u"jobId"_s).toString(),
                                             entry.value(u"stageId"_s).toString(),
                                             entry.value(u"id"_s).toString(),
                                             entered.toMSecsSinceEpoch());
    if (!waiting)
        return {};
    return QJsonObject{
        {u"id"_s, QString(u"willo-waiting-"_s + entry.value(u"id"_s).toString())},
        {u"planActivityId"_s, QJsonValue()},
        {u"applicationId"_s, applicationId},
        {u"candidateId"_s, application.value(u"candidateId"_s)},
        {u"kind"_s, QString::fromLatin1(Protocol::ActivityKind::videoInvite)},
        {u"integrationId"_s, u"willo"_s},
        {u"title"_s, waiting->interviewTitle},
        {u"status"_s, u"not_started"_s},
        {u"statusLabel"_s, u"Waiting for the next sync"_s},
        {u"statusHistory"_s, QJsonArray{}},
        {u"result"_s, QJsonValue()},
        {u"resultUrl"_s, QJsonValue()},
        {u"stuck"_s, false},
        {u"allowedActions"_s, QJsonArray{}},
        {u"dueAt"_s, Records::isoTime(waiting->dueMs)}};
}

} // namespace Tessera::Sandbox
