#pragma once

#include "DecodeError.h"

#include <QJsonObject>
#include <QString>

#include <variant>

namespace Tessera {

// A user of the ATS (user.list).
struct User
{
    QString id;
    QString firstName;
    QString lastName;
    QString email;
    QString globalRole;
    bool isEnabled = true;

    QString displayName() const; // "Morgan Reyes", else the email

    static std::variant<User, DecodeError> fromJson(const QJsonObject &object);
};

} // namespace Tessera
