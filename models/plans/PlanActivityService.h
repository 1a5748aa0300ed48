#pragma once

#include "models/core/Outcome.h"
#include "PlanActivity.h"
#include "PlanAutomation.h"

#include <QList>
#include <QPointer>

class QObject;

namespace Tessera {

class ApiClient;

// A plan's activities and the version they are at.
struct ActivityList
{
    QList<PlanActivity> activities;
    int version = 0;
};

// A partner's package an assessment activity can run (assessmentType.list).
struct AssessmentType
{
    QString id;
    QString name;
    QString description;
};

// The interview-plan activity methods (docs/API.md §3.14). Each answers once through `done`,
// unless `context` is destroyed first.
class PlanActivityService final
{
public:
    explicit PlanActivityService(ApiClient *client);

    void list(const QString &planId, QObject *context, Done<ActivityList> done) const;
    // Replaces the plan's whole list in one write (the designer's Save).
    void set(const QString &planId, int version, const QList<PlanActivity> &activities,
             QObject *context, Done<ActivityList> done) const;
    void automations(const QString &planId, QObject *context,
                     Done<QList<PlanAutomation>> done) const;
    void assessmentTypes(const QString &integrationId, QObject *context,
                         Done<QList<AssessmentType>> done) const;

    static ActivityList decodeList(const QJsonValue &results);

private:
    QPointer<ApiClient> m_client;
};

} // namespace Tessera
