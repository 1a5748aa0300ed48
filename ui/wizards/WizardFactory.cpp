#include "WizardFactory.h"

#include "EnableWizard.h"
#include "HumaansSetup.h"
#include "JuroSetup.h"
#include "JustifactsSetup.h"
#include "SoraSetup.h"
#include "WilloSetup.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::WizardFactory {

EnableWizard *create(const Integration &integration, const SetupContext &context,
                     QWidget *parent)
{
    using AddPages = void (*)(EnableWizard *);
    static const QHash<QString, AddPages> builders{
        {u"juro"_s, JuroSetup::addPages},
        {u"willo"_s, WilloSetup::addPages},
        {u"humaans"_s, HumaansSetup::addPages},
        {u"sora"_s, SoraSetup::addPages},
        {u"justifacts"_s, JustifactsSetup::addPages},
    };
    const AddPages addPages = builders.value(integration.id);
    if (!addPages)
        return nullptr;
    auto *wizard = new EnableWizard(integration, context, parent);
    // A window of its own, so the marketplace stays usable beside it.
    wizard->setWindowFlag(Qt::Window);
    addPages(wizard);
    return wizard;
}

} // namespace Tessera::WizardFactory
