#pragma once

// Shared by the mapping editor tests: a fresh sandbox, a California candidate, row helpers.
#include "UiTestSupport.h"

#include "models/mapping/MappingDocument.h"
#include "models/mapping/MappingTypes.h"

#include <QJsonArray>

namespace Tessera::Test {

// A California candidate's email (locationRegion "CA"), found through candidate.list.
inline QString californiaCandidateEmail(TestClient &raw)
{
    const ApiReply reply = raw.call(QStringLiteral("candidate.list"), {{QStringLiteral("limit"), 100}});
    REQUIRE(reply.isSuccess());
    for (const QJsonValue value : reply.resultArray()) {
        const QJsonObject candidate = value.toObject();
        const QJsonArray parts = candidate[QStringLiteral("location")][QStringLiteral("locationComponents")].toArray();
        for (const QJsonValue part : parts)
            if (part[QStringLiteral("type")].toString() == u"Region"
                && part[QStringLiteral("name")].toString() == u"CA")
                return candidate[QStringLiteral("primaryEmailAddress")][QStringLiteral("value")].toString();
    }
    FAIL("no California candidate in the first 100");
    return {};
}

// The id of the seeded custom field with this title, e.g. "Years of experience".
inline QString customFieldId(TestClient &raw, const QString &title)
{
    const ApiReply reply = raw.call(QStringLiteral("customField.list"), {});
    REQUIRE(reply.isSuccess());
    for (const QJsonValue field : reply.resultArray())
        if (field[QStringLiteral("title")].toString() == title)
            return field[QStringLiteral("id")].toString();
    FAIL("no custom field titled " << title.toStdString());
    return {};
}

inline QString sourceOf(const MappingDocument &document, const QString &target)
{
    const auto row = document.row(target);
    return row ? row->sourceField : QString();
}

inline bool loadDocument(MappingDocument &document, const QString &integration,
                         const QString &target)
{
    document.load(integration, target);
    return waitUntil([&document] { return document.status()->state() != LoadState::Loading; })
        && document.status()->state() == LoadState::Ready;
}

// The server's saved rows and version for a mapping.
inline std::pair<QList<MappingRow>, int> serverMapping(TestClient &raw, const QString &integration,
                                                       const QString &target)
{
    const ApiReply reply = raw.call(QStringLiteral("fieldMapping.info"),
                                    {{QStringLiteral("integrationId"), integration},
                                     {QStringLiteral("target"), target}});
    REQUIRE(reply.isSuccess());
    const MappingInfo info = MappingInfo::fromJson(reply.resultObject());
    return {info.rows, info.version};
}

inline QStringList sandboxArguments()
{
    return SandboxProcess::defaultArguments(60);
}

} // namespace Tessera::Test
