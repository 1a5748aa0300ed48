#include "ActivityProblems.h"

#include "PlanCodes.h"
#include "sandbox/integrations/IntegrationCatalog.h"
#include "sandbox/store/Store.h"

#include <QHash>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

namespace {

QJsonObject problem(const char *code, const QString &message)
{
    return {{u"code"_s, QString::fromLatin1(code)}, {u"message"_s, message}};
}

QString nameOf(const QString &integrationId)
{
    const IntegrationEntry *entry = IntegrationCatalog::find(integrationId);
    return entry ? entry->name : integrationId;
}

bool isEnabled(const Store &store, const QString &integrationId)
{
    const auto doc = store.integrations.find(integrationId);
    return doc && doc->value(u"state"_s).toString() == u"enabled"_s;
}

// Same kind, integration and config: the same thing twice on one stage.
QString duplicateKey(const QJsonObject &activity)
{
    return activity.value(u"interviewStageId"_s).toString() + u'|'
        + activity.value(u"kind"_s).toString() + u'|'
        + activity.value(u"integrationId"_s).toString() + u'|'
        + QString::fromUtf8(QJsonDocument(activity.value(u"config"_s).toObject())
                                .toJson(QJsonDocument::Compact));
}

} // namespace

QJsonObject ActivityProblems::view(const QJsonObject &stored)
{
    QJsonObject view = stored;
    view.remove(u"hidden"_s);
    return view;
}

QJsonArray ActivityProblems::withProblems(const Store &store, const QJsonArray &activities,
                                          const PackageList &packages)
{
    QHash<QString, int> duplicates;
    for (const QJsonValue value : activities)
        ++duplicates[duplicateKey(value.toObject())];

    QJsonArray result;
    for (const QJsonValue value : activities) {
        const QJsonObject activity = value.toObject();
        const QString integrationId = activity.value(u"integrationId"_s).toString();
        const QString name = nameOf(integrationId);
        const QString title = activity.value(u"title"_s).toString();
        const QJsonObject config = activity.value(u"config"_s).toObject();
        QJsonArray problems;
        if (!isEnabled(store, integrationId))
            problems << problem(PlanCodes::integrationDisabled,
                                u"%1 is not enabled, so \"%2\" will not run. Enable %1 under "
                                "Integrations or remove this activity."_s.arg(name, title));
        if (activity.value(u"kind"_s).toString() == u"assessment"_s) {
            const QString id = config.value(u"assessmentTypeId"_s).toString();
            if (packages.known && !packages.find(id)) {
                QString package = activity.value(u"hidden"_s).toObject().value(u"packageName"_s)
                                      .toString();
                if (package.isEmpty())
                    package = id;
                problems << problem(PlanCodes::packageWithdrawn,
                                    u"%1 no longer offers the package \"%2\"; choose another "
                                    "package or remove this activity."_s.arg(name, package));
            }
        } else {
            const auto workflow = store.externalWorkflows.find(
                config.value(u"externalWorkflowId"_s).toString());
            const QString workflowTitle = workflow ? workflow->value(u"title"_s).toString() : title;
            if (!workflow || workflow->value(u"deletedAt"_s).isString())
                problems << problem(PlanCodes::workflowDeleted,
                                    u"The %1 workflow \"%2\" was deleted; choose another workflow "
                                    "or remove this activity."_s.arg(name, workflowTitle));
            else if (workflow->value(u"entryPoint"_s).toString() != u"interviewPlanActivity"_s)
                problems << problem(PlanCodes::wrongEntryPoint,
                                    u"The workflow \"%1\" now starts from an offer, so it does not "
                                    "run as an activity. Change its entry point to \"interview "
                                    "plan activity\" or choose another workflow."_s.arg(
                                        workflowTitle));
        }
        const auto stage =
            store.interviewStages.find(activity.value(u"interviewStageId"_s).toString());
        if (stage && stage->value(u"isArchived"_s).toBool())
            problems << problem(PlanCodes::stageArchived,
                                u"The stage \"%1\" is archived, so \"%2\" never runs. Move the "
                                "activity to another stage or remove it."_s.arg(
                                    stage->value(u"title"_s).toString(), title));
        if (duplicates.value(duplicateKey(activity)) > 1)
            problems << problem(PlanCodes::duplicateOnStage,
                                u"The stage \"%1\" has \"%2\" more than once; remove the extra "
                                "one."_s.arg(stage ? stage->value(u"title"_s).toString()
                                                   : QString(),
                                             title));
        QJsonObject shown = view(activity);
        shown.insert(u"problems"_s, problems);
        result << shown;
    }
    return result;
}

} // namespace Tessera::Sandbox
