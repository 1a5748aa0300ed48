#include "CheckedPage.h"

#include "EnableWizard.h"
#include "models/api/ApiError.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/Retranslator.h"
#include "ui/common/Spacing.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace Tessera {

CheckedPage::CheckedPage(EnableWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_body(new QVBoxLayout)
    , m_banner(new MessageBanner(this))
    , m_busyBar(new QProgressBar(this))
    , m_busyLabel(new QLabel(this))
{
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(160);
    m_busyBar->setTextVisible(false);
    Retranslator::follow(this, [this] { m_busyBar->setAccessibleName(tr("Checking")); });
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    auto *busyRow = new QHBoxLayout;
    Spacing::setGroupMargins(busyRow);
    busyRow->addWidget(m_busyBar);
    busyRow->addWidget(m_busyLabel, 1);
    Spacing::setGroupMargins(m_body);
    m_body->setSpacing(Spacing::Wide);
    auto *layout = new QVBoxLayout(this);
    Spacing::setGroupMargins(layout); // the wizard gives the page its margins
    layout->addLayout(m_body);
    layout->addStretch(1);
    layout->addWidget(m_banner);
    layout->addLayout(busyRow);
    setBusy(false);
}

SetupState *CheckedPage::state() const
{
    return m_wizard->state();
}

bool CheckedPage::isComplete() const
{
    return !m_busy && inputComplete();
}

bool CheckedPage::validatePage()
{
    if (m_passed)
        return true;
    if (m_busy)
        return false;
    m_banner->clear();
    m_checking = true;
    setBusy(true, tr("Checking…"));
    runCheck();
    return false;
}

void CheckedPage::runCheck()
{
    passCheck();
}

void CheckedPage::passCheck()
{
    m_checking = false;
    setBusy(false);
    m_passed = true;
    if (m_wizard->currentPage() != this)
        return;
    if (nextId() == -1)
        m_wizard->accept();
    else
        m_wizard->next();
    m_passed = false; // coming back with Back checks again
}

void CheckedPage::failCheck(const ApiError &error)
{
    m_checking = false;
    setBusy(false);
    m_banner->showError(error, false);
}

void CheckedPage::failCheck(const QString &message)
{
    m_checking = false;
    setBusy(false);
    m_banner->showMessage(StatusPalette::Status::Failing, message);
}

void CheckedPage::invalidate()
{
    m_passed = false;
    Q_EMIT completeChanged();
}

void CheckedPage::setBusy(bool busy, const QString &text)
{
    const bool changed = busy != m_busy;
    m_busy = busy;
    m_busyBar->setVisible(busy);
    m_busyLabel->setVisible(busy);
    m_busyLabel->setText(text);
    if (changed)
        Q_EMIT completeChanged();
}

} // namespace Tessera
