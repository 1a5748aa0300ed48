// The tolerant decoder's edges: numbers that do not fit what the field holds are bad data with
// a clear error, never undefined behaviour (found by the domain fuzzer).
#include "tests/support/CatchQt.h"

#include "models/domain/JsonReader.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;

TEST_CASE("a whole number outside int's range is an error naming the field", "[unit][decode]")
{
    for (const double huge : {7.7e300, -7.7e300, 3e9, -3e9}) {
        JsonReader reader(QJsonObject{{u"order"_s, huge}});
        CHECK(reader.optionalInt(u"order"_s, -1) == -1);
        REQUIRE_FALSE(reader.ok());
        CHECK(reader.error()->field.contains(u"order"_s));
    }
    JsonReader fits(QJsonObject{{u"order"_s, 2147483647.0}});
    CHECK(fits.optionalInt(u"order"_s, -1) == 2147483647);
    CHECK(fits.ok());
}
