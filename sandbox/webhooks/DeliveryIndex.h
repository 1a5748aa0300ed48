#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Tessera::Sandbox {

class Store;

// The delivery log's time, outcome and latency columns in memory, in time order, so
// webhookDelivery.stats and the health checks scan a million attempts in milliseconds instead
// of stepping through SQLite rows. Loaded from the store once, then kept current by every write
// (WebhookDispatcher, DeliverySeeder call add()).
class DeliveryIndex final
{
    Q_DISABLE_COPY_MOVE(DeliveryIndex)
public:
    explicit DeliveryIndex(Store &store) : m_store(store) {}

    struct Entry
    {
        qint64 timeMs = 0;
        qint32 latencyMs = 0;
        qint32 webhook = 0;     // interned ids (m_webhooks, m_integrations)
        qint32 integration = -1;
        qint16 action = -1;     // interned event (m_actions)
        qint8 reason = -1;      // index into m_reasons, -1 delivered
    };

    void add(qint64 timeMs, const QString &webhookId, const QString &integrationId,
             const QString &action, const QString &reason, int latencyMs);

    // How many attempts match a webhookDelivery.list filter without status failed or pending
    // and without text (those are SQL's, on their indexes) whose webhook is in `liveWebhookIds`:
    // a redeliver dry run's count, O(attempts in the filter's period), no row read.
    struct CountFilter
    {
        bool deliveredOnly = false; // status "delivered"
        std::optional<QString> reason, webhookId, integrationId, event;
        std::optional<qint64> fromMs, toMs;
    };
    qint64 count(const CountFilter &filter, const QStringList &liveWebhookIds);

    // webhookDelivery.stats (throws ApiFailure on bad input).
    QJsonObject stats(const QJsonObject &request);

    // What the health checks need of one webhook: counts over its attempts from `fromMs` on,
    // and its summary over the whole log (kept current by add(), never a scan of the log).
    struct Outcomes
    {
        qint64 delivered = 0;
        qint64 failed = 0;
        int failedInARow = 0;   // at the end
        qint64 lastSuccessMs = 0;
        qint64 lastAttemptMs = 0;
        qint64 failingSinceMs = 0; // first failure of the run at the end, 0 if none
    };
    // Every logged webhook's outcomes by id: O(webhooks + attempts from `fromMs` on).
    QHash<QString, Outcomes> outcomesSince(qint64 fromMs);

    // Reads the log from the store unless already read; called once at start.
    void load();

private:
    int intern(QStringList &names, QHash<QString, int> &index, const QString &name);
    // Folds the attempt at m_entries[at] into its webhook's summary (counts stay zero there).
    void summarize(size_t at);

    Store &m_store;
    bool m_loaded = false;
    std::vector<Entry> m_entries; // ordered by timeMs
    std::vector<Outcomes> m_summaries; // per interned webhook
    QStringList m_webhooks;
    QHash<QString, int> m_webhookIndex;
    QStringList m_integrations;
    QHash<QString, int> m_integrationIndex;
    QStringList m_reasons;
    QHash<QString, int> m_reasonIndex;
    QStringList m_actions;
    QHash<QString, int> m_actionIndex;
};

} // namespace Tessera::Sandbox
