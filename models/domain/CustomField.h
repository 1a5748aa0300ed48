#pragma once

#include "DecodeError.h"

#include <QJsonObject>
#include <QString>

#include <variant>

namespace Tessera {

// A custom field an organisation defined (customField.list).
struct CustomField
{
    QString id;
    QString title;
    QString objectType;
    QString fieldType;
    bool isArchived = false;

    static std::variant<CustomField, DecodeError> fromJson(const QJsonObject &object);
};

} // namespace Tessera
