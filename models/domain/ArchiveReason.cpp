#include "ArchiveReason.h"

#include "JsonReader.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

std::variant<ArchiveReason, DecodeError> ArchiveReason::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"archiveReason"_s);
    ArchiveReason reason;
    reason.id = reader.requiredString(u"id"_s);
    reason.text = reader.requiredString(u"text"_s);
    reason.reasonType = reader.optionalString(u"reasonType"_s);
    if (!reader.ok())
        return *reader.error();
    return reason;
}

} // namespace Tessera
