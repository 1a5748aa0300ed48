#pragma once

#include "sandbox/server/HttpAnswer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QString>

namespace Tessera::Sandbox {

class StandIn;
struct PartnerEnvironment;

// Justifacts' side of Ashby's assessment framework: assessment.start and assessment.cancel as
// the OpenAPI has them, and the check itself. After a start it reports Started, In Process and
// Complete (with a result and a profile URL) to the ATS's assessment.update over HTTP with the
// Ashby key it holds, one step every stepDelayMs(). Runs live in the stand-in's state ("checks")
// with their next step and when it is due, so resume() carries them on after a restart.
class JustifactsChecks final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JustifactsChecks)
public:
    JustifactsChecks(StandIn &standIn, PartnerEnvironment &environment, QObject *parent = nullptr);

    HttpAnswer start(const QJsonObject &request, const QJsonArray &currentPackages);
    HttpAnswer cancel(const QJsonObject &request);
    int stepDelayMs() const;
    // At start-up: re-arms every check that is not final at its stored due time (now if that
    // passed), a step that was being reported or retried included.
    void resume();
    // The checks as Justifacts' own website lists them, oldest first: {assessmentId,
    // candidateId, applicationId, assessmentTypeId, packageName, status, receivedAt}.
    QJsonArray list() const;

    // Ashby's "result" object (identifier, label, type, value).
    static QJsonObject field(const QString &identifier, const QString &label,
                             const QString &type, const QJsonValue &value);

private:
    void scheduleNext(const QString &assessmentId, int step, int attempt = 1);
    void arm(const QJsonObject &check); // at its stored next step
    // Sends one status to the ATS; a refused or lost update is sent again a few times (the ATS
    // may not have stored the check's start yet when the first update arrives).
    void report(const QString &assessmentId, int step, int attempt);
    QJsonObject findCheck(const QString &assessmentId) const;
    void saveCheck(const QJsonObject &check);

    StandIn &m_standIn;
    PartnerEnvironment &m_env;
};

} // namespace Tessera::Sandbox
