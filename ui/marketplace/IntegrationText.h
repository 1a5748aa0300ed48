#pragma once

#include "models/domain/Integration.h"

#include <QCoreApplication>
#include <QStringList>

namespace Tessera {

// An integration's texts in the user's language. The backend's catalog is English; the
// translations here are keyed by the integration's stable id. Where no translation exists
// (English, or a partner added to the backend later) the backend's own text is shown.
class IntegrationText final
{
    Q_DECLARE_TR_FUNCTIONS(IntegrationText)
public:
    static QString description(const Integration &integration);
    static QStringList setupSteps(const Integration &integration);
    // Why it is not in the plan or needs attention. "Not in your plan" is said from the plans
    // the backend lists; an attention reason is the backend's own sentence.
    static QString stateReason(const Integration &integration, const QString &organizationPlan);
    // "Legacy Plus, Plus and Enterprise"
    static QString planList(const QStringList &plans);
};

} // namespace Tessera
