#pragma once

#include <QString>

namespace Tessera::WebLink {

// Opens a link that came from a backend or a partner in the browser, but only a valid http or
// https one: a partner must not make the console open file:, smb: or a custom handler.
// False when the link was refused.
bool open(const QString &link);

} // namespace Tessera::WebLink
