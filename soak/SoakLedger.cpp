#include "SoakLedger.h"

namespace Tessera::Soak {

WriteOutcome classify(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::None:
        return WriteOutcome::Confirmed;
    case ApiError::Kind::Logical:
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::Unauthenticated:
    case ApiError::Kind::Forbidden:
        return WriteOutcome::Refused;
    default:
        // A 5xx may come from a write still running, a malformed body from one that ran: the
        // console cannot know, and neither does the soak.
        return WriteOutcome::Uncertain;
    }
}

void SoakLedger::count(WriteOutcome outcome)
{
    switch (outcome) {
    case WriteOutcome::Confirmed:
        ++writes.confirmed;
        break;
    case WriteOutcome::Refused:
        ++writes.refused;
        break;
    case WriteOutcome::Uncertain:
        ++writes.uncertain;
        break;
    }
}

} // namespace Tessera::Soak
