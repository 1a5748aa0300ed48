#include "IntegrationText.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {

struct Texts
{
    const char *description;
    QList<const char *> steps;
};

const QHash<QString, Texts> &catalog()
{
    static const QHash<QString, Texts> texts{
        {u"juro"_s,
         {QT_TRANSLATE_NOOP("IntegrationText",
                            "Start Juro contract workflows from an interview stage or an offer. "
                            "When the contract is completed in Juro, the offer is marked "
                            "accepted."),
          {QT_TRANSLATE_NOOP("IntegrationText",
                             "Open Admin > Integrations > Marketplace > Juro and click Enable."),
           QT_TRANSLATE_NOOP("IntegrationText",
                             "Create an Ashby API key named Juro so Juro can push updates."),
           QT_TRANSLATE_NOOP("IntegrationText",
                             "In Juro, open Settings > Integrations > API, activate the API and "
                             "copy its key."),
           QT_TRANSLATE_NOOP("IntegrationText",
                             "In Juro, add a webhook to Ashby with a security signature secret "
                             "set to that key and all triggers."),
           QT_TRANSLATE_NOOP("IntegrationText",
                             "Paste the Juro API key into the Juro settings in Ashby and click "
                             "Update."),
           QT_TRANSLATE_NOOP("IntegrationText",
                             "Add a Juro workflow under Admin > Integrations > External "
                             "workflows.")}}},
        {u"willo"_s,
         {QT_TRANSLATE_NOOP("IntegrationText",
                            "Invite candidates to a Willo video interview when they reach a "
                            "chosen stage. Their responses come back as notes on the candidate."),
          {QT_TRANSLATE_NOOP("IntegrationText", "Open Admin > API Keys and click New."),
           QT_TRANSLATE_NOOP("IntegrationText",
                             "Name the key so its purpose stays clear, then click Create API "
                             "Key."),
           QT_TRANSLATE_NOOP("IntegrationText", "Copy the key now; it is shown only once."),
           QT_TRANSLATE_NOOP("IntegrationText",
                             "Paste the key into Willo's connection dialog and click Continue."),
           QT_TRANSLATE_NOOP("IntegrationText",
                             "In Willo, select Enable on the Ashby tile and grant access."),
           QT_TRANSLATE_NOOP("IntegrationText",
                             "Connect each Willo interview to an Ashby job and trigger "
                             "stage.")}}},
        {u"humaans"_s,
         {QT_TRANSLATE_NOOP("IntegrationText",
                            "Import hired candidates into Humaans automatically. They wait in "
                            "the New hires tab for review before they become members."),
          {QT_TRANSLATE_NOOP("IntegrationText",
                             "In Humaans, open Admin > Integrations and enable the Ashby "
                             "integration."),
           QT_TRANSLATE_NOOP("IntegrationText",
                             "Create an Ashby API key and leave Integration Partner blank."),
           QT_TRANSLATE_NOOP("IntegrationText", "Paste the key into Humaans and click Save."),
           QT_TRANSLATE_NOOP("IntegrationText",
                             "Create an Application Updated webhook with the Request URL from "
                             "Humaans."),
           QT_TRANSLATE_NOOP("IntegrationText",
                             "Paste the Secret Token from Humaans into the webhook.")}}},
        {u"sora"_s,
         {QT_TRANSLATE_NOOP("IntegrationText",
                            "Import a candidate into Sora as an employee and add them to a "
                            "workflow, such as Onboarding, when they enter a chosen stage."),
          {QT_TRANSLATE_NOOP("IntegrationText", "Create an Ashby API key."),
           QT_TRANSLATE_NOOP("IntegrationText",
                             "In Sora, open Settings > Integrations > Ashby and paste the key."),
           QT_TRANSLATE_NOOP("IntegrationText",
                             "Toggle the integration to Active and click Save."),
           QT_TRANSLATE_NOOP("IntegrationText",
                             "Map Ashby candidate fields to Sora employee fields under Inbound "
                             "field mapping."),
           QT_TRANSLATE_NOOP("IntegrationText",
                             "In Sora, add a Candidate stage change listener to the workflow."),
           QT_TRANSLATE_NOOP("IntegrationText",
                             "Create an Ashby webhook with the Endpoint URL and Secret key from "
                             "Sora."),
           QT_TRANSLATE_NOOP("IntegrationText", "In Sora, click Create event listener.")}}},
        {u"justifacts"_s,
         {QT_TRANSLATE_NOOP("IntegrationText",
                            "Start Justifacts background checks from a candidate's profile. "
                            "Status updates and a link to the results appear on the assessment "
                            "activity."),
          {QT_TRANSLATE_NOOP("IntegrationText",
                             "Open Admin > Integrations > API keys and click New."),
           QT_TRANSLATE_NOOP("IntegrationText",
                             "Choose Justifacts as the integration partner, select Read all and "
                             "Write all, and create the key."),
           QT_TRANSLATE_NOOP("IntegrationText",
                             "Copy the key at once and share it with Justifacts; it is shown "
                             "only once."),
           QT_TRANSLATE_NOOP("IntegrationText",
                             "Open Admin > Integrations > Integrations and select Justifacts."),
           QT_TRANSLATE_NOOP("IntegrationText",
                             "Enter the credential verification key Justifacts sent you and "
                             "select the new Ashby key."),
           QT_TRANSLATE_NOOP("IntegrationText",
                             "Paste the Justifacts staging base URL into its field."),
           QT_TRANSLATE_NOOP("IntegrationText",
                             "Add a Justifacts activity to the background check stage of each "
                             "interview plan.")}}},
    };
    return texts;
}

// The translation, or the backend's text when there is none (English shows what the backend
// says, even if its wording changed since these texts were written).
QString translated(const char *source, const QString &fromBackend)
{
    const QString text = QCoreApplication::translate("IntegrationText", source);
    return text == QLatin1String(source) ? fromBackend : text;
}

} // namespace

QString IntegrationText::description(const Integration &integration)
{
    const auto it = catalog().constFind(integration.id);
    if (it == catalog().constEnd())
        return integration.description;
    return translated(it->description, integration.description);
}

QStringList IntegrationText::setupSteps(const Integration &integration)
{
    const auto it = catalog().constFind(integration.id);
    // A different number of steps means the backend's guide changed: show it as it is.
    if (it == catalog().constEnd() || it->steps.size() != integration.setupSteps.size())
        return integration.setupSteps;
    QStringList steps;
    for (qsizetype step = 0; step < it->steps.size(); ++step)
        steps << translated(it->steps.at(step), integration.setupSteps.at(step));
    return steps;
}

QString IntegrationText::stateReason(const Integration &integration,
                                     const QString &organizationPlan)
{
    if (integration.state != Integration::State::NotInPlan)
        return integration.stateReason;
    if (integration.availableInPlans.isEmpty())
        return tr("%1 is not included in any plan of this organisation.").arg(integration.name);
    if (organizationPlan.isEmpty())
        return tr("%1 is included in the %2 plans.")
            .arg(integration.name, planList(integration.availableInPlans));
    return tr("%1 is included in the %2 plans; this organisation is on %3.")
        .arg(integration.name, planList(integration.availableInPlans), organizationPlan);
}

QString IntegrationText::planList(const QStringList &plans)
{
    if (plans.size() <= 1)
        return plans.value(0);
    return tr("%1 and %2", "the last two of a list of plans")
        .arg(QStringList(plans.mid(0, plans.size() - 1)).join(u", "_s), plans.last());
}

} // namespace Tessera
