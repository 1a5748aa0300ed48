#pragma once

namespace Tessera::Sandbox::ActivityCodes {

// Error codes of the candidate-activity methods and assessment.update (docs/API.md §3.15).
// Sandbox extensions, so they live here, not in models/api/ApiProtocol.
inline constexpr auto activityNotFound = "activity_not_found";
inline constexpr auto assessmentNotFound = "assessment_not_found";
// The partner answered 409 or 422: the message is the partner's own sentence.
inline constexpr auto partnerRefused = "partner_refused";
inline constexpr auto activityFinished = "activity_finished";

} // namespace Tessera::Sandbox::ActivityCodes
