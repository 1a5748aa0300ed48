#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QVBoxLayout;

namespace Tessera {

class ApiError;
class EnableWizard;
class MessageBanner;
class SetupState;

// A wizard page whose Next runs an asynchronous check: Next is disabled and a busy indicator
// shows while it runs; success moves on (or finishes on the last page), failure shows an
// inline error and keeps the input. No nested event loop: validatePage() starts the check and
// returns false; the check's answer calls passCheck() or failCheck().
class CheckedPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckedPage)
public:
    explicit CheckedPage(EnableWizard *wizard);

    bool isComplete() const override;
    bool validatePage() override;
    bool isChecking() const { return m_checking; }
    MessageBanner *banner() const { return m_banner; }

protected:
    // Whether the input allows Next at all (fields filled in, a step done).
    virtual bool inputComplete() const { return true; }
    // Starts the check; must end in passCheck() or failCheck(). The default passes at once.
    virtual void runCheck();

    void passCheck();
    void failCheck(const ApiError &error);
    void failCheck(const QString &message);
    // The input changed: the next Next checks again.
    void invalidate();
    void setBusy(bool busy, const QString &text = {});

    EnableWizard *setupWizard() const { return m_wizard; }
    SetupState *state() const;
    // Where a page puts its own widgets (above the banner and busy row).
    QVBoxLayout *body() const { return m_body; }

private:
    EnableWizard *m_wizard;
    QVBoxLayout *m_body;
    MessageBanner *m_banner;
    QProgressBar *m_busyBar;
    QLabel *m_busyLabel;
    bool m_checking = false;
    bool m_busy = false;
    bool m_passed = false;
};

} // namespace Tessera
