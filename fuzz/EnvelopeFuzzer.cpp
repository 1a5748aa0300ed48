// models/api/EnvelopeDecoder: an HTTP answer (status, Retry-After, body) from the network.
// Input: 2 bytes select the HTTP status, then the Retry-After value up to '\n', then the body.
#include "fuzz/FuzzSupport.h"
#include "models/api/EnvelopeDecoder.h"

using namespace Qt::Literals::StringLiterals;

TESSERA_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    // Mostly the statuses the decoder distinguishes, sometimes any 16-bit value.
    static constexpr int statuses[] = {200, 201, 204, 301, 400, 401, 403, 404, 405, 408,
                                       409, 413, 429, 500, 502, 503, 504, 0, -1, 99};
    const int status = data[0] < 200 ? statuses[data[0] % std::size(statuses)]
                                     : int(data[1]) * 4 + (data[0] - 200);
    const auto [retryAfter, body] = Tessera::Fuzz::splitLine(Tessera::Fuzz::bytes(data + 2, size - 2));
    const QString method = u"candidate.list"_s;
    const auto decoded = Tessera::EnvelopeDecoder::decode(method, status, retryAfter, body);
    // Exactly one of success envelope and error; an error names the method and a sentence.
    if (decoded.error.isError()) {
        Tessera::Fuzz::require(decoded.error.method() == method, "error names the method");
        Tessera::Fuzz::require(!decoded.error.userMessage().isEmpty(), "error has a message");
        (void)decoded.error.details();
        (void)decoded.error.isTransient();
        (void)decoded.error.isKeyRejected();
    } else {
        Tessera::Fuzz::require(decoded.envelope.value(u"success"_s).toBool(),
                               "a decoded envelope says success");
    }
    return 0;
}
