#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Tessera::Translations {

// Makes `language` (e.g. "de"; the system's when empty) the interface language, at start and
// at run time: swaps Tessera's and Qt's translators and sets the default QLocale, which every
// number, date and amount is formatted with. Installing the translators sends
// QEvent::LanguageChange to every widget (each retranslates in changeEvent), and every item
// model shown in a view announces its data and headers as changed. Returns the language in use.
QString use(QCoreApplication &app, const QString &language);

// The languages the interface can show: English and every embedded translation
// (":/i18n/tessera_<code>.qm"), as codes ("en", "de", ...), English first.
QStringList available();

} // namespace Tessera::Translations
