#include "BackendConfig.h"

#include "SettingsKeys.h"

#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

BackendConfig BackendConfig::create(const QString &name, const QUrl &url, Kind kind)
{
    BackendConfig backend;
    backend.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    backend.name = name;
    backend.url = url.adjusted(QUrl::RemoveUserInfo);
    backend.kind = kind;
    return backend;
}

bool BackendConfig::isValid() const
{
    return SettingsKeys::isValidBackendId(id) && url.isValid() && !url.host().isEmpty()
        && (url.scheme() == u"https"_s || url.scheme() == u"http"_s) && url.userInfo().isEmpty();
}

QString BackendConfig::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Sandbox:
        return u"sandbox"_s;
    case Kind::Remote:
        return u"remote"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<BackendConfig::Kind> BackendConfig::kindFromName(const QString &name)
{
    for (const Kind kind : {Kind::Sandbox, Kind::Remote}) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

} // namespace Tessera
