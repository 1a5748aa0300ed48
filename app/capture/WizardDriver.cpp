#include "WizardDriver.h"

#include "ui/common/MessageBanner.h"
#include "ui/wizards/CheckedPage.h"
#include "ui/wizards/EnableWizard.h"

#include <QAbstractButton>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {
constexpr int tickMs = 100;
constexpr int settleMs = 300; // the page has painted its last answer
} // namespace

WizardDriver::WizardDriver(EnableWizard *wizard, QObject *parent)
    : QObject(parent)
    , m_wizard(wizard)
{
    m_timer.setInterval(tickMs);
    connect(&m_timer, &QTimer::timeout, this, &WizardDriver::tick);
    // A finished wizard may delete itself at once (WA_DeleteOnClose).
    connect(wizard, &QDialog::finished, this, [this](int result) {
        finish(result == QDialog::Accepted,
               result == QDialog::Accepted ? QString() : u"the wizard was cancelled"_s);
    });
}

void WizardDriver::start()
{
    m_timer.start();
}

bool WizardDriver::clickOnce(const QString &objectName)
{
    if (m_clicked.contains(objectName))
        return false;
    auto *button = m_wizard->currentPage()->findChild<QPushButton *>(objectName);
    if (!button || !button->isVisibleTo(m_wizard) || !button->isEnabled())
        return false;
    m_clicked.insert(objectName);
    button->click();
    return true;
}

void WizardDriver::tick()
{
    if (!m_wizard)
        return finish(false, u"the wizard was closed"_s);
    if (!m_wizard->isVisible())
        return finish(m_wizard->result() == QDialog::Accepted,
                      m_wizard->result() == QDialog::Accepted ? QString()
                                                              : u"the wizard was cancelled"_s);
    QWizardPage *page = m_wizard->currentPage();
    if (!page)
        return;
    if (m_wizard->currentId() != m_pageId) {
        m_pageId = m_wizard->currentId();
        ++m_pageNumber;
        m_clicked.clear();
        m_shot = false;
        m_advanced = false;
        m_pageClock.start();
    }
    if (m_pageClock.elapsed() > m_pageTimeoutMs) {
        const auto *banner = page->findChild<MessageBanner *>();
        return finish(false, u"page %1 (%2) did not complete: %3"_s.arg(
                                 QString::number(m_pageNumber), page->objectName(),
                                 banner ? banner->text() : QString()));
    }
    const auto *checked = qobject_cast<CheckedPage *>(page);
    if (checked && (checked->isChecking() || !checked->isComplete()) && m_advanced) {
        // A check runs, or failed: a failure shows in the banner and stops the tour.
        if (!checked->isChecking() && !checked->banner()->text().isEmpty())
            return finish(false, page->objectName() + u": "_s + checked->banner()->text());
        return;
    }
    if (clickOnce(u"createKeyButton"_s) || clickOnce(u"simulateButton"_s))
        return;
    if (!page->isComplete() || (checked && checked->isChecking()))
        return;
    if (m_advanced)
        return; // Next was pressed; the page moves on when its check passes
    if (m_pageClock.elapsed() < settleMs)
        return;
    if ((m_capture || m_visit) && !m_shot) {
        m_shot = true;
        if (m_visit)
            m_visit(page);
        if (!m_capture)
            return;
        const QString file = m_directory.filePath(
            u"wizard-%1-%2.png"_s.arg(m_wizard->integrationId()).arg(m_pageNumber));
        if (m_wizard->grab().save(file))
            m_saved << file;
        return;
    }
    m_advanced = true;
    m_wizard->button(m_wizard->nextId() == -1 ? QWizard::FinishButton : QWizard::NextButton)
        ->click();
}

void WizardDriver::finish(bool ok, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    Q_EMIT finished(ok, message);
}

} // namespace Tessera
