#pragma once

#include "models/domain/Integration.h"
#include "SetupContext.h"

#include <QWizard>

#include <functional>

namespace Tessera {

class SecretJob;
class SetupState;
class WizardStepList;

// The base of the five enable wizards: one SetupState shared by thin pages, confirm before
// cancel, and a draft (secrets excepted) so a wizard closed midway can be resumed. Once closed
// (or destroyed) it overwrites every secret it held: its fields, its state, its clipboard copy.
class EnableWizard : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnableWizard)
public:
    EnableWizard(const Integration &integration, const SetupContext &context,
                 QWidget *parent = nullptr);
    ~EnableWizard() override;

    // The words of a page or step, asked again after a language switch.
    using Text = std::function<QString()>;

    // Adds a page with the short title the side list of steps shows for it ("Juro key").
    void addStep(Text stepTitle, QWizardPage *page);
    WizardStepList *stepList() const { return m_steps; }

    // Shows the wizard, first offering to resume a draft when there is one.
    void start();

    QString integrationId() const { return m_integration.id; }
    const Integration &integration() const { return m_integration; }
    const SetupContext &context() const { return m_context; }
    SetupState *state() const { return m_state; }
    bool hasPartnerConsole() const { return m_context.partnerConsole != nullptr; }

    // Keeps a secret for this setup in memory and in the keychain (never in the draft). The job
    // says whether the keychain took it; null without a keychain.
    SecretJob *keepSecret(const QString &name, const QString &secret);
    void setIntegration(const Integration &integration) { m_integration = integration; }

    // Tests: cancel without the confirmation question.
    void setConfirmCancel(bool confirm) { m_confirmCancel = confirm; }

    void reject() override;
    void done(int result) override;

Q_SIGNALS:
    void resumed();
    // The admin chose a next step on the summary: show this view ("interview-plans",
    // "field-mappings", as MainWindow::viewName names them).
    void nextStepRequested(const QString &viewName);

private:
    void showStepTitles();
    void wordButtons();
    void saveDraft();
    void clearDraft();
    void restoreSecrets();
    void wipeSecrets();

    Integration m_integration;
    SetupContext m_context;
    SetupState *m_state;
    WizardStepList *m_steps;
    QList<Text> m_stepTitles;
    bool m_confirmCancel = true;
};

} // namespace Tessera
