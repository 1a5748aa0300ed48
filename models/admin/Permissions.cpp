#include "Permissions.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

const QStringList &Permissions::all()
{
    static const QStringList permissions{
        u"jobsRead"_s,         u"jobsWrite"_s,
        u"candidatesRead"_s,   u"candidatesWrite"_s,  u"candidatesDelete"_s,
        u"interviewsRead"_s,   u"interviewsWrite"_s,
        u"hiringProcessMetadataRead"_s, u"hiringProcessMetadataWrite"_s,
        u"organizationRead"_s, u"organizationWrite"_s,
        u"offersRead"_s,       u"offersWrite"_s,
        u"apiKeysRead"_s,      u"apiKeysWrite"_s,
        u"approvalsRead"_s,    u"approvalsWrite"_s,
        u"reportsRead"_s,      u"notetakerRead"_s};
    return permissions;
}

bool Permissions::isWrite(const QString &permission)
{
    return !permission.endsWith(u"Read"_s);
}

QString Permissions::label(const QString &permission)
{
    if (permission == u"jobsRead"_s) return tr("Jobs: read");
    if (permission == u"jobsWrite"_s) return tr("Jobs: write");
    if (permission == u"candidatesRead"_s) return tr("Candidates and applications: read");
    if (permission == u"candidatesWrite"_s) return tr("Candidates and applications: write");
    if (permission == u"candidatesDelete"_s) return tr("Candidates: delete");
    if (permission == u"interviewsRead"_s) return tr("Interview plans and stages: read");
    if (permission == u"interviewsWrite"_s) return tr("Interviews: write");
    if (permission == u"hiringProcessMetadataRead"_s) return tr("Hiring metadata: read");
    if (permission == u"hiringProcessMetadataWrite"_s) return tr("Hiring metadata: write");
    if (permission == u"organizationRead"_s) return tr("Organisation and users: read");
    if (permission == u"organizationWrite"_s) return tr("Organisation and integrations: write");
    if (permission == u"offersRead"_s) return tr("Offers: read");
    if (permission == u"offersWrite"_s) return tr("Offers: write");
    if (permission == u"apiKeysRead"_s) return tr("API keys and webhooks: read");
    if (permission == u"apiKeysWrite"_s) return tr("API keys and webhooks: write");
    if (permission == u"approvalsRead"_s) return tr("Approvals: read");
    if (permission == u"approvalsWrite"_s) return tr("Approvals: write");
    if (permission == u"reportsRead"_s) return tr("Reports: read");
    if (permission == u"notetakerRead"_s) return tr("Notetaker: read");
    return permission;
}

QStringList Permissions::scopesOf(Preset preset)
{
    QStringList scopes;
    for (const QString &permission : all()) {
        const bool write = isWrite(permission);
        if (preset == Preset::ReadWriteAll || (preset == Preset::ReadAll && !write)
            || (preset == Preset::WriteAll && write))
            scopes << permission;
    }
    return scopes;
}

Permissions::Preset Permissions::presetOf(const QStringList &scopes)
{
    const QSet<QString> given(scopes.cbegin(), scopes.cend());
    for (const Preset preset : {Preset::ReadAll, Preset::WriteAll, Preset::ReadWriteAll}) {
        const QStringList expected = scopesOf(preset);
        if (given == QSet<QString>(expected.cbegin(), expected.cend()))
            return preset;
    }
    return Preset::Custom;
}

QString Permissions::presetName(Preset preset)
{
    switch (preset) {
    case Preset::ReadAll: return tr("Read all");
    case Preset::WriteAll: return tr("Write all");
    case Preset::ReadWriteAll: return tr("Read and write all");
    case Preset::Custom: return tr("Custom");
    }
    return {};
}

QString Permissions::summary(const QStringList &scopes)
{
    const Preset preset = presetOf(scopes);
    if (preset != Preset::Custom)
        return presetName(preset);
    if (scopes.size() == 1)
        return label(scopes.first());
    return tr("%n permissions", nullptr, int(scopes.size()));
}

} // namespace Tessera
