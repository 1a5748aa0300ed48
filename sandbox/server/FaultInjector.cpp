#include "FaultInjector.h"

#include <QMap>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

namespace {
const QMap<QString, Fault> &faultNames()
{
    static const QMap<QString, Fault> names{{u"serverError"_s, Fault::ServerError},
                                            {u"rateLimit"_s, Fault::RateLimited},
                                            {u"malformedBody"_s, Fault::MalformedBody},
                                            {u"dropConnection"_s, Fault::DropConnection},
                                            {u"dropAfterApply"_s, Fault::DropAfterApply}};
    return names;
}
} // namespace

std::optional<Fault> FaultInjector::faultFromName(const QString &name)
{
    const auto it = faultNames().constFind(name);
    return it == faultNames().constEnd() ? std::nullopt : std::optional(*it);
}

QString FaultInjector::nameOf(Fault fault)
{
    return fault == Fault::None ? u"none"_s : faultNames().key(fault);
}

bool FaultInjector::draw(double rate)
{
    return rate > 0 && m_random.generateDouble() < rate;
}

// Sliding one-second window per key; returns the seconds to wait, 0 when within budget.
int FaultInjector::rateLimitWait(const QString &keyId, qint64 nowMs)
{
    if (m_settings.rateLimitPerSecond <= 0)
        return 0;
    QList<qint64> &recent = m_recentByKey[keyId];
    while (!recent.isEmpty() && nowMs - recent.first() >= 1000)
        recent.removeFirst();
    if (recent.size() >= m_settings.rateLimitPerSecond)
        return int((1000 - (nowMs - recent.first()) + 999) / 1000); // whole seconds, at least 1
    recent.append(nowMs);
    return 0;
}

FaultDecision FaultInjector::decide(const QString &keyId, qint64 nowMs)
{
    FaultDecision decision;
    decision.latencyMs = m_settings.latencyMs;
    decision.retryAfterSeconds = m_settings.retryAfterSeconds;
    if (!m_queued.isEmpty()) {
        decision.fault = m_queued.takeFirst();
        return decision;
    }
    if (const int wait = rateLimitWait(keyId, nowMs)) {
        decision.fault = Fault::RateLimited;
        decision.retryAfterSeconds = wait;
    } else if (draw(m_settings.dropRate)) {
        decision.fault = Fault::DropConnection;
    } else if (draw(m_settings.dropAfterApplyRate)) {
        decision.fault = Fault::DropAfterApply;
    } else if (draw(m_settings.serverErrorRate)) {
        decision.fault = Fault::ServerError;
    } else if (draw(m_settings.rateLimitRate)) {
        decision.fault = Fault::RateLimited;
    } else if (draw(m_settings.malformedRate)) {
        decision.fault = Fault::MalformedBody;
    }
    return decision;
}

} // namespace Tessera::Sandbox
