#include "methods/MethodContext.h"

#include "api/ApiProtocol.h"
#include "server/MethodRegistry.h"
#include "store/Store.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

void registerOrganizationMethods(MethodRegistry &registry, MethodContext &context)
{
    Store &store = context.store;
    // Extension: the organisation's name and plan, and whether this backend is a sandbox.
    registry.add(u"organization.info"_s, u"organizationRead"_s, [&store](const MethodCall &) {
        const auto rows = store.organization.select();
        QJsonObject organization = rows.isEmpty() ? QJsonObject{} : rows.first().doc;
        return Protocol::successEnvelope(organization);
    });
}

} // namespace Tessera::Sandbox
