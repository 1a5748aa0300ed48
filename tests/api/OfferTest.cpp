// offer.list (with its filters) and offer.info.
#include "ApiHelpers.h"

#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera::Test;

namespace {

SandboxProcess &sandbox()
{
    return sharedSandbox(u"offers"_s, SandboxProcess::defaultArguments(300));
}

QJsonObject latest(const QJsonValue &offer)
{
    return offer.toObject().value(u"latestVersion"_s).toObject();
}

} // namespace

TEST_CASE("offer.list returns the seeded offers with real terms", "[api][methods][offers]")
{
    TestClient admin = adminClient(sandbox());
    const QJsonArray offers = walkAll(admin, u"offer.list"_s).records;
    REQUIRE(offers.size() >= 5);

    static const QRegularExpression currency(u"^[A-Z]{3}$"_s);
    int approvedWithTerms = 0;
    for (const QJsonValue offer : offers) {
        const QJsonObject object = offer.toObject();
        INFO(QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString());
        CHECK_FALSE(object.value(u"applicationId"_s).toString().isEmpty());
        CHECK_FALSE(object.contains(u"versions"_s)); // list answers carry the latest version only
        const QJsonObject version = latest(offer);
        const QJsonObject salary = version.value(u"salary"_s).toObject();
        CHECK(salary.value(u"value"_s).toDouble() > 0);
        CHECK(currency.match(salary.value(u"currencyCode"_s).toString()).hasMatch());
        if (version.value(u"approvalStatus"_s) == QJsonValue(u"Approved"_s)
            && QDateTime::fromString(version.value(u"startDate"_s).toString(), Qt::ISODateWithMs)
                   .isValid())
            ++approvedWithTerms;
    }
    CHECK(approvedWithTerms >= 1);
}

TEST_CASE("offer.list filters", "[api][methods][offers]")
{
    TestClient admin = adminClient(sandbox());
    const QJsonArray all = walkAll(admin, u"offer.list"_s).records;
    REQUIRE_FALSE(all.isEmpty());

    SECTION("offerStatus")
    {
        const QJsonArray accepted =
            walkAll(admin, u"offer.list"_s,
                    {{u"offerStatus"_s, QJsonArray{u"CandidateAccepted"_s}}})
                .records;
        CHECK(accepted.size() == where(all, u"offerStatus"_s, u"CandidateAccepted"_s).size());
        CHECK_FALSE(accepted.isEmpty());
        CHECK(where(accepted, u"offerStatus"_s, u"CandidateAccepted"_s).size() == accepted.size());
    }
    SECTION("acceptanceStatus")
    {
        const QJsonArray declined =
            walkAll(admin, u"offer.list"_s, {{u"acceptanceStatus"_s, QJsonArray{u"Declined"_s}}})
                .records;
        CHECK(declined.size() == where(all, u"acceptanceStatus"_s, u"Declined"_s).size());
        CHECK(where(declined, u"acceptanceStatus"_s, u"Declined"_s).size() == declined.size());
    }
    SECTION("approvalStatus looks at the latest version")
    {
        const QJsonArray approved =
            walkAll(admin, u"offer.list"_s, {{u"approvalStatus"_s, QJsonArray{u"Approved"_s}}})
                .records;
        REQUIRE_FALSE(approved.isEmpty());
        CHECK(approved.size() < all.size());
        for (const QJsonValue offer : approved)
            CHECK(latest(offer).value(u"approvalStatus"_s) == QJsonValue(u"Approved"_s));
    }
    SECTION("applicationId")
    {
        const QJsonValue applicationId = all.at(0).toObject().value(u"applicationId"_s);
        const QJsonArray forOne =
            walkAll(admin, u"offer.list"_s, {{u"applicationId"_s, applicationId}}).records;
        REQUIRE(forOne.size() >= 1);
        CHECK(where(forOne, u"applicationId"_s, applicationId).size() == forOne.size());
    }
    SECTION("an empty filter list is invalid_input")
    {
        requireInvalidInput(admin.call(u"offer.list"_s, {{u"offerStatus"_s, QJsonArray{}}}),
                            u"offerStatus"_s);
    }
}

TEST_CASE("offer.info returns the offer with its versions", "[api][methods][offers]")
{
    TestClient admin = adminClient(sandbox());
    const QJsonObject listed =
        results(admin, u"offer.list"_s, {{u"limit"_s, 1}}).toArray().at(0).toObject();
    const QJsonObject offer =
        results(admin, u"offer.info"_s, {{u"offerId"_s, listed.value(u"id"_s)}}).toObject();
    CHECK(offer.value(u"id"_s) == listed.value(u"id"_s));
    CHECK(offer.value(u"latestVersion"_s) == listed.value(u"latestVersion"_s));
    const QJsonArray versions = offer.value(u"versions"_s).toArray();
    REQUIRE_FALSE(versions.isEmpty());
    CHECK(idsOf(versions).contains(latest(listed).value(u"id"_s).toString()));

    requireError(
        admin.call(u"offer.info"_s, {{u"offerId"_s, u"00000000-0000-4000-8000-000000000000"_s}}),
        200, u"offer_not_found"_s);
}
