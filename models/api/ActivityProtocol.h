#pragma once

// The candidate-activity extensions of the wire protocol (docs/API.md §3.15), beside
// ApiProtocol.h and PlanProtocol.h: method names, the status vocabulary, actions and the error
// codes the console tells apart.
namespace Tessera::Protocol {

namespace Method {
inline constexpr auto activityList = "activity.list";
inline constexpr auto activityStart = "activity.start";
inline constexpr auto activityCancel = "activity.cancel";
inline constexpr auto activityForm = "activity.form";
} // namespace Method

// One vocabulary for every partner (docs/API.md §3.15).
namespace ActivityStatus {
inline constexpr auto notStarted = "not_started";
inline constexpr auto requested = "requested";
inline constexpr auto started = "started";
inline constexpr auto inProgress = "in_progress";
inline constexpr auto completed = "completed";
inline constexpr auto cancelled = "cancelled";
inline constexpr auto failed = "failed";
} // namespace ActivityStatus

namespace ActivityAction {
inline constexpr auto start = "start";
inline constexpr auto cancel = "cancel";
inline constexpr auto view = "view";
} // namespace ActivityAction

namespace ActivityError {
inline constexpr auto partnerRefused = "partner_refused";       // the partner's sentence, verbatim
inline constexpr auto partnerUnavailable = "partner_unavailable"; // down or not set up: retry
} // namespace ActivityError

} // namespace Tessera::Protocol
