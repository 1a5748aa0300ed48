#pragma once

#include <QCoreApplication>

namespace Tessera {

class EnableWizard;

// Willo (video interviews), per its guide: an ATS key with the scopes Willo needs, handed to
// Willo, validated, the first sync with progress, enabled with the plan's sync interval.
class WilloSetup final
{
    Q_DECLARE_TR_FUNCTIONS(WilloSetup)
public:
    static void addPages(EnableWizard *wizard);
};

} // namespace Tessera
