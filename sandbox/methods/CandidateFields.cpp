#include "CandidateFields.h"

#include "sandbox/integrations/IntegrationCatalog.h"
#include "sandbox/server/ApiFailure.h"
#include "sandbox/server/FieldLimits.h"
#include "sandbox/server/MethodCall.h"
#include "sandbox/store/Records.h"
#include "sandbox/store/Store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox::CandidateFields {

namespace {

const QStringList socialTypes{u"LinkedIn"_s, u"GitHub"_s, u"Twitter"_s, u"Medium"_s,
                              u"StackOverflow"_s, u"YouTube"_s, u"CodePen"_s, u"Website"_s};

QString checkedEmail(const QString &field, const QString &email)
{
    static const QRegularExpression shape(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    const QString trimmed = email.trimmed();
    if (!shape.match(trimmed).hasMatch())
        throw ApiFailure::invalidInput(
            u"Field \"%1\" is not an email address: \"%2\"."_s.arg(field, trimmed));
    return trimmed;
}

QJsonObject contact(const QString &value, bool primary)
{
    return {{u"value"_s, value}, {u"type"_s, u"Personal"_s}, {u"isPrimary"_s, primary}};
}

QJsonObject location(const QJsonObject &request)
{
    QJsonArray components;
    QStringList summary;
    for (const auto &[field, type] : {std::pair{u"city"_s, u"City"_s},
                                      std::pair{u"region"_s, u"Region"_s},
                                      std::pair{u"country"_s, u"Country"_s}}) {
        const QJsonValue value = request.value(field);
        if (value.isUndefined() || value.isNull())
            continue;
        if (!value.isString())
            throw ApiFailure::invalidInput(u"Field \"location.%1\" must be a string."_s.arg(field));
        if (value.toString().trimmed().isEmpty())
            continue;
        summary << value.toString().trimmed();
        components.prepend(QJsonObject{{u"type"_s, type}, {u"name"_s, value.toString().trimmed()}});
    }
    return {{u"id"_s, Records::newId()},
            {u"locationSummary"_s, summary.join(u", "_s)},
            {u"locationComponents"_s, components}};
}

// Sets (or, for an empty url, removes) the link of one type.
void setSocialLink(QJsonObject &candidate, const QString &type, const QString &url)
{
    QJsonArray links;
    for (const QJsonValue link : candidate.value(u"socialLinks"_s).toArray())
        if (link.toObject().value(u"type"_s).toString() != type)
            links << link;
    if (!url.trimmed().isEmpty())
        links << QJsonObject{{u"type"_s, type}, {u"url"_s, url.trimmed()}};
    candidate.insert(u"socialLinks"_s, links);
}

void setPrimaryEmail(QJsonObject &candidate, const QString &email)
{
    QJsonArray emails{contact(email, true)};
    for (const QJsonValue old : candidate.value(u"emailAddresses"_s).toArray()) {
        QJsonObject entry = old.toObject();
        if (entry.value(u"value"_s).toString().compare(email, Qt::CaseInsensitive) == 0)
            continue;
        entry.insert(u"isPrimary"_s, false);
        emails << entry;
    }
    candidate.insert(u"primaryEmailAddress"_s, contact(email, true));
    candidate.insert(u"emailAddresses"_s, emails);
}

void addEmail(QJsonObject &candidate, const QString &email)
{
    QJsonArray emails = candidate.value(u"emailAddresses"_s).toArray();
    for (const QJsonValue old : emails)
        if (old.toObject().value(u"value"_s).toString().compare(email, Qt::CaseInsensitive) == 0)
            return;
    emails << contact(email, emails.isEmpty());
    candidate.insert(u"emailAddresses"_s, emails);
    if (!candidate.contains(u"primaryEmailAddress"_s))
        candidate.insert(u"primaryEmailAddress"_s, contact(email, true));
}

void setPhone(QJsonObject &candidate, const QString &phone)
{
    candidate.insert(u"primaryPhoneNumber"_s, contact(phone, true));
    candidate.insert(u"phoneNumbers"_s, QJsonArray{contact(phone, true)});
}

void applyCommon(const MethodCall &call, QJsonObject &candidate, const QString &websiteField)
{
    if (const auto phone = call.optionalString(u"phoneNumber"_s); phone && !phone->trimmed().isEmpty())
        setPhone(candidate, phone->trimmed());
    if (const auto url = call.optionalString(u"linkedInUrl"_s))
        setSocialLink(candidate, u"LinkedIn"_s, *url);
    if (const auto url = call.optionalString(u"githubUrl"_s))
        setSocialLink(candidate, u"GitHub"_s, *url);
    if (const auto url = call.optionalString(websiteField))
        setSocialLink(candidate, u"Website"_s, *url);
    if (const auto place = call.optionalObject(u"location"_s))
        candidate.insert(u"location"_s, location(*place));
    if (const auto userId = call.optionalString(u"creditedToUserId"_s))
        candidate.insert(u"creditedToUserId"_s, *userId); // checked by the caller
}

} // namespace

QJsonObject create(const MethodCall &call)
{
    const QString now = Records::isoTime(call.nowMs());
    const QString id = Records::newId();
    QJsonObject candidate{{u"id"_s, id},
                          {u"createdAt"_s, now},
                          {u"updatedAt"_s, now},
                          {u"name"_s, call.requiredString(u"name"_s).trimmed()},
                          {u"emailAddresses"_s, QJsonArray{}},
                          {u"phoneNumbers"_s, QJsonArray{}},
                          {u"socialLinks"_s, QJsonArray{}},
                          {u"tags"_s, QJsonArray{}},
                          {u"applicationIds"_s, QJsonArray{}},
                          {u"fileHandles"_s, QJsonArray{}},
                          {u"customFields"_s, QJsonArray{}},
                          {u"profileUrl"_s, QString(u"https://sandbox.tessera.invalid/candidates/"_s + id)}};
    if (const auto email = call.optionalString(u"email"_s); email && !email->trimmed().isEmpty())
        setPrimaryEmail(candidate, checkedEmail(u"email"_s, *email));
    for (const QString &other : call.optionalStringList(u"alternateEmailAddresses"_s).value_or(QStringList()))
        addEmail(candidate, checkedEmail(u"alternateEmailAddresses"_s, other));
    applyCommon(call, candidate, u"website"_s);
    return candidate;
}

void update(const MethodCall &call, QJsonObject &candidate)
{
    if (call.has(u"name"_s))
        candidate.insert(u"name"_s, call.requiredString(u"name"_s).trimmed());
    if (const auto email = call.optionalString(u"email"_s); email && !email->trimmed().isEmpty())
        setPrimaryEmail(candidate, checkedEmail(u"email"_s, *email));
    if (const auto other = call.optionalString(u"alternateEmail"_s); other && !other->trimmed().isEmpty())
        addEmail(candidate, checkedEmail(u"alternateEmail"_s, *other));
    if (const auto links = call.optionalArray(u"socialLinks"_s)) {
        QJsonArray replaced;
        for (const QJsonValue link : *links) {
            const QJsonObject object = link.toObject();
            if (!link.isObject() || !socialTypes.contains(object.value(u"type"_s).toString())
                || !object.value(u"url"_s).isString())
                throw ApiFailure::invalidInput(
                    u"Field \"socialLinks\" needs items {type, url} with type one of %1."_s.arg(
                        socialTypes.join(u", "_s)));
            replaced << QJsonObject{{u"type"_s, object.value(u"type"_s)},
                                    {u"url"_s, object.value(u"url"_s)}};
        }
        candidate.insert(u"socialLinks"_s, replaced);
    }
    applyCommon(call, candidate, u"websiteUrl"_s);
    candidate.insert(u"updatedAt"_s, Records::isoTime(call.nowMs()));
}

namespace {

// Browsers decode entities and drop whitespace inside a URL before looking at its scheme, so the
// check must too ("java&#115;cript:", "java\tscript:").
QString normalizedUrl(QString url)
{
    static const QRegularExpression entity(u"&#(x?)([0-9a-fA-F]+);?"_s);
    QString decoded;
    qsizetype last = 0;
    auto it = entity.globalMatch(url);
    while (it.hasNext()) {
        const auto match = it.next();
        decoded += QStringView(url).mid(last, match.capturedStart() - last);
        bool ok = false;
        const uint code = match.captured(2).toUInt(&ok, match.captured(1).isEmpty() ? 10 : 16);
        if (ok && code < 0x110000)
            decoded += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        last = match.capturedEnd();
    }
    decoded += QStringView(url).mid(last);
    decoded.replace(u"&colon;"_s, u":"_s, Qt::CaseInsensitive);
    QString compact;
    for (const QChar c : decoded)
        if (!c.isSpace() && c.unicode() >= 0x20)
            compact += c;
    return compact.toLower();
}

// Only web and mail links, or relative ones, survive.
bool isSafeLink(const QString &url)
{
    const QString normalized = normalizedUrl(url);
    const qsizetype colon = normalized.indexOf(u':');
    const qsizetype firstDelimiter = normalized.indexOf(QRegularExpression(u"[/?#]"_s));
    if (colon < 0 || (firstDelimiter >= 0 && firstDelimiter < colon))
        return true; // no scheme
    const QString scheme = normalized.left(colon);
    return scheme == u"http"_s || scheme == u"https"_s || scheme == u"mailto"_s;
}

} // namespace

QString sanitizeNoteHtml(const QString &html)
{
    static const QRegularExpression blocks(u"<(script|style)\\b[^>]*>.*?</\\1\\s*>"_s,
                                           QRegularExpression::CaseInsensitiveOption
                                               | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(u"<\\s*(/?)\\s*([a-zA-Z0-9]+)([^>]*)>"_s);
    static const QRegularExpression href(u"href\\s*=\\s*(\"([^\"]*)\"|'([^']*)')"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    static const QStringList allowed{u"b"_s, u"i"_s, u"u"_s, u"a"_s, u"ul"_s,
                                     u"ol"_s, u"li"_s, u"code"_s, u"pre"_s};
    QString text = html;
    text.remove(blocks);
    QString out;
    qsizetype last = 0;
    auto it = tag.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        const QString name = match.captured(2).toLower();
        if (!allowed.contains(name))
            continue;
        QString attributes;
        if (name == u"a"_s && match.captured(1).isEmpty()) {
            const auto link = href.match(match.captured(3));
            const QString url = link.captured(2).isNull() ? link.captured(3) : link.captured(2);
            if (link.hasMatch() && isSafeLink(url))
                attributes = u" href="_s + link.captured(1);
        }
        out += u'<' + match.captured(1) + name + attributes + u'>';
    }
    out += QStringView(text).mid(last);
    return out;
}

QJsonObject note(const MethodCall &call, Store &store)
{
    const QJsonValue raw = call.body().value(u"note"_s);
    QString content;
    if (raw.isString()) {
        FieldLimits::check(u"note"_s, raw.toString());
        content = raw.toString();
    } else if (raw.isObject()) {
        const QString type = raw.toObject().value(u"type"_s).toString();
        const QJsonValue value = raw.toObject().value(u"value"_s);
        if ((type != u"text/plain"_s && type != u"text/html"_s) || !value.isString())
            throw ApiFailure::invalidInput(
                u"Field \"note\" must be a string or {type: \"text/plain\" | \"text/html\", value}."_s);
        FieldLimits::check(u"note"_s, value.toString());
        content = type == u"text/html"_s ? sanitizeNoteHtml(value.toString()) : value.toString();
    } else {
        throw ApiFailure::invalidInput(raw.isUndefined() || raw.isNull()
                                           ? u"Missing required field \"note\"."_s
                                           : u"Field \"note\" must be a string or an object."_s);
    }
    if (content.trimmed().isEmpty())
        throw ApiFailure::invalidInput(u"Field \"note\" must not be empty."_s);

    // Notes written with a partner's key are authored by that partner (extension
    // "integrationId"), the others by the organisation's first admin.
    QJsonObject author{{u"id"_s, call.key().id}, {u"firstName"_s, call.key().title},
                       {u"lastName"_s, u"(API)"_s}};
    const IntegrationEntry *partner = nullptr;
    for (const IntegrationEntry &entry : IntegrationCatalog::all())
        if (entry.name.compare(call.key().integrationPartner, Qt::CaseInsensitive) == 0)
            partner = &entry;
    const auto admins = store.users.select(u"is_enabled = 1"_s, {}, u"rid"_s, 1);
    if (partner)
        author = QJsonObject{{u"id"_s, call.key().id},
                             {u"firstName"_s, partner->name},
                             {u"lastName"_s, QString()},
                             {u"integrationId"_s, partner->id}};
    else if (!admins.isEmpty())
        author = QJsonObject{{u"id"_s, admins.first().doc.value(u"id"_s)},
                             {u"firstName"_s, admins.first().doc.value(u"firstName"_s)},
                             {u"lastName"_s, admins.first().doc.value(u"lastName"_s)},
                             {u"email"_s, admins.first().doc.value(u"email"_s)}};
    QString createdAt = Records::isoTime(call.nowMs());
    if (const auto given = call.optionalString(u"createdAt"_s)) {
        const QDateTime parsed = QDateTime::fromString(*given, Qt::ISODateWithMs);
        if (!parsed.isValid())
            throw ApiFailure::invalidInput(u"Field \"createdAt\" must be an ISO 8601 date-time."_s);
        createdAt = Records::isoTime(parsed.toMSecsSinceEpoch());
    }
    return {{u"id"_s, Records::newId()},
            {u"createdAt"_s, createdAt},
            {u"isPrivate"_s, call.optionalBool(u"isPrivate"_s).value_or(false)},
            {u"content"_s, content},
            {u"author"_s, author}};
}

} // namespace Tessera::Sandbox::CandidateFields
