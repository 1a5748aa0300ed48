#include "BackendUrl.h"

#include <QHostAddress>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

QUrl BackendUrl::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    return QUrl(trimmed.contains(u"://"_s) ? trimmed : u"https://"_s + trimmed, QUrl::StrictMode);
}

bool BackendUrl::isLoopback(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (host == u"localhost"_s)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString BackendUrl::problem(const QUrl &url, bool allowInsecure)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("Enter the backend's address, e.g. https://ats.example.com.");
    if (url.scheme() != u"https"_s && url.scheme() != u"http"_s)
        return tr("The address must start with https:// (or http:// for this machine).");
    if (url.scheme() == u"http"_s && !isLoopback(url) && !allowInsecure)
        return tr("Use https:// for a backend on another machine: over http:// the API key travels "
                  "unencrypted. Tick \"Allow insecure connection\" only for a trusted test network.");
    if (!url.userInfo().isEmpty())
        return tr("Do not put credentials in the address; enter the API key in its own field.");
    return {};
}

} // namespace Tessera
