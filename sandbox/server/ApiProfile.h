#pragma once

#include <QString>
#include <QStringList>

namespace Tessera::Sandbox {

// Which methods a sandbox serves (--profile): "full", the default, serves every method of
// docs/API.md; "ashby" only those of Ashby's public API (paths of its OpenAPI document), so every
// extension answers as an unknown method does.
class ApiProfile final
{
public:
    static inline const QString full = QStringLiteral("full");
    static inline const QString ashby = QStringLiteral("ashby");

    static QStringList names(); // "full", "ashby"
    static bool serves(const QString &profile, const QString &method);
    // The Ashby public methods the sandbox implements, sorted.
    static const QStringList &ashbyMethods();
};

} // namespace Tessera::Sandbox
