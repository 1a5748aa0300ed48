#pragma once

#include <QJsonValue>
#include <QString>

namespace Tessera::Sandbox::MappingValue {

// Null, undefined, a blank string and an empty array count as empty.
bool isEmpty(const QJsonValue &value);
// A value as text: numbers without a needless ".0", arrays joined with ", ", a currency object
// ({value, currencyCode}) as "120000 USD".
QString text(const QJsonValue &value);
// A number from a number, a numeric string or a currency object; *ok is false for anything else.
double number(const QJsonValue &value, bool *ok);

} // namespace Tessera::Sandbox::MappingValue
