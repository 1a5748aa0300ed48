#include "PaletteItem.h"

#include "models/api/PlanProtocol.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

bool PaletteItem::isRefused() const
{
    return kind == QLatin1StringView(Protocol::ActivityKind::externalWorkflow)
        && entryPoint != u"interviewPlanActivity"_s;
}

QString PaletteItem::refusal() const
{
    if (!isRefused())
        return {};
    return QCoreApplication::translate(
               "Tessera::PlanPalette",
               "The workflow \"%1\" starts from an offer, so it cannot be an activity on an "
               "interview stage. Change its entry point to \"interview plan activity\" or choose "
               "another workflow.")
        .arg(title);
}

QString PaletteItem::detail() const
{
    if (kind != QLatin1StringView(Protocol::ActivityKind::externalWorkflow))
        return description;
    return isRefused()
        ? QCoreApplication::translate("Tessera::PlanPalette",
                                      "External workflow, started from an offer")
        : QCoreApplication::translate("Tessera::PlanPalette",
                                      "External workflow, started as an interview plan activity");
}

} // namespace Tessera
