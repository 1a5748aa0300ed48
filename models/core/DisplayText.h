#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace Tessera {

// Turns the API's enum-like strings, dates and money into translated text for the models'
// DisplayRole. Unknown values come out as readable words ("WaitingOnX" → "Waiting on x").
class DisplayText final
{
    Q_DECLARE_TR_FUNCTIONS(DisplayText)
public:
    static QString applicationStatus(const QString &status);
    static QString stageType(const QString &type);
    static QString offerStatus(const QString &status); // acceptance, offer and approval statuses
    static QString jobStatus(const QString &status);
    static QString employmentType(const QString &type);
    static QString dateTime(const QDateTime &time);    // short local format, "—" when unknown
    // How long something has lasted, in the largest whole unit that reads well: "3 days",
    // "5 hours", "12 minutes", "less than a minute".
    static QString duration(qint64 seconds);
    static QString date(const QDate &date);
    // `value` in `currencyCode` (ISO 4217) in the locale's currency format (by default the one
    // Settings → Language chose), with cents except for currencies that have none. The locale's
    // own symbol for its currency, a well-known one otherwise.
    static QString money(double value, const QString &currencyCode, const QLocale &locale = {});
    // Splits "WaitingOnResponse" into "Waiting on response".
    static QString words(const QString &camelCase);
    // Text of the sanitised HTML subset that notes may contain.
    static QString plainText(const QString &html);
};

} // namespace Tessera
