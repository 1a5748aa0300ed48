#include "MethodContext.h"

#include "models/api/ApiProtocol.h"
#include "sandbox/server/MethodRegistry.h"
#include "sandbox/store/Store.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

void registerOrganizationMethods(MethodRegistry &registry, MethodContext &context)
{
    Store &store = context.store;
    // Extension: the organisation's name and plan, and whether this backend is a sandbox.
    const MethodRegistry *methods = &registry;
    registry.add(u"organization.info"_s, u"organizationRead"_s,
                 [&store, methods](const MethodCall &) {
        const auto rows = store.organization.select();
        QJsonObject organization = rows.isEmpty() ? QJsonObject{} : rows.first().doc;
        // Totals let a console show "12,400 / 100,000" while it syncs.
        organization.insert(u"counts"_s,
                            QJsonObject{{u"candidates"_s, store.candidates.count()},
                                        {u"applications"_s, store.applications.count()},
                                        {u"jobs"_s, store.jobs.count()}});
        // Sandbox only: the console offers "Do this step in the simulated partner" when present.
        organization.insert(u"partnerConsole"_s,
                            QJsonObject{{u"available"_s, true},
                                        {u"methods"_s, QJsonArray::fromStringList(
                                                           partnerConsoleMethodNames(*methods))}});
        return Protocol::successEnvelope(organization);
    });
}

} // namespace Tessera::Sandbox
