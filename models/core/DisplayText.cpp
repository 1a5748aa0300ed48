#include "DisplayText.h"

#include <QRegularExpression>

#include <algorithm>
#include <iterator>
#include <string_view>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {
struct Term
{
    const char16_t *value;
    const char *text;
};

// Every enum-like value the API documents, with its words (translated through DisplayText).
constexpr Term terms[] = {
    {u"Active", QT_TRANSLATE_NOOP("DisplayText", "Active")},
    {u"Lead", QT_TRANSLATE_NOOP("DisplayText", "Lead")},
    {u"Hired", QT_TRANSLATE_NOOP("DisplayText", "Hired")},
    {u"Archived", QT_TRANSLATE_NOOP("DisplayText", "Archived")},
    {u"PreInterviewScreen", QT_TRANSLATE_NOOP("DisplayText", "Pre-interview screen")},
    {u"Offer", QT_TRANSLATE_NOOP("DisplayText", "Offer")},
    {u"Accepted", QT_TRANSLATE_NOOP("DisplayText", "Accepted")},
    {u"Declined", QT_TRANSLATE_NOOP("DisplayText", "Declined")},
    {u"Pending", QT_TRANSLATE_NOOP("DisplayText", "Pending")},
    {u"Created", QT_TRANSLATE_NOOP("DisplayText", "Created")},
    {u"Cancelled", QT_TRANSLATE_NOOP("DisplayText", "Cancelled")},
    {u"WaitingOnResponse", QT_TRANSLATE_NOOP("DisplayText", "Waiting on response")},
    {u"CandidateAccepted", QT_TRANSLATE_NOOP("DisplayText", "Candidate accepted")},
    {u"CandidateRejected", QT_TRANSLATE_NOOP("DisplayText", "Candidate rejected")},
    {u"WaitingOnCandidateResponse", QT_TRANSLATE_NOOP("DisplayText", "Waiting on candidate")},
    {u"WaitingOnOfferApproval", QT_TRANSLATE_NOOP("DisplayText", "Waiting on approval")},
    {u"Approved", QT_TRANSLATE_NOOP("DisplayText", "Approved")},
    {u"WaitingOnApprovals", QT_TRANSLATE_NOOP("DisplayText", "Waiting on approvals")},
    {u"Draft", QT_TRANSLATE_NOOP("DisplayText", "Draft")},
    {u"Open", QT_TRANSLATE_NOOP("DisplayText", "Open")},
    {u"Closed", QT_TRANSLATE_NOOP("DisplayText", "Closed")},
    {u"FullTime", QT_TRANSLATE_NOOP("DisplayText", "Full time")},
    {u"PartTime", QT_TRANSLATE_NOOP("DisplayText", "Part time")},
    {u"Intern", QT_TRANSLATE_NOOP("DisplayText", "Intern")},
    {u"Contract", QT_TRANSLATE_NOOP("DisplayText", "Contract")},
    {u"Temporary", QT_TRANSLATE_NOOP("DisplayText", "Temporary")},
};

QString term(const QString &value)
{
    for (const Term &entry : terms)
        if (value == QStringView(entry.value))
            return DisplayText::tr(entry.text);
    return DisplayText::words(value);
}

// Symbols for currencies other than the locale's own, where the code alone reads worse.
constexpr Term symbols[] = {
    {u"USD", "US$"}, {u"CAD", "CA$"}, {u"AUD", "A$"}, {u"EUR", "\u20ac"},
    {u"GBP", "\u00a3"}, {u"JPY", "\u00a5"}, {u"INR", "\u20b9"},
};
} // namespace

QString DisplayText::applicationStatus(const QString &status) { return term(status); }
QString DisplayText::stageType(const QString &type) { return term(type); }
QString DisplayText::offerStatus(const QString &status) { return term(status); }
QString DisplayText::jobStatus(const QString &status) { return term(status); }
QString DisplayText::employmentType(const QString &type) { return term(type); }

QString DisplayText::dateTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : u"—"_s;
}

QString DisplayText::duration(qint64 seconds)
{
    return seconds >= 2 * 86400 ? tr("%n day(s)", nullptr, int(seconds / 86400))
         : seconds >= 7200      ? tr("%n hour(s)", nullptr, int(seconds / 3600))
         : seconds >= 60        ? tr("%n minute(s)", nullptr, int(seconds / 60))
                                : tr("less than a minute");
}

QString DisplayText::date(const QDate &value)
{
    return value.isValid() ? QLocale().toString(value, QLocale::ShortFormat) : u"—"_s;
}

QString DisplayText::money(double value, const QString &currencyCode, const QLocale &locale)
{
    // Cents always (85.000,00 €), except in currencies without minor units.
    static constexpr std::u16string_view whole[] = {u"JPY", u"KRW", u"ISK", u"CLP", u"VND"};
    const int precision =
        std::find(std::begin(whole), std::end(whole), QStringView(currencyCode)) != std::end(whole)
        ? 0
        : 2;
    if (currencyCode.isEmpty() || currencyCode == locale.currencySymbol(QLocale::CurrencyIsoCode))
        return locale.toCurrencyString(value, locale.currencySymbol(), precision);
    QString symbol = currencyCode;
    for (const Term &entry : symbols)
        if (currencyCode == QStringView(entry.value))
            symbol = QString::fromUtf8(entry.text);
    QString text = locale.toCurrencyString(value, symbol, precision);
    // A letter symbol right next to a digit ("CHF120,000") gets a no-break space.
    const qsizetype at = text.indexOf(symbol);
    const qsizetype after = at + symbol.size();
    if (at >= 0 && symbol.back().isLetter() && after < text.size() && text.at(after).isDigit())
        text.insert(after, QChar(0x00a0));
    if (at > 0 && symbol.front().isLetter() && text.at(at - 1).isDigit())
        text.insert(at, QChar(0x00a0));
    return text;
}

QString DisplayText::words(const QString &camelCase)
{
    QString result;
    for (qsizetype i = 0; i < camelCase.size(); ++i) {
        const QChar c = camelCase.at(i);
        if (i > 0 && c.isUpper()) {
            result += u' ';
            result += c.toLower();
        } else {
            result += c;
        }
    }
    return result;
}

QString DisplayText::plainText(const QString &html)
{
    // Only the tags the backend lets through (docs/API.md, candidate.createNote): a plain-text
    // note such as "a < b > c" stays as it is.
    static const QRegularExpression breaks(u"<\\s*(br|/p|/li|/pre)\\b[^>]*>"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(u"</?(b|i|u|a|ul|ol|li|code|pre|p|br)\\b[^>]*>"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    if (!html.contains(tags))
        return html.trimmed();
    QString text = html;
    text.replace(breaks, u"\n"_s);
    text.remove(tags);
    text.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&quot;"_s, u"\""_s);
    text.replace(u"&#39;"_s, u"'"_s).replace(u"&nbsp;"_s, u" "_s).replace(u"&amp;"_s, u"&"_s);
    return text.trimmed();
}

} // namespace Tessera
