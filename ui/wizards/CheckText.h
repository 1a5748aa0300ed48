#pragma once

#include "models/integrations/SetupTypes.h"
#include "ui/common/StatusPalette.h"

#include <QCoreApplication>
#include <QString>

namespace Tessera {

class SetupState;

// A check from integration.test as the wizard shows it: in the console's words and language
// (docs/GLOSSARY.md), keyed by the check's id, and never claiming more than was verified (an
// http base URL on this computer is "allowed for the sandbox", not "secure"). Unknown checks keep
// the backend's label.
class CheckText final
{
    Q_DECLARE_TR_FUNCTIONS(CheckText)
public:
    struct Shown
    {
        StatusPalette::Status status = StatusPalette::Status::Failing;
        QString word;   // on the status chip
        QString label;  // what was checked
        QString detail; // why it failed, empty when it passed
    };

    static Shown describe(const IntegrationCheck &check, const QString &partner,
                          const SetupState *state);

private:
    static QString label(const IntegrationCheck &check, const QString &partner);
};

} // namespace Tessera
