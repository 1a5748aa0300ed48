#include "MappingTargets.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {

struct TargetEntry
{
    const char *integrationId;
    const char *target;
    const char *partnerName;
    const char *label;
};

// The sandbox's targets; the Juro templates are the Juro stand-in's (§3.11).
constexpr TargetEntry entries[] = {
    {"humaans", "employee", "Humaans", QT_TRANSLATE_NOOP("Tessera::MappingTargets", "Employee")},
    {"sora", "employee", "Sora", QT_TRANSLATE_NOOP("Tessera::MappingTargets", "Employee")},
    {"juro", "workflow:employment-contract", "Juro",
     QT_TRANSLATE_NOOP("Tessera::MappingTargets", "Employment contract")},
    {"juro", "workflow:contractor-agreement", "Juro",
     QT_TRANSLATE_NOOP("Tessera::MappingTargets", "Contractor agreement")},
    {"juro", "workflow:nda", "Juro",
     QT_TRANSLATE_NOOP("Tessera::MappingTargets", "Mutual NDA")},
};

const QString workflowPrefix = u"workflow:"_s;

} // namespace

QString MappingTarget::chooserText() const
{
    return QCoreApplication::translate("Tessera::MappingTargets", "%1 · %2")
        .arg(partnerName, label);
}

QString MappingTarget::templateId() const
{
    return target.startsWith(workflowPrefix) ? target.mid(workflowPrefix.size()) : QString();
}

QList<MappingTarget> MappingTargets::all()
{
    QList<MappingTarget> targets;
    for (const TargetEntry &entry : entries)
        targets.append({QString::fromLatin1(entry.integrationId),
                        QString::fromLatin1(entry.target), QString::fromLatin1(entry.partnerName),
                        QCoreApplication::translate("Tessera::MappingTargets", entry.label)});
    return targets;
}

QString MappingTargets::firstTargetOf(const QString &integrationId)
{
    for (const TargetEntry &entry : entries)
        if (integrationId == QLatin1StringView(entry.integrationId))
            return QString::fromLatin1(entry.target);
    return {};
}

QList<MappingTarget> MappingTargets::juroTemplates()
{
    QList<MappingTarget> templates;
    for (const MappingTarget &target : all())
        if (!target.templateId().isEmpty())
            templates.append(target);
    return templates;
}

} // namespace Tessera
