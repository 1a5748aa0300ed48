#pragma once

#include "models/domain/DecodeError.h"

#include <QJsonObject>
#include <QString>

#include <variant>

namespace Tessera {

// What fires at a stage but is configured at the partner (interviewPlanAutomation.list): a
// Willo invitation, a Sora or Humaans import.
struct PlanAutomation
{
    QString integrationId;
    QString interviewStageId;
    QString jobId; // set when it fires for one job only (a Willo link); plans can be shared
    QString kind; // "videoInvite", "recordImport"
    QString title;
    QString detail;
    bool active = true;

    static std::variant<PlanAutomation, DecodeError> fromJson(const QJsonObject &object);
};

} // namespace Tessera
