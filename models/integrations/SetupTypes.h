#pragma once

#include "models/core/Outcome.h"

#include <QList>
#include <QString>

namespace Tessera {

// An ATS key as apiKey.create answers it: the secret is here once and never again.
struct CreatedApiKey
{
    QString id;
    QString title;
    QString secret;
};

// A key the admin may choose for a partner (apiKey.list).
struct ApiKeyChoice
{
    QString id;
    QString title;
    QString partner;
    bool revoked = false;
};

// Where the ATS should send events, as the partner shows it (Humaans, Sora).
struct PartnerEndpoint
{
    QString url;
    QString secret;
    QString listenerId; // Sora only
};

// A credential the partner issued (Juro's API key; Justifacts' verification key + base URL).
struct PartnerCredential
{
    QString key;
    QString baseUrl;
};

struct TestWebhookOutcome
{
    bool delivered = false;
    bool verified = false;
    int statusCode = 0;
    QString message;
};

struct WilloStatus
{
    bool connected = false;
    QString plan;
    int syncIntervalMinutes = 0;
    QString syncState; // idle, running, done, failed
    int jobsDone = 0;
    int jobsTotal = 0;
    int stagesDone = 0;
    QString message;
};

// A record a simulated partner received (a Humaans New hire, a Sora imported employee).
struct PartnerRecord
{
    QString name;
    QString jobTitle;
    QString startDate;
    QString extra;       // Sora: work state
    QString receivedAt;
    int errorCount = 0;
};

struct WebhookState
{
    QString id;
    bool enabled = false;
    QString lastError; // why the ping failed, when it did
};

// One check of integration.test.
struct IntegrationCheck
{
    QString id;
    QString label;
    bool ok = false;
    QString message;
};

struct AssessmentPackage
{
    QString id;
    QString name;
    QString description;
};

struct IntegrationTestResult
{
    bool ok = false;
    QList<IntegrationCheck> checks;
    QList<AssessmentPackage> packages; // Justifacts
    QString plan;                      // Willo
    int syncIntervalMinutes = 0;       // Willo
    int jobsSynced = 0;                // Willo

    const IntegrationCheck *check(const QString &id) const
    {
        for (const IntegrationCheck &item : checks)
            if (item.id == id)
                return &item;
        return nullptr;
    }
};

} // namespace Tessera
