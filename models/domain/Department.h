#pragma once

#include "DecodeError.h"

#include <QJsonObject>
#include <QString>

#include <variant>

namespace Tessera {

// A department (department.list).
struct Department
{
    QString id;
    QString name;
    QString parentId;
    bool isArchived = false;

    static std::variant<Department, DecodeError> fromJson(const QJsonObject &object);
};

} // namespace Tessera
