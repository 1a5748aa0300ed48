#include "JustifactsChecks.h"

#include "PartnerHttp.h"
#include "RunSchedule.h"
#include "StandIn.h"
#include "sandbox/store/Records.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

namespace {

// Justifacts' own words for the steps of a check, in order; the start answers the first.
const QStringList &stepLabels()
{
    static const QStringList labels{u"Received"_s, u"Started"_s, u"In Process"_s, u"Complete"_s};
    return labels;
}

QString requiredText(const QJsonObject &object, const QString &field)
{
    const QJsonValue value = object.value(field);
    return value.isString() ? value.toString().trimmed() : QString();
}

HttpAnswer refusal(int status, const QString &message)
{
    return StandIn::jsonAnswer(status,
                               QJsonObject{{u"success"_s, false}, {u"message"_s, message}});
}

} // namespace

JustifactsChecks::JustifactsChecks(StandIn &standIn, PartnerEnvironment &environment,
                                   QObject *parent)
    : QObject(parent)
    , m_standIn(standIn)
    , m_env(environment)
{
}

int JustifactsChecks::stepDelayMs() const
{
    return static_cast<int>(4000.0 * m_env.timeScale + 0.5);
}

QJsonArray JustifactsChecks::list() const
{
    QJsonArray shown;
    for (const QJsonValue value : m_standIn.state().value(u"checks"_s).toArray()) {
        const QJsonObject check = value.toObject();
        const int step = std::clamp(check.value(u"step"_s).toInt(), 0,
                                    int(stepLabels().size()) - 1);
        shown << QJsonObject{
            {u"assessmentId"_s, check.value(u"assessmentId"_s)},
            {u"candidateId"_s, check.value(u"candidateId"_s)},
            {u"applicationId"_s, check.value(u"applicationId"_s)},
            {u"assessmentTypeId"_s, check.value(u"assessmentTypeId"_s)},
            {u"packageName"_s, check.value(u"packageName"_s)},
            {u"status"_s, check.value(u"cancelled"_s).toBool() ? u"Cancelled"_s
                                                               : stepLabels().at(step)},
            {u"receivedAt"_s, check.value(u"receivedAt"_s)},
            {u"nextDueAt"_s, RunSchedule::isScheduled(check)
                                 ? QJsonValue(Records::isoTime(RunSchedule::dueMs(check)))
                                 : QJsonValue()},
            {u"gaveUp"_s, check.value(u"gaveUp"_s).toBool()}};
    }
    return shown;
}

QJsonObject JustifactsChecks::field(const QString &identifier, const QString &label,
                                    const QString &type, const QJsonValue &value)
{
    return {{u"identifier"_s, identifier}, {u"label"_s, label}, {u"type"_s, type},
            {u"value"_s, value}};
}

HttpAnswer JustifactsChecks::start(const QJsonObject &request, const QJsonArray &currentPackages)
{
    const QString typeId = requiredText(request, u"assessment_type_id"_s);
    const QJsonObject candidate = request.value(u"candidate"_s).toObject();
    const QJsonObject application = request.value(u"application"_s).toObject();
    const QJsonObject job = request.value(u"job"_s).toObject();
    QStringList missing;
    if (typeId.isEmpty())
        missing << u"assessment_type_id"_s;
    for (const QString &name : {u"ashby_id"_s, u"first_name"_s, u"last_name"_s, u"email"_s,
                                u"ashby_profile_url"_s})
        if (requiredText(candidate, name).isEmpty())
            missing << u"candidate."_s + name;
    for (const QString &name : {u"ashby_id"_s, u"status"_s})
        if (requiredText(application, name).isEmpty())
            missing << u"application."_s + name;
    for (const QString &name : {u"ashby_id"_s, u"name"_s, u"ashby_job_url"_s})
        if (requiredText(job, name).isEmpty())
            missing << u"job."_s + name;
    if (missing.contains(u"candidate.email"_s))
        return refusal(422, u"Justifacts needs the candidate's email address to send the check "
                            "invitation. Add an email address to the candidate and start the "
                            "check again."_s);
    if (!missing.isEmpty())
        return refusal(422, u"Justifacts could not start the check: the request lacks %1."_s.arg(
                                missing.join(u", "_s)));
    QString packageName;
    for (const QJsonValue package : currentPackages)
        if (package.toObject().value(u"assessment_type_id"_s).toString() == typeId)
            packageName = package.toObject().value(u"name"_s).toString();
    if (packageName.isEmpty())
        return refusal(422, u"Justifacts does not offer the package \"%1\" any more. Choose one "
                            "of the packages Justifacts lists now."_s.arg(typeId));
    if (m_standIn.heldAtsKey().isEmpty())
        return refusal(422, u"Justifacts has no Ashby API key for your organisation, so it "
                            "could not report results. Share an Ashby API key with Justifacts "
                            "first."_s);
    const QString candidateId = requiredText(candidate, u"ashby_id"_s);
    for (const QJsonValue value : m_standIn.state().value(u"checks"_s).toArray()) {
        const QJsonObject check = value.toObject();
        if (check.value(u"candidateId"_s).toString() == candidateId
            && check.value(u"step"_s).toInt() < stepLabels().size() - 1
            && !check.value(u"cancelled"_s).toBool())
            return refusal(409, u"Justifacts is already checking %1 %2 (%3). Wait until that "
                                "check is complete or cancel it first."_s
                                    .arg(requiredText(candidate, u"first_name"_s),
                                         requiredText(candidate, u"last_name"_s),
                                         check.value(u"packageName"_s).toString()));
    }
    const QString assessmentId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    saveCheck({{u"assessmentId"_s, assessmentId},
               {u"candidateId"_s, candidateId},
               {u"applicationId"_s, requiredText(application, u"ashby_id"_s)},
               {u"assessmentTypeId"_s, typeId},
               {u"packageName"_s, packageName},
               {u"step"_s, 0},
               {u"stepAtMs"_s, now},
               {u"cancelled"_s, false},
               {u"receivedAt"_s, Records::isoTime(now)}});
    scheduleNext(assessmentId, 1);
    const QJsonObject update{
        {u"assessment_id"_s, assessmentId},
        {u"timestamp"_s, now},
        {u"assessment_status"_s,
         field(u"status"_s, u"Status"_s, u"string"_s, stepLabels().first())}};
    return StandIn::jsonAnswer(
        200, QJsonObject{{u"success"_s, true},
                         {u"results"_s, QJsonObject{{u"assessment_id"_s, assessmentId},
                                                    {u"update_request"_s, update}}}});
}

HttpAnswer JustifactsChecks::cancel(const QJsonObject &request)
{
    const QString assessmentId = requiredText(request, u"assessment_id"_s);
    QJsonObject check = findCheck(assessmentId);
    if (assessmentId.isEmpty() || check.isEmpty())
        return StandIn::errorAnswer(404, "not_found",
                                    u"Justifacts has no check \"%1\"."_s.arg(assessmentId));
    if (check.value(u"cancelled"_s).toBool())
        return refusal(422, u"This Justifacts check was already cancelled."_s);
    if (check.value(u"step"_s).toInt() >= stepLabels().size() - 1)
        return refusal(422, u"This Justifacts check is already complete and can no longer be "
                            "cancelled."_s);
    check.insert(u"cancelled"_s, true);
    saveCheck(check);
    return StandIn::jsonAnswer(
        200, QJsonObject{{u"success"_s, true},
                         {u"results"_s, QJsonObject{{u"assessment_id"_s, assessmentId}}}});
}

void JustifactsChecks::scheduleNext(const QString &assessmentId, int step, int attempt)
{
    // The next step is stored with the check, so a restart can pick it up (resume()).
    QJsonObject check = findCheck(assessmentId);
    if (check.isEmpty())
        return;
    const qint64 dueMs = QDateTime::currentMSecsSinceEpoch() + qint64(stepDelayMs()) * attempt;
    RunSchedule::store(check, step, attempt, dueMs);
    saveCheck(check);
    arm(check);
}

void JustifactsChecks::arm(const QJsonObject &check)
{
    const QString assessmentId = check.value(u"assessmentId"_s).toString();
    const int step = RunSchedule::step(check);
    const int attempt = RunSchedule::attempt(check);
    RunSchedule::callAt(RunSchedule::dueMs(check), this, [this, assessmentId, step, attempt] {
        report(assessmentId, step, attempt);
    });
}

void JustifactsChecks::resume()
{
    const int last = int(stepLabels().size()) - 1;
    for (const QJsonValue value : m_standIn.state().value(u"checks"_s).toArray()) {
        QJsonObject check = value.toObject();
        const int step = check.value(u"step"_s).toInt();
        if (check.value(u"cancelled"_s).toBool() || check.value(u"gaveUp"_s).toBool()
            || (!RunSchedule::isScheduled(check) && step >= last))
            continue;
        if (!RunSchedule::isScheduled(check)) {
            // A check from before steps were stored: its next step, now.
            RunSchedule::store(check, step + 1, 1, 0);
            saveCheck(check);
        }
        // A step that was being reported when the sandbox stopped is sent again.
        arm(check);
    }
}

void JustifactsChecks::report(const QString &assessmentId, int step, int attempt)
{
    QJsonObject check = findCheck(assessmentId);
    if (check.isEmpty() || check.value(u"cancelled"_s).toBool()
        || RunSchedule::step(check) != step)
        return;
    if (m_standIn.isDown()) { // Justifacts keeps the step and reports it once it is up again
        m_standIn.noteHeldWhileDown();
        scheduleNext(assessmentId, step, attempt);
        return;
    }
    // The check is in this step at Justifacts from now on, whether or not the ATS takes the
    // update at once: a cancel while a Complete update is still being retried is refused.
    if (check.value(u"step"_s).toInt() < step) {
        check.insert(u"step"_s, step);
        check.insert(u"stepAtMs"_s, QDateTime::currentMSecsSinceEpoch());
        saveCheck(check);
    }
    QJsonObject update{
        {u"assessment_id"_s, assessmentId},
        {u"timestamp"_s, check.value(u"stepAtMs"_s).toInteger(QDateTime::currentMSecsSinceEpoch())},
        {u"assessment_status"_s, field(u"status"_s, u"Status"_s, u"string"_s,
                                       stepLabels().at(step))}};
    const bool last = step == stepLabels().size() - 1;
    if (last) {
        update.insert(u"assessment_result"_s,
                      field(u"result"_s, u"Result"_s, u"string"_s, u"Clear"_s));
        update.insert(u"assessment_profile_url"_s,
                      field(u"profile_url"_s, u"Full report"_s, u"url"_s,
                            QString(m_env.publicBaseUrl + u"/partners/justifacts/reports/"_s
                                    + assessmentId)));
        update.insert(u"metadata"_s,
                      QJsonArray{field(u"package"_s, u"Package"_s, u"string"_s,
                                       check.value(u"packageName"_s))});
    }
    m_env.http.callAts(m_standIn.heldAtsKey(), u"assessment.update"_s, update, this,
                       [this, assessmentId, step, last, attempt](const PartnerReply &reply) {
        constexpr int maxAttempts = 5;
        QJsonObject current = findCheck(assessmentId);
        if (current.isEmpty())
            return;
        current.insert(u"lastReport"_s,
                       reply.isSuccess() ? QJsonValue(u"ok"_s)
                                         : QJsonValue(u"HTTP %1: %2"_s.arg(reply.status).arg(
                                               reply.errorMessage())));
        const bool again = !reply.isSuccess() && attempt < maxAttempts;
        if (!again && (last || !reply.isSuccess()))
            RunSchedule::clear(current);
        if (!again && !reply.isSuccess())
            current.insert(u"gaveUp"_s, true); // resume() must not take it for an old check

        saveCheck(current);
        if (again)
            scheduleNext(assessmentId, step, attempt + 1);
        else if (reply.isSuccess() && !last)
            scheduleNext(assessmentId, step + 1);
    });
}

QJsonObject JustifactsChecks::findCheck(const QString &assessmentId) const
{
    for (const QJsonValue value : m_standIn.state().value(u"checks"_s).toArray())
        if (value.toObject().value(u"assessmentId"_s).toString() == assessmentId)
            return value.toObject();
    return {};
}

void JustifactsChecks::saveCheck(const QJsonObject &check)
{
    QJsonObject doc = m_standIn.state();
    QJsonArray checks = doc.value(u"checks"_s).toArray();
    bool replaced = false;
    for (qsizetype i = 0; i < checks.size(); ++i) {
        if (checks.at(i).toObject().value(u"assessmentId"_s) == check.value(u"assessmentId"_s)) {
            checks.replace(i, check);
            replaced = true;
        }
    }
    if (!replaced)
        checks << check;
    doc.insert(u"checks"_s, checks);
    m_standIn.saveState(doc);
}

} // namespace Tessera::Sandbox
