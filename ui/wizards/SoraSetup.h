#pragma once

#include <QCoreApplication>

namespace Tessera {

class EnableWizard;

// Sora (onboarding), per its guide: an ATS key pasted into Sora (Active), a stage-change
// listener on a real stage, the candidate-stage-change webhook with Sora's endpoint and secret,
// a verified ping, enabled.
class SoraSetup final
{
    Q_DECLARE_TR_FUNCTIONS(SoraSetup)
public:
    static void addPages(EnableWizard *wizard);
};

} // namespace Tessera
