#pragma once

#include "models/core/Outcome.h"
#include "StageChoice.h"

#include <QList>

class QObject;

namespace Tessera {

class ReferenceData;

// Every stage of every active interview plan, plan after plan in plan order, from the
// connection's reference data: plans and stages that a view loaded already cost no request.
namespace AllStages {

// Answers once, unless `context` is destroyed first; the first failure answers with its error.
void collect(ReferenceData *reference, QObject *context, Done<QList<StageChoice>> done);

} // namespace AllStages
} // namespace Tessera
