#include "FailureReasons.h"

namespace Tessera {

QString FailureReasons::label(const QString &code)
{
    if (code == QLatin1String("http_3xx"))
        return tr("Redirected (HTTP 3xx)");
    if (code == QLatin1String("http_4xx"))
        return tr("Rejected (HTTP 4xx)");
    if (code == QLatin1String("http_5xx"))
        return tr("Server error (HTTP 5xx)");
    if (code == QLatin1String("timeout"))
        return tr("No answer in time");
    if (code == QLatin1String("connection_refused"))
        return tr("Connection refused");
    if (code == QLatin1String("connection_failed"))
        return tr("Connection failed");
    return code;
}

} // namespace Tessera
