#pragma once

#include "sandbox/server/HttpAnswer.h"

namespace Tessera::Sandbox {

class Store;

// The ATS side of Juro: POST /integrations/juro/webhook (no Basic auth). Verifies Juro-Signature
// with the stored credential juroApiKey and records the outcome as the integration's "inbound".
// A verified contract event moves the Juro run it names (JuroRuns::apply); 404 when none has it.
HttpAnswer receiveJuroWebhook(Store &store, const RawRequest &request);

} // namespace Tessera::Sandbox
