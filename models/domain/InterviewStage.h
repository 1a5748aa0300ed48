#pragma once

#include "DecodeError.h"

#include <QJsonObject>
#include <QString>

#include <variant>

namespace Tessera {

struct InterviewStage
{
    QString id;
    QString title;
    QString type; // Lead, PreInterviewScreen, Active, Offer, Hired, Archived
    int order = 0;
    QString interviewPlanId;
    QString groupId;

    bool isArchive() const { return type == QStringLiteral("Archived"); }
    static std::variant<InterviewStage, DecodeError> fromJson(const QJsonObject &object,
                                                             const QString &path = {});
};

} // namespace Tessera
