#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Tessera::Sandbox {

// One integration of the marketplace, as the catalog ships it (static data, never stored).
struct IntegrationEntry
{
    QString id;          // e.g. "juro"
    QString name;        // e.g. "Juro"
    QString category;    // e.g. "Contracts"
    QString description; // one or two plain sentences
    QStringList plans;   // the organisation plans that include it
    QStringList scopes;  // permission identifiers (server/Scopes.h) its API key needs
    QString setupKind;   // e.g. "apiKeyAndWebhook"
    QStringList setupSteps; // short imperative sentences for an admin
    bool externalWorkflows; // externalWorkflow.* starts this partner's workflows
    QStringList activityKinds; // interview-plan activity kinds it offers, e.g. "assessment"
};

// The integrations the sandbox knows, in display order.
class IntegrationCatalog final
{
public:
    static const QList<IntegrationEntry> &all();
    // nullptr for an unknown id.
    static const IntegrationEntry *find(const QString &id);
};

} // namespace Tessera::Sandbox
