#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace Tessera::Sandbox {

struct PartnerEnvironment;

// Asks the ATS over HTTP (fieldMapping.apply with `apiKey`, target "employee") for the record
// the admin's field mapping builds for an application, so a stand-in stores exactly what
// fieldMapping.preview showed. `done` gets, once: {id, every employee field of the partner
// (null when the mapping gave none), candidateId, applicationId, receivedAt, errors}. When the
// call itself fails the fields are null and `errors` holds one entry with targetField null.
void fetchMappedRecord(PartnerEnvironment &environment, QObject *context, const QString &apiKey,
                       const QString &integrationId, const QJsonObject &application,
                       std::function<void(const QJsonObject &)> done);

// A stored entry as partnerConsole.receivedRecords shows it: {name (the non-empty `nameFields`
// joined by spaces), jobTitle, startDate, detail, receivedAt, errorCount}; absent or null
// values become "".
QJsonObject receivedRecord(const QJsonObject &entry, const QStringList &nameFields,
                           const QString &startDateField, const QString &detailField = {});

} // namespace Tessera::Sandbox
