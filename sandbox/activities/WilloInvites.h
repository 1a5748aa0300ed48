#pragma once

#include <QJsonArray>
#include <QString>

namespace Tessera::Sandbox {

class Store;

// Willo's video-interview invites of one application as candidate activities (kind
// videoInvite): requested "Invited" -> completed "Responded" with the response link. They are
// the Willo stand-in's records (partner_states), shown read-only: nothing to start or cancel.
class WilloInvites final
{
public:
    static QJsonArray activities(const Store &store, const QString &applicationId);
};

} // namespace Tessera::Sandbox
