#pragma once

#include <QString>

namespace Tessera::Sandbox {

// The longest text each request field may hold, in characters (UTF-16 code units). MethodCall's
// string accessors refuse a longer value with invalid_input naming the field, so no handler
// stores or searches for it (a 50,000-character search name made SQLite's LIKE fail).
class FieldLimits final
{
public:
    static constexpr int nameLength = 255;     // name, title, firstName, lastName, … and search
    static constexpr int emailLength = 254;    // RFC 5321
    static constexpr int urlLength = 2048;
    static constexpr int noteLength = 100'000; // candidate.createNote's note, before sanitising
    static constexpr int otherLength = 10'000; // every other string field

    static int maxLength(const QString &field);
    // Throws ApiFailure(invalid_input) when `value` is longer than maxLength(field).
    static void check(const QString &field, const QString &value);
};

} // namespace Tessera::Sandbox
