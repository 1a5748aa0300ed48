#pragma once

#include <QJsonObject>

namespace Tessera::Sandbox {

class Store;

// activity.stats (docs/API.md §3.15): the runs started (created) in [from, to), per integration
// and kind, counted by their current status, and how many of them are stuck now.
class ActivityStats final
{
public:
    // Throws ApiFailure: invalid_input for a bad range, integration_not_found.
    static QJsonObject compute(const Store &store, const QJsonObject &request, qint64 nowMs);
};

} // namespace Tessera::Sandbox
