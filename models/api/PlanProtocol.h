#pragma once

// The interview-plan activity extensions of the wire protocol (docs/API.md §3.14), beside
// ApiProtocol.h: method names, activity kinds and the problem codes the backend computes.
namespace Tessera::Protocol {

// Extension methods of the interview-plan activity designer (docs/API.md §3.14).
namespace Method {
inline constexpr auto interviewPlanActivityList = "interviewPlanActivity.list";
inline constexpr auto interviewPlanActivitySet = "interviewPlanActivity.set";
inline constexpr auto interviewPlanAutomationList = "interviewPlanAutomation.list";
inline constexpr auto assessmentTypeList = "assessmentType.list";
inline constexpr auto externalWorkflowList = "externalWorkflow.list";
inline constexpr auto withdrawPackage = "partnerConsole.justifacts.withdrawPackage";
} // namespace Method

// Activity kinds and the problems the backend computes for an activity (docs/API.md §3.14).
namespace ActivityKind {
inline constexpr auto assessment = "assessment";
inline constexpr auto externalWorkflow = "externalWorkflow";
inline constexpr auto videoInvite = "videoInvite"; // Willo's invites (activity.list only)
} // namespace ActivityKind
namespace ActivityProblem {
inline constexpr auto integrationDisabled = "integration_disabled";
inline constexpr auto packageWithdrawn = "package_withdrawn";
inline constexpr auto wrongEntryPoint = "wrong_entry_point";
inline constexpr auto workflowDeleted = "workflow_deleted";
inline constexpr auto stageArchived = "stage_archived";
inline constexpr auto duplicateOnStage = "duplicate_on_stage";
} // namespace ActivityProblem

} // namespace Tessera::Protocol
