#include "IntegrationPlan.h"

#include "IntegrationCatalog.h"
#include "models/api/ApiProtocol.h"
#include "sandbox/server/ApiFailure.h"
#include "sandbox/store/Store.h"

using namespace Qt::Literals::StringLiterals;

namespace Code = Tessera::Protocol::ErrorCode;

namespace Tessera::Sandbox::IntegrationPlan {

QString organizationPlan(const Store &store)
{
    const auto rows = store.organization.select();
    return rows.isEmpty() ? QString() : rows.first().doc.value(u"plan"_s).toString();
}

QString joined(const QStringList &plans)
{
    if (plans.size() < 2)
        return plans.join(QString());
    return plans.mid(0, plans.size() - 1).join(u", "_s) + u" and "_s + plans.last();
}

void requireInPlan(const QString &plan, const IntegrationEntry &entry)
{
    if (!entry.plans.contains(plan))
        throw ApiFailure(Code::integrationNotInPlan,
                         u"%1 is included in the %2 plans; this organisation is on %3."_s.arg(
                             entry.name, joined(entry.plans), plan));
}

} // namespace Tessera::Sandbox::IntegrationPlan
