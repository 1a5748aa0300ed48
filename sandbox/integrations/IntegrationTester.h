#pragma once

#include "sandbox/server/DeferredAnswer.h"

namespace Tessera::Sandbox {

class PartnerHub;
class Store;
struct IntegrationEntry;

// integration.test: the per-partner checks (contract-issue4.md), some with real HTTP from the
// ATS to the partner. Completes `answer` with {ok, checks: [{id, label, ok, message}], details}.
// A failing partner call is a failed check, never a method error.
void runIntegrationTest(Store &store, PartnerHub &partners, const IntegrationEntry &entry,
                        const Deferred &answer);

} // namespace Tessera::Sandbox
