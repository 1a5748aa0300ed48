#pragma once

#include "DecodeError.h"

#include <QJsonObject>
#include <QString>

#include <variant>

namespace Tessera {

struct Job
{
    QString id;
    QString title;
    QString status;         // Draft, Open, Closed, Archived
    QString employmentType;
    QString departmentId;
    QString defaultInterviewPlanId;

    static std::variant<Job, DecodeError> fromJson(const QJsonObject &object);
};

} // namespace Tessera
