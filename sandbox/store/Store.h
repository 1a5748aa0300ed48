#pragma once

#include "store/ApiKeyTable.h"
#include "store/Database.h"
#include "store/DocumentTable.h"

namespace Tessera::Sandbox {

// All tables of one sandbox database, used from the server's thread.
class Store final
{
    Q_DISABLE_COPY_MOVE(Store)
public:
    explicit Store(Database &database)
        : database(database)
        , apiKeys(database)
        , organization(database, QStringLiteral("organization"))
        , departments(database, QStringLiteral("departments"))
        , users(database, QStringLiteral("users"))
        , stageGroups(database, QStringLiteral("stage_groups"))
        , interviewPlans(database, QStringLiteral("interview_plans"))
        , interviewStages(database, QStringLiteral("interview_stages"))
        , jobs(database, QStringLiteral("jobs"))
        , candidates(database, QStringLiteral("candidates"))
        , applications(database, QStringLiteral("applications"))
        , applicationHistory(database, QStringLiteral("application_history"))
        , offers(database, QStringLiteral("offers"))
        , notes(database, QStringLiteral("notes"))
        , customFields(database, QStringLiteral("custom_fields"))
        , archiveReasons(database, QStringLiteral("archive_reasons"))
    {
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
};

} // namespace Tessera::Sandbox
