#pragma once

#include "MappingData.h"

#include <QList>
#include <QString>

namespace Tessera::Sandbox {

class Store;
struct MappingSubject;

// One ATS field a mapping can read, with a stable dotted id (candidate.personalEmail,
// offer.startDate, customField.<id>).
struct SourceField
{
    QString id;
    QString label;
    // String, Email, Phone, Url, Date, Number, Currency, Boolean, ValueSelect, MultiValueSelect
    QString type;
    QString objectType; // candidate, application, job, offer
    bool custom = false;
    bool archived = false; // custom fields only
};

// The source field catalog and the values of one subject.
class SourceFields final
{
public:
    static const QList<SourceField> &builtIn();
    // Built-in fields, then every custom field (archived ones flagged) in creation order.
    static QList<SourceField> catalog(const Store &store);
    static const SourceField *find(const QList<SourceField> &catalog, const QString &id);
    static QString customFieldId(const QString &customFieldId)
    {
        return QStringLiteral("customField.") + customFieldId;
    }

    // Every catalog field's value for the subject (null when empty, with the reason when the
    // record it lives on is absent).
    static SourceValues resolve(const MappingSubject &subject, const QList<SourceField> &catalog);
};

} // namespace Tessera::Sandbox
