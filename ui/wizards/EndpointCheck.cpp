#include "EndpointCheck.h"

#include <QHostAddress>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

EndpointCheck::Kind EndpointCheck::classify(const QString &text)
{
    if (text.trimmed().isEmpty())
        return Kind::Empty;
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return Kind::Invalid;
    if (url.scheme() == u"https")
        return Kind::Https;
    if (url.scheme() != u"http")
        return Kind::Invalid;
    const QHostAddress address(url.host());
    const bool loopback = url.host() == u"localhost" || (!address.isNull() && address.isLoopback());
    return loopback ? Kind::LocalHttp : Kind::RemoteHttp;
}

bool EndpointCheck::isAcceptable(const QString &url)
{
    const Kind kind = classify(url);
    return kind == Kind::Https || kind == Kind::LocalHttp;
}

QString EndpointCheck::describe(Kind kind)
{
    switch (kind) {
    case Kind::Empty:
        return tr("Paste the address the partner gave you.");
    case Kind::Https:
        return tr("https: the connection is encrypted.");
    case Kind::LocalHttp:
        return tr("http on this computer — allowed for the sandbox.");
    case Kind::RemoteHttp:
        return tr("Plain http to another computer is not allowed: use the https address.");
    case Kind::Invalid:
        break;
    }
    return tr("This is not a web address. It starts with https://.");
}

StatusPalette::Status EndpointCheck::status(Kind kind)
{
    switch (kind) {
    case Kind::Https:
        return StatusPalette::Status::Ok;
    case Kind::LocalHttp:
        return StatusPalette::Status::Attention;
    case Kind::Empty:
        return StatusPalette::Status::Unavailable;
    case Kind::RemoteHttp:
    case Kind::Invalid:
        break;
    }
    return StatusPalette::Status::Failing;
}

QString EndpointCheck::word(Kind kind)
{
    switch (kind) {
    case Kind::Https:
        return tr("Encrypted");
    case Kind::LocalHttp:
        return tr("Local only");
    case Kind::Empty:
        return tr("Missing");
    case Kind::RemoteHttp:
    case Kind::Invalid:
        break;
    }
    return tr("Not allowed");
}

} // namespace Tessera
