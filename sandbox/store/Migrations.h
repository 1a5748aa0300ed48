#pragma once

#include <QStringList>
#include <QList>

namespace Tessera::Sandbox::Migrations {

// Each entry upgrades the schema by one version; entry i brings it from version i to i + 1.
const QList<QStringList> &steps();

} // namespace Tessera::Sandbox::Migrations
