#pragma once

#include "models/domain/Integration.h"
#include "SetupContext.h"

class QWidget;

namespace Tessera {

class EnableWizard;

namespace WizardFactory {
// The enable wizard of a known integration, or nullptr.
EnableWizard *create(const Integration &integration, const SetupContext &context,
                     QWidget *parent);
} // namespace WizardFactory

} // namespace Tessera
