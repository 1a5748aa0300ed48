#pragma once

#include <QByteArray>
#include <QString>

namespace Tessera::SecretMemory {

// Overwrites a secret's characters in place and then empties it. Qt's strings share their
// buffer between copies, so the overwrite reaches every copy that still shares it (a line
// edit's text, a layout's text) — which is the point: a key shown once should not linger in
// freed memory. Copies that were detached earlier are not reached; keep secrets in as few
// places as possible.
//
// Out of reach, because Qt keeps them privately: a QLineEdit's undo history (one entry per
// typed or pasted character, also in password mode), the clear display copy it lays out while
// Show is on, the shorter buffers freed while the text grew key by key, and the short-lived
// conversions on the way to the keychain (UTF-8), into a request body (JSON) or to another
// application through the clipboard.
void wipe(QString &secret);
void wipe(QByteArray &secret);

// A copy in a buffer of its own, for a holder whose lifetime differs from its caller's (the
// keychain store, the clipboard): the caller's wipe must not reach it, nor its wipe the caller.
QString ownCopy(const QString &secret);

} // namespace Tessera::SecretMemory
