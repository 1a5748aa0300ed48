#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

// The wire protocol shared by the console's client and tessera-sandbox (docs/API.md):
// envelope shapes, error codes, header names and HTTP Basic key encoding.
namespace Tessera::Protocol {

inline constexpr auto ashbyVersion = "2026-01-01";
// Extension header (docs/API.md §1.10): one UUID per logical write, the same on every retry.
inline constexpr auto idempotencyKeyHeader = "Idempotency-Key";
// On an answer replayed for a repeated Idempotency-Key.
inline constexpr auto idempotentReplayedHeader = "Idempotent-Replayed";

namespace ErrorCode {
inline constexpr auto invalidInput = "invalid_input";
inline constexpr auto missingPermission = "missing_endpoint_permission";
inline constexpr auto unauthenticated = "unauthenticated";
inline constexpr auto forbidden = "forbidden";
inline constexpr auto unknownMethod = "unknown_method";
inline constexpr auto rateLimitExceeded = "rate_limit_exceeded";
inline constexpr auto internalError = "internal_error";
inline constexpr auto syncTokenExpired = "sync_token_expired";
inline constexpr auto incrementalSyncTooLarge = "incremental_sync_too_large";
inline constexpr auto applicationNotFound = "application_not_found";
inline constexpr auto candidateNotFound = "candidate_not_found";
inline constexpr auto jobNotFound = "job_not_found";
inline constexpr auto offerNotFound = "offer_not_found";
inline constexpr auto interviewPlanNotFound = "interview_plan_not_found";
inline constexpr auto interviewStageNotFound = "interview_stage_not_found";
inline constexpr auto archiveReasonNotFound = "archive_reason_not_found";
inline constexpr auto departmentNotFound = "department_not_found";
inline constexpr auto userNotFound = "user_not_found";
inline constexpr auto apiKeyNotFound = "api_key_not_found";
inline constexpr auto versionConflict = "version_conflict";
inline constexpr auto requestTooLarge = "request_too_large"; // HTTP 413 (or 431 for the head)
// Idempotency-Key (docs/API.md §1.10): HTTP 409.
inline constexpr auto idempotencyKeyReused = "idempotency_key_reused";
inline constexpr auto idempotencyKeyInUse = "idempotency_key_in_use";
// Integrations, field mappings and external workflows (docs/API.md §3.10-3.13).
inline constexpr auto integrationNotFound = "integration_not_found";
inline constexpr auto integrationNotInPlan = "integration_not_in_plan";
inline constexpr auto externalWorkflowNotFound = "external_workflow_not_found";
inline constexpr auto communicationTemplateNotFound = "communication_template_not_found";
inline constexpr auto customFieldNotFound = "custom_field_not_found";
inline constexpr auto webhookNotFound = "webhook_not_found";
inline constexpr auto webhookDeliveryNotFound = "webhook_delivery_not_found";
// Partner stand-ins and their routes (docs/API.md §3.11).
inline constexpr auto partnerNotFound = "partner_not_found";
inline constexpr auto partnerUnavailable = "partner_unavailable";
inline constexpr auto partnerError = "partner_error";
inline constexpr auto invalidApiKey = "invalid_api_key";
inline constexpr auto missingScopes = "missing_scopes";
inline constexpr auto notConnected = "not_connected";
inline constexpr auto listenerNotFound = "listener_not_found";
inline constexpr auto noWebhook = "no_webhook";
inline constexpr auto invalidSignature = "invalid_signature";
// Answers of the partner stand-ins' own HTTP routes (/partners/...), in their APIs' words.
inline constexpr auto unauthorized = "unauthorized";
inline constexpr auto templateNotFound = "template_not_found";
inline constexpr auto notFound = "not_found";
} // namespace ErrorCode

// {"success":true,"results":...}
QJsonObject successEnvelope(const QJsonValue &results);

// {"success":false,"errorInfo":{code,message,requestId[,meta]},"errors":[code]}
QJsonObject errorEnvelope(const QString &code, const QString &message, const QString &requestId,
                          const QJsonObject &meta = {});

// Compares secrets (keys, signatures, MACs) in time that does not depend on where they differ.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

// "Basic base64(key:)"
QByteArray basicAuthorization(const QString &apiKey);

// The key (user name) of a Basic Authorization header; nullopt when absent or malformed.
std::optional<QString> apiKeyFromAuthorization(const QByteArray &headerValue);

} // namespace Tessera::Protocol
