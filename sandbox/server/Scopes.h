#pragma once

#include <QStringList>

namespace Tessera::Sandbox::Scopes {

// Ashby's permission identifiers (ashby-openapi.yml); every method requires one of them.
inline const QStringList &all()
{
    static const QStringList scopes{
        QStringLiteral("jobsRead"), QStringLiteral("jobsWrite"),
        QStringLiteral("candidatesRead"), QStringLiteral("candidatesWrite"),
        QStringLiteral("candidatesDelete"),
        QStringLiteral("interviewsRead"), QStringLiteral("interviewsWrite"),
        QStringLiteral("hiringProcessMetadataRead"), QStringLiteral("hiringProcessMetadataWrite"),
        QStringLiteral("organizationRead"), QStringLiteral("organizationWrite"),
        QStringLiteral("offersRead"), QStringLiteral("offersWrite"),
        QStringLiteral("apiKeysRead"), QStringLiteral("apiKeysWrite"),
        QStringLiteral("approvalsRead"), QStringLiteral("approvalsWrite"),
        QStringLiteral("reportsRead"), QStringLiteral("notetakerRead")};
    return scopes;
}

} // namespace Tessera::Sandbox::Scopes
