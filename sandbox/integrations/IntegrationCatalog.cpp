#include "IntegrationCatalog.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

namespace {

const QString foundations = u"Foundations"_s;
const QString plus = u"Plus"_s;
const QString enterprise = u"Enterprise"_s;
const QString legacyPlus = u"Legacy Plus"_s;

IntegrationEntry juro()
{
    return {u"juro"_s,
            u"Juro"_s,
            u"Contracts"_s,
            u"Start Juro contract workflows from an interview stage or an offer. When the "
            "contract is completed in Juro, the offer is marked accepted."_s,
            {legacyPlus, plus, enterprise}, // its guide: not on Foundations
            {u"candidatesRead"_s, u"candidatesWrite"_s, u"jobsRead"_s, u"offersRead"_s,
             u"offersWrite"_s},
            u"apiKeyAndPartnerWebhook"_s,
            {u"Open Admin > Integrations > Marketplace > Juro and click Enable."_s,
             u"Create an Ashby API key named Juro so Juro can push updates."_s,
             u"In Juro, open Settings > Integrations > API, activate the API and copy its key."_s,
             u"In Juro, add a webhook to Ashby with a security signature secret set to that "
             "key and all triggers."_s,
             u"Paste the Juro API key into the Juro settings in Ashby and click Update."_s,
             u"Add a Juro workflow under Admin > Integrations > External workflows."_s},
            true, {u"externalWorkflow"_s}};
}

IntegrationEntry willo()
{
    return {u"willo"_s,
            u"Willo"_s,
            u"Video interviews"_s,
            u"Invite candidates to a Willo video interview when they reach a chosen stage. "
            "Their responses come back as notes on the candidate."_s,
            {foundations, plus, enterprise, legacyPlus},
            {u"candidatesRead"_s, u"candidatesWrite"_s, u"jobsRead"_s, u"interviewsRead"_s},
            u"apiKeyHandOff"_s,
            {u"Open Admin > API Keys and click New."_s,
             u"Name the key so its purpose stays clear, then click Create API Key."_s,
             u"Copy the key now; it is shown only once."_s,
             u"Paste the key into Willo's connection dialog and click Continue."_s,
             u"In Willo, select Enable on the Ashby tile and grant access."_s,
             u"Connect each Willo interview to an Ashby job and trigger stage."_s},
            false, {}};
}

IntegrationEntry humaans()
{
    return {u"humaans"_s,
            u"Humaans"_s,
            u"HRIS"_s,
            u"Import hired candidates into Humaans automatically. They wait in the New hires "
            "tab for review before they become members."_s,
            {foundations, plus, enterprise, legacyPlus},
            {u"candidatesRead"_s, u"jobsRead"_s, u"hiringProcessMetadataRead"_s,
             u"organizationRead"_s, u"offersRead"_s},
            u"apiKeyAndWebhook"_s,
            {u"In Humaans, open Admin > Integrations and enable the Ashby integration."_s,
             u"Create an Ashby API key and leave Integration Partner blank."_s,
             u"Paste the key into Humaans and click Save."_s,
             u"Create an Application Updated webhook with the Request URL from Humaans."_s,
             u"Paste the Secret Token from Humaans into the webhook."_s},
            false, {}};
}

IntegrationEntry sora()
{
    return {u"sora"_s,
            u"Sora"_s,
            u"Onboarding"_s,
            u"Import a candidate into Sora as an employee and add them to a workflow, such as "
            "Onboarding, when they enter a chosen stage."_s,
            {foundations, plus, enterprise, legacyPlus},
            {u"candidatesRead"_s, u"jobsRead"_s, u"interviewsRead"_s,
             u"hiringProcessMetadataRead"_s, u"organizationRead"_s},
            u"apiKeyAndListener"_s,
            {u"Create an Ashby API key."_s,
             u"In Sora, open Settings > Integrations > Ashby and paste the key."_s,
             u"Toggle the integration to Active and click Save."_s,
             u"Map Ashby candidate fields to Sora employee fields under Inbound field mapping."_s,
             u"In Sora, add a Candidate stage change listener to the workflow."_s,
             u"Create an Ashby webhook with the Endpoint URL and Secret key from Sora."_s,
             u"In Sora, click Create event listener."_s},
            false, {}};
}

IntegrationEntry justifacts()
{
    return {u"justifacts"_s,
            u"Justifacts"_s,
            u"Background checks"_s,
            u"Start Justifacts background checks from a candidate's profile. Status updates "
            "and a link to the results appear on the assessment activity."_s,
            {foundations, plus, enterprise, legacyPlus},
            {u"candidatesRead"_s, u"candidatesWrite"_s, u"jobsRead"_s, u"jobsWrite"_s,
             u"interviewsRead"_s, u"interviewsWrite"_s},
            u"assessmentPartner"_s,
            {u"Open Admin > Integrations > API keys and click New."_s,
             u"Choose Justifacts as the integration partner, select Read all and Write all, "
             "and create the key."_s,
             u"Copy the key at once and share it with Justifacts; it is shown only once."_s,
             u"Open Admin > Integrations > Integrations and select Justifacts."_s,
             u"Enter the credential verification key Justifacts sent you and select the new "
             "Ashby key."_s,
             u"Paste the Justifacts staging base URL into its field."_s,
             u"Add a Justifacts activity to the background check stage of each interview "
             "plan."_s},
            false, {u"assessment"_s}};
}

} // namespace

const QList<IntegrationEntry> &IntegrationCatalog::all()
{
    static const QList<IntegrationEntry> entries{juro(), willo(), humaans(), sora(), justifacts()};
    return entries;
}

const IntegrationEntry *IntegrationCatalog::find(const QString &id)
{
    for (const IntegrationEntry &entry : all())
        if (entry.id == id)
            return &entry;
    return nullptr;
}

} // namespace Tessera::Sandbox
