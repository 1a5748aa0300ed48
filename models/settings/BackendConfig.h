#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace Tessera {

// One backend the console knows: where it is and how to talk to it. Its API key is not here:
// secrets live only in the keychain (SecretStore), keyed by the backend's id.
struct BackendConfig
{
    enum class Kind { Sandbox, Remote };

    QString id; // stable UUID without braces
    QString name;
    QUrl url;
    Kind kind = Kind::Remote;
    bool allowInsecure = false; // plain http to a non-loopback host, explicitly allowed

    // A new backend with a fresh id. The URL loses any user info (it could carry a key).
    static BackendConfig create(const QString &name, const QUrl &url, Kind kind);

    // A UUID id and an http(s) URL without user info.
    bool isValid() const;

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);

    friend bool operator==(const BackendConfig &, const BackendConfig &) = default;
};

} // namespace Tessera
