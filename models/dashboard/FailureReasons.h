#pragma once

#include <QCoreApplication>
#include <QString>

namespace Tessera {

// The delivery log's failure reason codes (docs/API.md "Status and failure reason") in words,
// as the failures filter and table show them.
class FailureReasons final
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::FailureReasons)
    Q_DISABLE_COPY_MOVE(FailureReasons)
public:
    FailureReasons() = delete;

    // A code the console does not know reads as the code itself.
    static QString label(const QString &code);
};

} // namespace Tessera
