#pragma once

#include "DecodeError.h"

#include <QJsonObject>
#include <QString>

#include <variant>

namespace Tessera {

// An interview plan (interviewPlan.list): the stages a job's candidates go through.
struct InterviewPlan
{
    QString id;
    QString title;
    bool isArchived = false;

    static std::variant<InterviewPlan, DecodeError> fromJson(const QJsonObject &object);
};

} // namespace Tessera
