#pragma once

#include <QString>
#include <QStringList>

namespace Tessera::Sandbox {

struct IntegrationEntry;
class Store;

// Which integrations the organisation's plan (organization.info `plan`) includes.
namespace IntegrationPlan {

QString organizationPlan(const Store &store);
// "Plus", "Plus and Enterprise", "Plus, Enterprise and Legacy Plus".
QString joined(const QStringList &plans);
// Throws ApiFailure(integration_not_in_plan) naming the plans that include it.
void requireInPlan(const QString &plan, const IntegrationEntry &entry);

} // namespace IntegrationPlan

} // namespace Tessera::Sandbox
