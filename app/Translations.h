#pragma once

#include <QString>

class QCoreApplication;

namespace Tessera::Translations {

// Installs Tessera's and Qt's translations for `language` (e.g. "de"), or the system language
// when empty. English needs none. Returns the language in use.
QString install(QCoreApplication &app, const QString &language);

} // namespace Tessera::Translations
