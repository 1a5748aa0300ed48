#pragma once

#include "ApiKeyTable.h"
#include "Database.h"
#include "DocumentTable.h"
#include "IdempotencyTable.h"

namespace Tessera::Sandbox {

// All tables of one sandbox database, used from the server's thread.
class Store final
{
    Q_DISABLE_COPY_MOVE(Store)
public:
    explicit Store(Database &db)
        : database(db)
        , apiKeys(db)
        , organization(db, QStringLiteral("organization"))
        , departments(db, QStringLiteral("departments"))
        , users(db, QStringLiteral("users"))
        , stageGroups(db, QStringLiteral("stage_groups"))
        , interviewPlans(db, QStringLiteral("interview_plans"))
        , interviewStages(db, QStringLiteral("interview_stages"))
        , jobs(db, QStringLiteral("jobs"))
        , candidates(db, QStringLiteral("candidates"))
        , applications(db, QStringLiteral("applications"))
        , applicationHistory(db, QStringLiteral("application_history"))
        , offers(db, QStringLiteral("offers"))
        , notes(db, QStringLiteral("notes"))
        , customFields(db, QStringLiteral("custom_fields"))
        , archiveReasons(db, QStringLiteral("archive_reasons"))
        , webhooks(db, QStringLiteral("webhooks"))
        , webhookDeliveries(db, QStringLiteral("webhook_deliveries"))
        , integrations(db, QStringLiteral("integrations"))
        , partnerStates(db, QStringLiteral("partner_states"))
        , integrationPrivate(db, QStringLiteral("integration_private"))
        , fieldMappings(db, QStringLiteral("field_mappings"))
        , externalWorkflows(db, QStringLiteral("external_workflows"))
        , planActivities(db, QStringLiteral("interview_plan_activities"))
        , candidateActivities(db, QStringLiteral("candidate_activities"))
        , idempotency(db)
    {
        // Secrets the sandbox must read back, sealed with the data key (SecretsAtRest).
        webhooks.setSealedFields({QStringLiteral("secretToken")});
        integrationPrivate.setSealedFields({QStringLiteral("credentials")});
        partnerStates.setSealedFields({QStringLiteral("*")}); // keys and secrets stand-ins hold
    }

    Database &database;
    ApiKeyTable apiKeys;
    DocumentTable organization;
    DocumentTable departments;
    DocumentTable users;
    DocumentTable stageGroups;
    DocumentTable interviewPlans;
    DocumentTable interviewStages;
    DocumentTable jobs;
    DocumentTable candidates;
    DocumentTable applications;
    DocumentTable applicationHistory;
    DocumentTable offers;
    DocumentTable notes;
    DocumentTable customFields;
    DocumentTable archiveReasons;
    DocumentTable webhooks;
    DocumentTable webhookDeliveries;
    DocumentTable integrations;
    DocumentTable partnerStates;      // one document per partner stand-in
    DocumentTable integrationPrivate; // credentials and inbound webhook per integration
    DocumentTable fieldMappings;
    DocumentTable externalWorkflows; // Juro contract workflows (methods/ExternalWorkflowMethods)
    DocumentTable planActivities;    // per plan: its activities and version (sandbox/plans)
    DocumentTable candidateActivities; // started and manual activities (sandbox/activities)
    IdempotencyTable idempotency;    // first answers to writes with an Idempotency-Key
};

} // namespace Tessera::Sandbox
