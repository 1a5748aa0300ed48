#include "WebLink.h"

#include <QDesktopServices>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::WebLink {

bool open(const QString &link)
{
    const QUrl url(link, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != u"https"_s && url.scheme() != u"http"_s))
        return false;
    return QDesktopServices::openUrl(url);
}

} // namespace Tessera::WebLink
