#pragma once

#include <QByteArray>
#include <QString>

namespace Tessera::SecretMemory {

// Overwrites a secret's characters in place and then empties it. Qt's strings share their
// buffer between copies, so the overwrite reaches every copy that still shares it (a line
// edit's text, a layout's text) — which is the point: a key shown once should not linger in
// freed memory. Copies that were detached earlier are not reached; keep secrets in as few
// places as possible.
void wipe(QString &secret);
void wipe(QByteArray &secret);

} // namespace Tessera::SecretMemory
