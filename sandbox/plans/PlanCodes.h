#pragma once

namespace Tessera::Sandbox::PlanCodes {

// Error and problem codes of the interview-plan activity methods (docs/API.md §3.14). They are
// sandbox extensions, so they live here; the console names the ones it handles in
// models/api/ApiProtocol.
inline constexpr auto activityNotFound = "interview_plan_activity_not_found";

// Problems computed when activities are read (never stored).
inline constexpr auto integrationDisabled = "integration_disabled";
inline constexpr auto packageWithdrawn = "package_withdrawn";
inline constexpr auto wrongEntryPoint = "wrong_entry_point";
inline constexpr auto workflowDeleted = "workflow_deleted";
inline constexpr auto stageArchived = "stage_archived";
inline constexpr auto duplicateOnStage = "duplicate_on_stage";

} // namespace Tessera::Sandbox::PlanCodes
