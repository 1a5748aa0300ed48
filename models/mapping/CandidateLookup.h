#pragma once

#include "models/integrations/SetupTypes.h"

#include <QString>

class QObject;

namespace Tessera {

class ApiClient;

// The email of the first candidate (of the first hundred) whose location has this region,
// e.g. "CA": a candidate to preview a state mapping with. Empty when there is none.
void findCandidateEmailInRegion(ApiClient *client, const QString &region, QObject *context,
                                Done<QString> done);

} // namespace Tessera
