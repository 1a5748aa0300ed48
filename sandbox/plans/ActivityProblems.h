#pragma once

#include "AssessmentPackages.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Tessera::Sandbox {

class Store;

// What is wrong with a plan's activities now (docs/API.md §3.14, "Problems"): computed when they
// are read, never stored. Each problem is {code, message}; the message says how to fix it.
class ActivityProblems final
{
public:
    // The activities as the API shows them: each with its problems. `packages` unknown (the
    // partner could not be asked) means package_withdrawn is not decided.
    static QJsonArray withProblems(const Store &store, const QJsonArray &activities,
                                   const PackageList &packages);
    // One stored activity as the API shows it, without problems (hidden fields removed).
    static QJsonObject view(const QJsonObject &stored);
};

} // namespace Tessera::Sandbox
