#pragma once

#include <QJsonArray>
#include <QString>

namespace Tessera::Sandbox {

class Store;
class WilloStandIn;

// Willo's video-interview invites of one application as candidate activities (kind
// videoInvite): requested "Invited" -> completed "Responded" with the response link. They are
// the Willo stand-in's records (partner_states), shown read-only: nothing to start or cancel.
class WilloInvites final
{
public:
    static QJsonArray activities(const Store &store, const QString &applicationId);
    // The application's entry into Willo's trigger stage that Willo has not seen yet, as a
    // not_started videoInvite with `dueAt` (Willo's next sync); null when there is none.
    static QJsonValue waiting(Store &store, const WilloStandIn &willo,
                              const QJsonObject &application);
};

} // namespace Tessera::Sandbox
