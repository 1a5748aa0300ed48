#pragma once

#include <QString>
#include <QUrl>

namespace Tessera::Sandbox {

class Store;

// `tessera-sandbox --deliveries N`: N historical webhook delivery attempts over the 30 days
// before `nowMs` (successes, 4xx/5xx answers, timeouts, refused connections, plausible
// latencies), spread over seeded webhooks: one per partner integration (its stand-in URL under
// `baseUrl`) and one of the admin's own. The webhooks are saved disabled so the history stays
// history. Deterministic for the same N and nowMs; seeds only an empty delivery log.
class DeliverySeeder final
{
    Q_DISABLE_COPY_MOVE(DeliverySeeder)
public:
    explicit DeliverySeeder(Store &store) : m_store(store) {}

    // Returns how many attempts were written (0 when the log already had rows).
    qint64 seed(qint64 count, const QUrl &baseUrl, qint64 nowMs);

private:
    Store &m_store;
};

} // namespace Tessera::Sandbox
