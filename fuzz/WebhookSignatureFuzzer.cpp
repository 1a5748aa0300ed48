// Webhook signatures (sandbox/webhooks/WebhookSignature, checked with Protocol::
// constantTimeEquals as sandbox/integrations/JuroReceiver does) and the API key read from an
// Authorization header (Protocol::apiKeyFromAuthorization, models side).
// Input: secret '\n' given signature or Authorization header '\n' body.
#include "fuzz/FuzzSupport.h"
#include "models/api/ApiProtocol.h"
#include "sandbox/webhooks/WebhookSignature.h"

TESSERA_FUZZ_INIT

using namespace Tessera;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto [secret, rest] = Fuzz::splitLine(Fuzz::bytes(data, size));
    const auto [given, body] = Fuzz::splitLine(rest);

    const QByteArray signature = Sandbox::webhookSignature(secret, body);
    Fuzz::require(signature.size() == 7 + 64 && signature.startsWith("sha256="),
                  "sha256= and 64 hex digits");
    Fuzz::require(signature.mid(7).toLower() == signature.mid(7), "lowercase hex");
    Fuzz::require(Protocol::constantTimeEquals(signature, signature), "a signature equals itself");
    // The check JuroReceiver makes: a given signature is accepted only if it is the right one
    // (in any case of its hex digits).
    const bool accepted = Protocol::constantTimeEquals(signature, given.toLower());
    Fuzz::require(accepted == (given.toLower() == signature), "constantTimeEquals is ==");
    // Another body gives another signature.
    if (!body.isEmpty()) {
        QByteArray changed = body;
        changed[0] = char(changed.at(0) ^ 1);
        Fuzz::require(Sandbox::webhookSignature(secret, changed) != signature,
                      "the signature covers the body");
    }

    const auto key = Protocol::apiKeyFromAuthorization(given);
    if (key)
        Fuzz::require(!key->isEmpty() && !key->contains(QLatin1Char(':')),
                      "an API key is the non-empty user name");
    return 0;
}
