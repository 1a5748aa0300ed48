#pragma once

#include "DecodeError.h"

#include <QJsonObject>
#include <QString>

#include <variant>

namespace Tessera {

// A group of interview stages across plans (interviewStageGroup.list), e.g. "Phone Screen".
struct StageGroup
{
    QString id;
    QString title;
    QString stageType;
    int order = 0;

    static std::variant<StageGroup, DecodeError> fromJson(const QJsonObject &object);
};

} // namespace Tessera
