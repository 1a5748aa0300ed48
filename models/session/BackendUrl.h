#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace Tessera {

// Rules for a backend address: http(s) only, and https unless the host is this machine or the
// user explicitly allowed an insecure connection (the key would travel in clear text).
class BackendUrl final
{
    Q_DECLARE_TR_FUNCTIONS(BackendUrl)
public:
    static QUrl parse(const QString &text); // adds https:// when no scheme was typed
    // Empty when acceptable, else a sentence saying what to change.
    static QString problem(const QUrl &url, bool allowInsecure);
    static bool isLoopback(const QUrl &url);
};

} // namespace Tessera
