#pragma once

#include "DecodeError.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <variant>

namespace Tessera {

struct Offer
{
    QString id;
    QString applicationId;
    QString acceptanceStatus; // Accepted, Declined, Pending, Created, Cancelled, WaitingOnResponse
    QString offerStatus;
    QString approvalStatus;   // Approved, WaitingOnApprovals, Declined or empty
    QString latestVersionId;  // what offer.approve approves
    QDate startDate;
    std::optional<double> salary;
    QString currency; // ISO 4217

    static std::variant<Offer, DecodeError> fromJson(const QJsonObject &object);
};

} // namespace Tessera
