#pragma once

#include <QCoreApplication>

namespace Tessera {

class EnableWizard;

// Justifacts (background checks), per its guide: an ATS key with the Justifacts preset and
// read + write scopes, the Justifacts credential, ATS key and base URL, assessment.list fetched
// to prove the connection, enabled.
class JustifactsSetup final
{
    Q_DECLARE_TR_FUNCTIONS(JustifactsSetup)
public:
    static void addPages(EnableWizard *wizard);
};

} // namespace Tessera
