#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>

namespace Tessera::Sandbox {

struct PartnerEnvironment;

// Reads a hired application's candidate, job, department and accepted offer from the ATS over
// HTTP with `apiKey` and calls `done` with Humaans' default New hire fields (its guide's list).
// Calls that fail leave their fields empty; `done` is always called once.
void fetchNewHire(PartnerEnvironment &environment, QObject *context, const QString &apiKey,
                  const QJsonObject &application, std::function<void(const QJsonObject &)> done);

} // namespace Tessera::Sandbox
