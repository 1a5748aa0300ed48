#pragma once

#include "DecodeError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <variant>

namespace Tessera {

// A Juro contract workflow as externalWorkflow.list shows it (docs/API.md §3.13): a title, when
// it can be started (entry point) and the template whose field mapping (`target`) it fills.
struct ExternalWorkflow
{
    QString id;
    QString integrationId;
    QString title;
    QString entryPoint; // "interviewPlanActivity" or "offer"
    QString templateId;
    QString templateTitle;
    QString target; // "workflow:<templateId>"
    int version = 0;
    QDateTime updatedAt;

    static std::variant<ExternalWorkflow, DecodeError> fromJson(const QJsonObject &object);
};

} // namespace Tessera
