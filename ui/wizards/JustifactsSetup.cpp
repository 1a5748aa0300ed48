#include "JustifactsSetup.h"

#include "AtsKeyPage.h"
#include "EnableWizard.h"
#include "FinishPage.h"
#include "JustifactsSettingsPage.h"
#include "models/integrations/SetupState.h"
#include "ui/common/Retranslator.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QWizardPage>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {

// Shows the packages assessment.list returned: the proof that both ends work.
class PackagesPage final : public QWizardPage
{
public:
    PackagesPage(EnableWizard *wizard, QLabel *list)
        : QWizardPage(wizard), m_wizard(wizard), m_list(list)
    {
        setObjectName(u"justifactsPackagesPage"_s);
        auto *layout = new QVBoxLayout(this);
        m_list->setParent(this);
        m_list->setWordWrap(true);
        m_list->setTextFormat(Qt::RichText);
        m_list->setObjectName(u"packages"_s);
        layout->addWidget(m_list);
        layout->addStretch(1);
        Retranslator::follow(this, [this] {
            setTitle(JustifactsSetup::tr("Connection proven"));
            setSubTitle(JustifactsSetup::tr("Justifacts answered the ATS with the "
                                            "background-check packages you can add to "
                                            "interview plans:"));
        });
    }

    void initializePage() override
    {
        QString html = u"<ul>"_s;
        const QStringList packages = m_wizard->state()->value(u"packages"_s)
                                         .split(u'\n', Qt::SkipEmptyParts);
        for (const QString &package : packages) {
            const QString name = package.section(u'\t', 0, 0);
            const QString description = package.section(u'\t', 1);
            html += u"<li><b>"_s + name.toHtmlEscaped() + u"</b>"_s
                + (description.isEmpty() ? QString() : u" — "_s + description.toHtmlEscaped())
                + u"</li>"_s;
        }
        m_list->setText(html + u"</ul>"_s);
    }

private:
    EnableWizard *m_wizard;
    QLabel *m_list;
};

} // namespace

void JustifactsSetup::addPages(EnableWizard *wizard)
{
    wizard->addStep(&AtsKeyPage::stepTitle, new AtsKeyPage(
        wizard, {u"Justifacts"_s, u"readWriteAll"_s,
                 [] {
                     return tr("The key is made for the integration partner Justifacts (which "
                               "also names it) with Read all and Write all. Share it with "
                               "Justifacts: it is shown only once.");
                 },
                 {}}));
    wizard->addStep([] { return tr("Justifacts settings"); }, new JustifactsSettingsPage(wizard));
    wizard->addStep([] { return tr("Packages"); }, new PackagesPage(wizard, new QLabel));
    wizard->addStep(&FinishPage::stepTitle, new FinishPage(wizard, [](const IntegrationTestResult &) {
        return tr("<p>In each interview plan, add a Justifacts activity to the background-check "
                  "stage and choose its package.</p>");
    }));
}

} // namespace Tessera
