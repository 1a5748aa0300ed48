#pragma once

#include <QCoreApplication>

namespace Tessera {

class EnableWizard;

// Humaans (HRIS), per its guide: an ATS key (partner left blank) pasted into Humaans, the
// Request URL and Secret Token from Humaans, an Application Updated webhook, a verified ping.
class HumaansSetup final
{
    Q_DECLARE_TR_FUNCTIONS(HumaansSetup)
public:
    static void addPages(EnableWizard *wizard);
};

} // namespace Tessera
