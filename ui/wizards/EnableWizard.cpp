#include "EnableWizard.h"

#include "models/integrations/SetupState.h"
#include "models/secrets/SecretJob.h"
#include "models/secrets/SecretStore.h"
#include "models/settings/Settings.h"
#include "ui/common/Retranslator.h"
#include "ui/common/SecretClipboard.h"
#include "ui/common/SecretLineEdit.h"
#include "WizardStepList.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {
const QString keptSecretsValue = u"keptSecrets"_s;
}

EnableWizard::EnableWizard(const Integration &integration, const SetupContext &context,
                           QWidget *parent)
    : QWizard(parent)
    , m_integration(integration)
    , m_context(context)
    , m_state(new SetupState(integration.id, this))
    , m_steps(new WizardStepList(this))
{
    setObjectName(u"enableWizard-"_s + integration.id);
    Retranslator::follow(this, [this] {
        setWindowTitle(tr("Enable %1").arg(m_integration.name));
        setAccessibleName(tr("Enable %1").arg(m_integration.name));
        wordButtons();
        showStepTitles();
    });
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setMinimumSize(760, 540);
    setWindowModality(Qt::NonModal);
    setSideWidget(m_steps);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        m_steps->setCurrent(int(pageIds().indexOf(id)));
    });
}

// QWizard words its buttons once, when its style is set, and not again on a language switch:
// its classic style's words, from Qt's own translation (qtbase_*.qm), set as the wizard's.
void EnableWizard::wordButtons()
{
    static const char *const qtContext = "QWizard";
    static const std::pair<WizardButton, const char *> words[]{
        {BackButton, "< &Back"},     {NextButton, "&Next >"},   {CommitButton, "Commit"},
        {FinishButton, "&Finish"},   {CancelButton, "Cancel"},  {HelpButton, "&Help"},
    };
    for (const auto &[button, text] : words)
        setButtonText(button, QCoreApplication::translate(qtContext, text));
}

void EnableWizard::addStep(Text stepTitle, QWizardPage *page)
{
    addPage(page);
    m_stepTitles << std::move(stepTitle);
    showStepTitles();
}

void EnableWizard::showStepTitles()
{
    QStringList titles;
    for (const Text &title : std::as_const(m_stepTitles))
        titles << title();
    m_steps->setSteps(titles);
}

EnableWizard::~EnableWizard()
{
    wipeSecrets();
}

void EnableWizard::start()
{
    const QByteArray draft = m_context.settings
        ? m_context.settings->setupDraft(m_context.backendId, m_integration.id)
        : QByteArray();
    if (draft.isEmpty()) {
        show();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Resume setting up %1?")
                                                           .arg(m_integration.name),
                                tr("You started setting up %1 earlier and closed the wizard "
                                   "midway. Resume where you left off, or start over?")
                                    .arg(m_integration.name),
                                QMessageBox::NoButton, parentWidget());
    box->setObjectName(u"resumeQuestion"_s);
    QPushButton *resume = box->addButton(tr("&Resume"), QMessageBox::AcceptRole);
    box->addButton(tr("&Start over"), QMessageBox::DestructiveRole);
    box->setDefaultButton(resume);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, resume, draft] {
        if (box->clickedButton() == resume && m_state->restoreDraft(draft)) {
            restoreSecrets();
            if (m_state->resumePage() >= 0 && page(m_state->resumePage()))
                setStartId(m_state->resumePage());
            restart();
            Q_EMIT resumed();
        } else {
            clearDraft();
        }
        show();
    });
    box->open();
}

SecretJob *EnableWizard::keepSecret(const QString &name, const QString &secret)
{
    m_state->setSecret(name, secret);
    QStringList kept = m_state->value(keptSecretsValue).split(u',', Qt::SkipEmptyParts);
    if (!kept.contains(name)) {
        kept << name;
        m_state->setValue(keptSecretsValue, kept.join(u','));
    }
    if (!m_context.secrets)
        return nullptr;
    return m_context.secrets->write(m_context.backendId, m_state->keychainName(name), secret, this);
}

void EnableWizard::restoreSecrets()
{
    if (!m_context.secrets)
        return;
    const QStringList kept = m_state->value(keptSecretsValue).split(u',', Qt::SkipEmptyParts);
    for (const QString &name : kept) {
        SecretJob *job = m_context.secrets->read(m_context.backendId, m_state->keychainName(name),
                                                 this);
        connect(job, &SecretJob::finished, this, [this, job, name] {
            if (!job->error().isError())
                m_state->setSecret(name, job->secret());
        });
    }
}

void EnableWizard::reject()
{
    const bool started = currentId() != startId() || !m_state->isEmpty();
    if (!m_confirmCancel || !started) {
        if (started)
            saveDraft();
        QWizard::reject();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Stop setting up %1?")
                                                           .arg(m_integration.name),
                                tr("What you entered is kept and you can resume from the marketplace. "
                                   "Keys and secrets are kept only in the system keychain."),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"cancelQuestion"_s);
    QPushButton *stop = box->addButton(tr("&Stop"), QMessageBox::DestructiveRole);
    QPushButton *keep = box->addButton(tr("&Keep setting up"), QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, stop] {
        if (box->clickedButton() != stop)
            return;
        saveDraft();
        QWizard::reject();
    });
    box->open();
}

void EnableWizard::done(int result)
{
    QWizard::done(result); // validates the current page first when accepting
    if (isVisible())
        return;
    if (result == QDialog::Accepted)
        clearDraft();
    wipeSecrets();
}

void EnableWizard::wipeSecrets()
{
    // A key copied from here is not left on the clipboard for its last seconds either: the
    // setup is over, or parked in the keychain.
    SecretClipboard::clearNow();
    const auto fields = findChildren<SecretLineEdit *>();
    for (SecretLineEdit *field : fields)
        field->wipe();
    m_state->wipeSecrets();
}

void EnableWizard::saveDraft()
{
    if (!m_context.settings)
        return;
    m_state->setResumePage(currentId());
    m_context.settings->setSetupDraft(m_context.backendId, m_integration.id, m_state->toDraft());
}

void EnableWizard::clearDraft()
{
    if (m_context.settings)
        m_context.settings->setSetupDraft(m_context.backendId, m_integration.id, {});
}

} // namespace Tessera
