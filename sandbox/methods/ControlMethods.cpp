#include "MethodContext.h"

#include "models/api/ApiProtocol.h"
#include "sandbox/server/ApiFailure.h"
#include "sandbox/server/FaultInjector.h"
#include "sandbox/server/MethodRegistry.h"
#include "sandbox/server/Pager.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

namespace {

double rate(const QJsonObject &object, const QString &field, double current)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined())
        return current;
    if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() > 1)
        throw ApiFailure::invalidInput(u"Field \"faults.%1\" must be between 0 and 1."_s.arg(field));
    return value.toDouble();
}

int count(const QJsonObject &object, const QString &field, int current)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined())
        return current;
    if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() != value.toInt())
        throw ApiFailure::invalidInput(
            u"Field \"faults.%1\" must be a whole number >= 0."_s.arg(field));
    return value.toInt();
}

QJsonObject describe(const FaultInjector &faults, const SyncPolicy &policy)
{
    const FaultSettings &s = faults.settings();
    return {{u"faults"_s, QJsonObject{{u"latencyMs"_s, s.latencyMs},
                                      {u"serverErrorRate"_s, s.serverErrorRate},
                                      {u"rateLimitRate"_s, s.rateLimitRate},
                                      {u"malformedRate"_s, s.malformedRate},
                                      {u"dropRate"_s, s.dropRate},
                                      {u"dropAfterApplyRate"_s, s.dropAfterApplyRate},
                                      {u"retryAfterSeconds"_s, s.retryAfterSeconds},
                                      {u"rateLimitPerSecond"_s, s.rateLimitPerSecond}}},
            {u"queuedFaults"_s, qint64(faults.queued())},
            {u"maxIncrementalSyncRecords"_s, policy.maxIncrementalRecords},
            {u"syncTokenLifetimeSeconds"_s, policy.tokenLifetimeMs / 1000}};
}

} // namespace

// Extension, sandbox only: switch fault injection and sync limits at run time (docs/API.md).
void registerControlMethods(MethodRegistry &registry, MethodContext &context)
{
    FaultInjector &faults = context.faults;
    SyncPolicy &policy = context.syncPolicy;
    registry.add(u"sandbox.configure"_s, u"organizationWrite"_s,
                 [&faults, &policy](const MethodCall &call) {
        // Validate everything first so a bad field changes nothing.
        FaultSettings settings = faults.settings();
        if (const auto object = call.optionalObject(u"faults"_s)) {
            settings.latencyMs = count(*object, u"latencyMs"_s, settings.latencyMs);
            settings.serverErrorRate = rate(*object, u"serverErrorRate"_s, settings.serverErrorRate);
            settings.rateLimitRate = rate(*object, u"rateLimitRate"_s, settings.rateLimitRate);
            settings.malformedRate = rate(*object, u"malformedRate"_s, settings.malformedRate);
            settings.dropRate = rate(*object, u"dropRate"_s, settings.dropRate);
            settings.dropAfterApplyRate =
                rate(*object, u"dropAfterApplyRate"_s, settings.dropAfterApplyRate);
            settings.retryAfterSeconds =
                count(*object, u"retryAfterSeconds"_s, settings.retryAfterSeconds);
            settings.rateLimitPerSecond =
                count(*object, u"rateLimitPerSecond"_s, settings.rateLimitPerSecond);
        }
        std::optional<QList<Fault>> queue;
        if (const auto names = call.optionalStringList(u"failNext"_s)) {
            queue.emplace();
            for (const QString &name : *names) {
                const auto fault = FaultInjector::faultFromName(name);
                if (!fault)
                    throw ApiFailure::invalidInput(
                        u"Field \"failNext\" has the unknown fault \"%1\"; use serverError, "
                        "rateLimit, malformedBody, dropConnection or dropAfterApply."_s.arg(name));
                queue->append(*fault);
            }
        }
        const auto records = call.optionalInteger(u"maxIncrementalSyncRecords"_s);
        const auto seconds = call.optionalInteger(u"syncTokenLifetimeSeconds"_s);

        faults.setSettings(settings);
        if (queue) {
            faults.clearQueue();
            faults.queue(*queue);
        }
        if (records)
            policy.maxIncrementalRecords = std::max<qint64>(1, *records);
        if (seconds)
            policy.tokenLifetimeMs = std::max<qint64>(0, *seconds) * 1000;
        return Protocol::successEnvelope(describe(faults, policy));
    });
}

} // namespace Tessera::Sandbox
