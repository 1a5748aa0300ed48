// candidate.list / info / search / create / update / createNote / listNotes.
#include "ApiHelpers.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera::Test;

namespace {

SandboxProcess &sandbox()
{
    return sharedSandbox(u"candidates"_s, SandboxProcess::defaultArguments(300));
}

QString primaryEmail(const QJsonObject &candidate)
{
    return candidate.value(u"primaryEmailAddress"_s).toObject().value(u"value"_s).toString();
}

QString linkOf(const QJsonObject &candidate, const QString &type)
{
    const QJsonArray links = where(candidate.value(u"socialLinks"_s).toArray(), u"type"_s, type);
    return links.isEmpty() ? QString() : links.at(0).toObject().value(u"url"_s).toString();
}

QString componentOf(const QJsonObject &candidate, const QString &type)
{
    const QJsonArray parts =
        where(candidate.value(u"location"_s).toObject().value(u"locationComponents"_s).toArray(),
              u"type"_s, type);
    return parts.isEmpty() ? QString() : parts.at(0).toObject().value(u"name"_s).toString();
}

QJsonObject createCandidate(TestClient &client, const QJsonObject &body)
{
    return results(client, u"candidate.create"_s, body).toObject();
}

} // namespace

TEST_CASE("Seeded candidates look like real people", "[api][candidates]")
{
    TestClient admin = adminClient(sandbox());
    const QJsonArray candidates = results(admin, u"candidate.list"_s).toArray();
    REQUIRE(candidates.size() == 100);

    // Personal mailboxes at the big free providers, never the organisation's own domain.
    static const QRegularExpression personal(
        u"^[a-z]+\\.[a-z]+\\d+@"
        "(gmail\\.com|outlook\\.com|proton\\.me|yahoo\\.com|icloud\\.com|fastmail\\.com)$"_s);
    static const QRegularExpression stateCode(u"^[A-Z]{2}$"_s);
    for (const QJsonValue value : candidates) {
        const QJsonObject candidate = value.toObject();
        INFO(QJsonDocument(candidate).toJson(QJsonDocument::Compact).toStdString());
        CHECK(personal.match(primaryEmail(candidate)).hasMatch());
        CHECK(candidate.value(u"primaryEmailAddress"_s).toObject().value(u"type"_s)
              == QJsonValue(u"Personal"_s));
        CHECK(linkOf(candidate, u"LinkedIn"_s).startsWith(u"https://www.linkedin.com/in/"_s));
        CHECK(stateCode.match(componentOf(candidate, u"Region"_s)).hasMatch());
        CHECK(componentOf(candidate, u"Country"_s) == u"United States"_s);
        CHECK_FALSE(candidate.value(u"applicationIds"_s).toArray().isEmpty());
        CHECK(candidate.value(u"name"_s).toString().contains(u' '));
    }
}

TEST_CASE("candidate.info returns the listed candidate", "[api][candidates]")
{
    TestClient admin = adminClient(sandbox());
    const QJsonObject listed =
        results(admin, u"candidate.list"_s, {{u"limit"_s, 3}}).toArray().at(2).toObject();
    CHECK(results(admin, u"candidate.info"_s, {{u"id"_s, listed.value(u"id"_s)}}).toObject()
          == listed);
    requireError(
        admin.call(u"candidate.info"_s, {{u"id"_s, u"00000000-0000-4000-8000-000000000000"_s}}),
        200, u"candidate_not_found"_s);
    requireInvalidInput(admin.call(u"candidate.info"_s), u"id"_s);
}

TEST_CASE("candidate.search matches an email exactly and a name by substring", "[api][candidates]")
{
    TestClient admin = adminClient(sandbox());
    const QJsonObject target =
        results(admin, u"candidate.list"_s, {{u"limit"_s, 10}}).toArray().at(7).toObject();
    const QString email = primaryEmail(target);
    const QString name = target.value(u"name"_s).toString();

    SECTION("email")
    {
        const QJsonArray found =
            results(admin, u"candidate.search"_s, {{u"email"_s, email}}).toArray();
        CHECK(idsOf(found) == QStringList{target.value(u"id"_s).toString()});
        const QJsonArray partial =
            results(admin, u"candidate.search"_s, {{u"email"_s, email.mid(1)}}).toArray();
        CHECK(partial.isEmpty());
    }
    SECTION("name substring")
    {
        const QString part = name.mid(1, name.size() - 2);
        const QJsonArray found =
            results(admin, u"candidate.search"_s, {{u"name"_s, part}}).toArray();
        CHECK(idsOf(found).contains(target.value(u"id"_s).toString()));
        for (const QJsonValue candidate : found)
            CHECK(candidate.toObject().value(u"name"_s).toString().contains(part,
                                                                            Qt::CaseInsensitive));
    }
    SECTION("email and name together must both match")
    {
        CHECK(results(admin, u"candidate.search"_s, {{u"email"_s, email}, {u"name"_s, name}})
                  .toArray()
                  .size()
              == 1);
        CHECK(results(admin, u"candidate.search"_s,
                      {{u"email"_s, email}, {u"name"_s, u"Nobody Likethis"_s}})
                  .toArray()
                  .isEmpty());
    }
    SECTION("LIKE wildcards are matched literally")
    {
        CHECK(results(admin, u"candidate.search"_s, {{u"name"_s, u"%"_s}}).toArray().isEmpty());
        CHECK(results(admin, u"candidate.search"_s, {{u"name"_s, u"_"_s}}).toArray().isEmpty());
    }
    SECTION("neither field is invalid_input")
    {
        requireInvalidInput(admin.call(u"candidate.search"_s));
    }
}

TEST_CASE("candidate.create stores a new candidate", "[api][candidates]")
{
    TestClient admin = adminClient(sandbox());
    const QJsonObject created =
        createCandidate(admin, {{u"name"_s, u"  Grace Hopper  "_s},
                                {u"email"_s, u"grace.hopper@example.org"_s},
                                {u"phoneNumber"_s, u"+1 (555) 010-1906"_s},
                                {u"linkedInUrl"_s, u"https://www.linkedin.com/in/grace-hopper"_s},
                                {u"location"_s, QJsonObject{{u"city"_s, u"Arlington"_s},
                                                            {u"region"_s, u"VA"_s},
                                                            {u"country"_s, u"United States"_s}}}});
    const QString id = created.value(u"id"_s).toString();
    REQUIRE_FALSE(id.isEmpty());
    CHECK(created.value(u"name"_s) == QJsonValue(u"Grace Hopper"_s));
    CHECK(primaryEmail(created) == u"grace.hopper@example.org"_s);
    CHECK(linkOf(created, u"LinkedIn"_s) == u"https://www.linkedin.com/in/grace-hopper"_s);
    CHECK(componentOf(created, u"Region"_s) == u"VA"_s);
    CHECK(created.value(u"primaryPhoneNumber"_s).toObject().value(u"value"_s)
          == QJsonValue(u"+1 (555) 010-1906"_s));
    CHECK(created.value(u"applicationIds"_s).toArray().isEmpty());

    CHECK(results(admin, u"candidate.info"_s, {{u"id"_s, id}}).toObject() == created);
    CHECK(idsOf(results(admin, u"candidate.search"_s, {{u"email"_s, u"Grace.Hopper@example.org"_s}})
                    .toArray())
          == QStringList{id});

    SECTION("bad input is invalid_input naming the field")
    {
        requireInvalidInput(admin.call(u"candidate.create"_s, {{u"email"_s, u"a@b.example"_s}}),
                            u"name"_s);
        requireInvalidInput(admin.call(u"candidate.create"_s,
                                       {{u"name"_s, u"X Y"_s}, {u"email"_s, u"not-an-email"_s}}),
                            u"email"_s);
        requireInvalidInput(
            admin.call(u"candidate.create"_s,
                       {{u"name"_s, u"X Y"_s}, {u"location"_s, QJsonObject{{u"city"_s, 7}}}}),
            u"location.city"_s);
    }
}

TEST_CASE("candidate.update changes the stored candidate", "[api][candidates]")
{
    TestClient admin = adminClient(sandbox());
    const QJsonObject created = createCandidate(
        admin, {{u"name"_s, u"Katherine Johnson"_s}, {u"email"_s, u"kj@example.org"_s}});
    const QString id = created.value(u"id"_s).toString();

    const QJsonObject updated = results(admin, u"candidate.update"_s,
                                        {{u"candidateId"_s, id},
                                         {u"name"_s, u"Katherine G. Johnson"_s},
                                         {u"email"_s, u"katherine@example.org"_s},
                                         {u"githubUrl"_s, u"https://github.com/kgj"_s}})
                                    .toObject();
    CHECK(updated.value(u"name"_s) == QJsonValue(u"Katherine G. Johnson"_s));
    CHECK(primaryEmail(updated) == u"katherine@example.org"_s);
    // The previous address stays as a secondary one.
    const QJsonArray emails = updated.value(u"emailAddresses"_s).toArray();
    CHECK(emails.size() == 2);
    CHECK(where(emails, u"value"_s, u"kj@example.org"_s).at(0).toObject().value(u"isPrimary"_s)
          == QJsonValue(false));
    CHECK(linkOf(updated, u"GitHub"_s) == u"https://github.com/kgj"_s);
    CHECK(updated.value(u"createdAt"_s) == created.value(u"createdAt"_s));

    CHECK(results(admin, u"candidate.info"_s, {{u"id"_s, id}}).toObject() == updated);
    CHECK(idsOf(results(admin, u"candidate.search"_s, {{u"email"_s, u"katherine@example.org"_s}})
                    .toArray())
          == QStringList{id});
    // Search looks at the primary address only.
    CHECK(results(admin, u"candidate.search"_s, {{u"email"_s, u"kj@example.org"_s}})
              .toArray()
              .isEmpty());

    requireError(admin.call(u"candidate.update"_s,
                            {{u"candidateId"_s, u"00000000-0000-4000-8000-000000000000"_s},
                             {u"name"_s, u"Nobody"_s}}),
                 200, u"candidate_not_found"_s);
    requireInvalidInput(
        admin.call(u"candidate.update"_s, {{u"candidateId"_s, id}, {u"name"_s, u" "_s}}),
        u"name"_s);
}

TEST_CASE("candidate.createNote stores plain and sanitised HTML notes", "[api][candidates][notes]")
{
    TestClient admin = adminClient(sandbox());
    const QString id =
        createCandidate(admin, {{u"name"_s, u"Note Taker"_s}}).value(u"id"_s).toString();

    const QString plainText = u"Met at the <robotics> meetup & liked the demo."_s;
    const QJsonObject plain =
        results(admin, u"candidate.createNote"_s, {{u"candidateId"_s, id}, {u"note"_s, plainText}})
            .toObject();
    CHECK(plain.value(u"content"_s) == QJsonValue(plainText));
    CHECK(plain.value(u"isPrivate"_s) == QJsonValue(false));
    CHECK_FALSE(plain.value(u"author"_s).toObject().value(u"id"_s).toString().isEmpty());

    const QJsonObject html =
        results(
            admin, u"candidate.createNote"_s,
            {{u"candidateId"_s, id},
             {u"isPrivate"_s, true},
             {u"note"_s, QJsonObject{{u"type"_s, u"text/html"_s},
                                     {u"value"_s, u"<p>Strong <b>C++</b> skills</p>"
                                                  "<script>alert('x')</script>"
                                                  "<a href=\"javascript:steal()\">link</a>"_s}}}})
            .toObject();
    const QString content = html.value(u"content"_s).toString();
    INFO(content.toStdString());
    CHECK(content.contains(u"<b>C++</b>"_s));
    CHECK_FALSE(content.contains(u"<script"_s, Qt::CaseInsensitive));
    CHECK_FALSE(content.contains(u"alert"_s));
    CHECK_FALSE(content.contains(u"javascript:"_s, Qt::CaseInsensitive));
    CHECK_FALSE(content.contains(u"<p>"_s));
    CHECK(content.contains(u"Strong"_s));
    CHECK(html.value(u"isPrivate"_s) == QJsonValue(true));

    const QJsonArray notes =
        walkAll(admin, u"candidate.listNotes"_s, {{u"candidateId"_s, id}}).records;
    CHECK(idsOf(notes)
          == QStringList{plain.value(u"id"_s).toString(), html.value(u"id"_s).toString()});
    CHECK(notes.at(1).toObject().value(u"content"_s) == QJsonValue(content));

    SECTION("bad notes are refused")
    {
        requireInvalidInput(
            admin.call(u"candidate.createNote"_s, {{u"candidateId"_s, id}, {u"note"_s, u"   "_s}}),
            u"note"_s);
        requireInvalidInput(admin.call(u"candidate.createNote"_s,
                                       {{u"candidateId"_s, id},
                                        {u"note"_s, QJsonObject{{u"type"_s, u"text/markdown"_s},
                                                                {u"value"_s, u"*hi*"_s}}}}),
                            u"note"_s);
        requireError(admin.call(u"candidate.createNote"_s,
                                {{u"candidateId"_s, u"00000000-0000-4000-8000-000000000000"_s},
                                 {u"note"_s, u"hello"_s}}),
                     200, u"candidate_not_found"_s);
        CHECK(walkAll(admin, u"candidate.listNotes"_s, {{u"candidateId"_s, id}}).records.size()
              == 2);
    }
}

TEST_CASE("HTML notes drop script URLs however they are spelled", "[api][candidates][notes]")
{
    TestClient admin = adminClient(sandbox());
    const QString id =
        createCandidate(admin, {{u"name"_s, u"Link Sender"_s}}).value(u"id"_s).toString();
    // Browsers decode character references and drop tabs in URLs before looking at the scheme.
    for (const QString &href :
         {u"javascript:alert(1)"_s, u"JavaScript:alert(1)"_s, u"java&#115;cript:alert(1)"_s,
          u"&#106;avascript:alert(1)"_s, u"java\tscript:alert(1)"_s}) {
        const QString html = u"<a href=\""_s + href + u"\">link</a>"_s;
        const QString content =
            results(admin, u"candidate.createNote"_s,
                    {{u"candidateId"_s, id},
                     {u"note"_s, QJsonObject{{u"type"_s, u"text/html"_s}, {u"value"_s, html}}}})
                .toObject()
                .value(u"content"_s)
                .toString();
        INFO(html.toStdString() << " -> " << content.toStdString());
        CHECK(content.contains(u"link"_s));
        CHECK_FALSE(content.contains(u"script:"_s, Qt::CaseInsensitive));
        CHECK_FALSE(content.contains(u"alert"_s));
    }
}

TEST_CASE("A note written with a partner's key has the partner as its author",
          "[api][candidates][notes][partners]")
{
    TestClient admin = adminClient(sandbox());
    const QString id =
        createCandidate(admin, {{u"name"_s, u"Video Responder"_s}}).value(u"id"_s).toString();
    const QJsonObject willoKey =
        results(admin, u"apiKey.create"_s,
                {{u"integrationPartner"_s, u"Willo"_s},
                 {u"scopePreset"_s, u"integration:willo"_s}})
            .toObject();
    TestClient willo(sandbox().baseUrl(), willoKey.value(u"key"_s).toString());

    const QJsonObject fromWillo =
        results(willo, u"candidate.createNote"_s,
                {{u"candidateId"_s, id},
                 {u"note"_s, QJsonObject{{u"type"_s, u"text/html"_s},
                                         {u"value"_s, u"Responses: <a href=\"https://willo.example/"
                                                      "r/1\">watch</a>"_s}}}})
            .toObject();
    const QJsonObject author = fromWillo.value(u"author"_s).toObject();
    INFO(QJsonDocument(fromWillo).toJson().toStdString());
    CHECK(author.value(u"id"_s) == willoKey.value(u"id"_s));
    CHECK(author.value(u"firstName"_s) == QJsonValue(u"Willo"_s));
    CHECK(author.value(u"lastName"_s) == QJsonValue(u""_s));
    CHECK(author.value(u"integrationId"_s) == QJsonValue(u"willo"_s));

    // A person's note has no integrationId; both read back as written.
    const QJsonObject byAdmin =
        results(admin, u"candidate.createNote"_s, {{u"candidateId"_s, id}, {u"note"_s, u"Hi"_s}})
            .toObject();
    CHECK_FALSE(byAdmin.value(u"author"_s).toObject().contains(u"integrationId"_s));
    CHECK(byAdmin.value(u"author"_s).toObject().value(u"firstName"_s) != QJsonValue(u"Willo"_s));
    const QJsonArray notes =
        walkAll(admin, u"candidate.listNotes"_s, {{u"candidateId"_s, id}}).records;
    REQUIRE(notes.size() == 2);
    CHECK(notes.at(0).toObject().value(u"author"_s) == QJsonValue(author));
    CHECK(notes.at(1).toObject().value(u"author"_s) == byAdmin.value(u"author"_s));
}
