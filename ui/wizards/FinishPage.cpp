#include "FinishPage.h"

#include "EnableWizard.h"
#include "models/integrations/IntegrationService.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

FinishPage::FinishPage(EnableWizard *wizard, Summary summary)
    : CheckedPage(wizard)
    , m_summary(std::move(summary))
    , m_result(new QLabel(this))
    , m_retry(new QPushButton(tr("&Try again"), this))
{
    setObjectName(u"finishPage"_s);
    setTitle(tr("Enable %1").arg(wizard->integration().name));
    setSubTitle(tr("Tessera enables the integration and tests both ends of the connection."));
    setFinalPage(true);
    m_result->setObjectName(u"finishResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_retry->setObjectName(u"retryButton"_s);
    m_retry->hide();
    body()->addWidget(m_result);
    auto *row = new QHBoxLayout;
    row->addWidget(m_retry);
    row->addStretch(1);
    body()->addLayout(row);
    connect(m_retry, &QPushButton::clicked, this, &FinishPage::enableAndTest);
}

QString FinishPage::stepTitle()
{
    return tr("Enable and check");
}

void FinishPage::initializePage()
{
    enableAndTest();
}

void FinishPage::enableAndTest()
{
    m_done = false;
    m_retry->hide();
    m_result->clear();
    setBusy(true, tr("Enabling %1…").arg(setupWizard()->integration().name));
    const QString id = setupWizard()->integrationId();
    auto *service = setupWizard()->context().service;
    service->enable(id, {}, this, [this, id, service](const Outcome<Integration> &enabled) {
        if (!enabled.ok()) {
            failCheck(enabled.error);
            m_retry->show();
            return;
        }
        setupWizard()->setIntegration(enabled.value);
        setBusy(true, tr("Testing both ends…"));
        service->test(id, this, [this](const Outcome<IntegrationTestResult> &tested) {
            setBusy(false);
            if (!tested.ok()) {
                failCheck(tested.error);
                m_retry->show();
                return;
            }
            QString html = tested.value.ok
                ? tr("<p><b>✓ %1 is enabled and both ends work.</b></p>")
                      .arg(setupWizard()->integration().name.toHtmlEscaped())
                : tr("<p><b>⚠ %1 is enabled, but a check failed.</b> Fix it and try again, or "
                     "finish and fix it later from the marketplace.</p>")
                      .arg(setupWizard()->integration().name.toHtmlEscaped());
            html += u"<table cellpadding=\"2\">"_s;
            for (const IntegrationCheck &check : tested.value.checks)
                html += u"<tr><td>"_s + (check.ok ? u"✓"_s : u"✗"_s) + u"</td><td>"_s
                    + check.label.toHtmlEscaped()
                    + (check.ok || check.message.isEmpty()
                           ? QString()
                           : u"<br><small>"_s + check.message.toHtmlEscaped() + u"</small>"_s)
                    + u"</td></tr>"_s;
            html += u"</table>"_s;
            if (m_summary)
                html += m_summary(tested.value);
            m_result->setText(html);
            m_retry->setVisible(!tested.value.ok);
            m_done = true;
            Q_EMIT completeChanged();
        });
    });
}

} // namespace Tessera
