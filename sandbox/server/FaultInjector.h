#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace Tessera::Sandbox {

// DropAfterApply: the request is processed (a write is applied), then the connection is closed
// without an answer, as when an answer is lost on the way back.
enum class Fault { None, ServerError, RateLimited, MalformedBody, DropConnection, DropAfterApply };

struct FaultSettings
{
    int latencyMs = 0;            // added before every answer
    double serverErrorRate = 0;   // share of requests answered 503
    double rateLimitRate = 0;     // share answered 429 with Retry-After
    double malformedRate = 0;     // share answered 200 with a truncated JSON body
    double dropRate = 0;          // share whose connection is closed without an answer
    double dropAfterApplyRate = 0; // share processed, then closed without an answer
    int retryAfterSeconds = 1;
    int rateLimitPerSecond = 0;   // per-key budget; 0 = unlimited
};

struct FaultDecision
{
    Fault fault = Fault::None;
    int latencyMs = 0;
    int retryAfterSeconds = 0;
};

// Off by default. Rates draw from a seeded generator so runs repeat; `failNext` queues exact
// faults for the next requests, which is what tests use to get "two 503s, then success".
class FaultInjector final
{
public:
    explicit FaultInjector(quint32 seed = 1) : m_random(seed) {}

    void setSettings(const FaultSettings &settings) { m_settings = settings; }
    const FaultSettings &settings() const { return m_settings; }
    void queue(const QList<Fault> &faults) { m_queued += faults; }
    void clearQueue() { m_queued.clear(); }
    qsizetype queued() const { return m_queued.size(); }

    FaultDecision decide(const QString &keyId, qint64 nowMs);

    static std::optional<Fault> faultFromName(const QString &name);
    static QString nameOf(Fault fault);

private:
    bool draw(double rate);
    int rateLimitWait(const QString &keyId, qint64 nowMs);

    FaultSettings m_settings;
    QList<Fault> m_queued;
    QRandomGenerator m_random;
    QHash<QString, QList<qint64>> m_recentByKey;
};

} // namespace Tessera::Sandbox
