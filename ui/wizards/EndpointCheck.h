#pragma once

#include "ui/common/StatusPalette.h"

#include <QCoreApplication>
#include <QString>

namespace Tessera {

// What an address a partner gave us really is, said honestly: https, plain http on this
// computer (allowed for the sandbox, never "secure"), plain http elsewhere (refused), or not an
// address at all.
class EndpointCheck final
{
    Q_DECLARE_TR_FUNCTIONS(EndpointCheck)
public:
    enum class Kind { Empty, Https, LocalHttp, RemoteHttp, Invalid };

    static Kind classify(const QString &url);
    static bool isAcceptable(const QString &url);
    // One sentence for the field's hint and the summary.
    static QString describe(Kind kind);
    static StatusPalette::Status status(Kind kind);
    // The word on a status chip: "https", "Local only", "Refused".
    static QString word(Kind kind);
};

} // namespace Tessera
