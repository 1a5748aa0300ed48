#include "Note.h"

#include "JsonReader.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

std::variant<Note, DecodeError> Note::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, u"note"_s);
    Note note;
    note.id = reader.requiredString(u"id"_s);
    note.createdAt = QDateTime::fromString(reader.optionalString(u"createdAt"_s), Qt::ISODateWithMs);
    note.content = reader.optionalString(u"content"_s);
    note.isPrivate = reader.optionalBool(u"isPrivate"_s);
    JsonReader author(reader.optionalObject(u"author"_s), u"note.author"_s);
    note.authorName = QString(author.optionalString(u"firstName"_s) + u' '
                              + author.optionalString(u"lastName"_s))
                          .trimmed();
    note.integrationId = author.optionalString(u"integrationId"_s);
    for (const JsonReader *part : {&reader, &author})
        if (!part->ok())
            return *part->error();
    return note;
}

} // namespace Tessera
