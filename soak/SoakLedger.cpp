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

QString describe(const ApiError &error)
{
    const char *kind = "other";
    switch (error.kind()) {
    case ApiError::Kind::None: kind = "none"; break;
    case ApiError::Kind::Transport: kind = "transport"; break;
    case ApiError::Kind::Timeout: kind = "timeout"; break;
    case ApiError::Kind::HttpStatus: kind = "http status"; break;
    case ApiError::Kind::Unauthenticated: kind = "unauthenticated"; break;
    case ApiError::Kind::Forbidden: kind = "forbidden"; break;
    case ApiError::Kind::RateLimited: kind = "rate limited"; break;
    case ApiError::Kind::MalformedBody: kind = "malformed body"; break;
    case ApiError::Kind::Logical: kind = "logical"; break;
    case ApiError::Kind::Cancelled: kind = "cancelled"; break;
    }
    return error.method() + QStringLiteral(": ") + QLatin1StringView(kind);
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
