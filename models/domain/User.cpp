#include "User.h"

#include "JsonReader.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

std::variant<User, DecodeError> User::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"user"_s);
    User value;
    value.id = reader.requiredString(u"id"_s);
    value.firstName = reader.optionalString(u"firstName"_s);
    value.lastName = reader.optionalString(u"lastName"_s);
    value.email = reader.optionalString(u"email"_s);
    value.globalRole = reader.optionalString(u"globalRole"_s);
    value.isEnabled = reader.optionalBool(u"isEnabled"_s, true);
    if (!reader.ok())
        return *reader.error();
    return value;
}

QString User::displayName() const
{
    const QString name = QStringList{firstName, lastName}.join(u' ').trimmed();
    return name.isEmpty() ? email : name;
}

} // namespace Tessera
