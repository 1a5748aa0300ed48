#include "IntegrationPanel.h"

#include "IntegrationBadge.h"
#include "IntegrationCategory.h"
#include "IntegrationText.h"
#include "models/integrations/IntegrationsModel.h"
#include "ui/common/Card.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/Retranslator.h"
#include "ui/common/Spacing.h"
#include "ui/common/StatusChip.h"
#include "ui/common/TextStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *sectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    TextStyle::apply(label, TextStyle::Role::Section);
    return label;
}

constexpr int glyphSize = 24;

} // namespace

IntegrationPanel::IntegrationPanel(QWidget *parent)
    : QFrame(parent)
    , m_glyph(new QLabel(this))
    , m_title(new QLabel(this))
    , m_category(new QLabel(this))
    , m_state(new StatusChip(this))
    , m_attention(new QWidget(this))
    , m_attentionReason(wrappingLabel(this))
    , m_fix(new QPushButton(this))
    , m_banner(new MessageBanner(this))
    , m_description(wrappingLabel(this))
    , m_plans(wrappingLabel(this))
    , m_steps(wrappingLabel(this))
    , m_testResult(wrappingLabel(this))
    , m_enable(new QPushButton(this))
    , m_test(new QPushButton(this))
    , m_disable(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_mapping(new QPushButton(this))
    , m_partnerBox(new QWidget(this))
    , m_partnerTitle(new QLabel(this))
    , m_partnerRecords(wrappingLabel(this))
{
    setObjectName(u"integrationPanel"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    m_title->setObjectName(u"integrationTitle"_s);
    TextStyle::apply(m_title, TextStyle::Role::PageTitle);
    TextStyle::apply(m_category, TextStyle::Role::Caption);
    m_state->setObjectName(u"integrationState"_s);
    m_fix->setObjectName(u"fixButton"_s);
    m_enable->setObjectName(u"enableButton"_s);
    m_test->setObjectName(u"testButton"_s);
    m_disable->setObjectName(u"disableButton"_s);
    m_close->setObjectName(u"closePanelButton"_s);
    m_mapping->setObjectName(u"mappingButton"_s);
    m_attentionReason->setObjectName(u"attentionReason"_s);
    m_description->setObjectName(u"integrationDescription"_s);
    m_steps->setObjectName(u"setupSteps"_s);
    m_plans->setObjectName(u"planTable"_s);
    m_partnerRecords->setObjectName(u"partnerRecords"_s);
    m_partnerRecords->setTextFormat(Qt::RichText);
    TextStyle::apply(m_partnerTitle, TextStyle::Role::Section);
    auto *refreshRecords = new QPushButton(m_partnerBox);
    refreshRecords->setObjectName(u"refreshPartnerRecords"_s);
    auto *partnerHeader = new QHBoxLayout;
    Spacing::setGroupMargins(partnerHeader);
    partnerHeader->addWidget(m_partnerTitle, 1);
    partnerHeader->addWidget(refreshRecords);
    auto *partnerLayout = new QVBoxLayout(m_partnerBox);
    Spacing::setGroupMargins(partnerLayout);
    partnerLayout->addLayout(partnerHeader);
    partnerLayout->addWidget(m_partnerRecords);
    m_partnerBox->hide();
    connect(refreshRecords, &QPushButton::clicked, this,
            [this] { Q_EMIT partnerRecordsRequested(m_integration.id); });
    m_testResult->setObjectName(u"testResult"_s);
    m_testResult->setTextFormat(Qt::RichText);
    m_testResult->hide();
    m_steps->setTextFormat(Qt::RichText);
    m_plans->setTextFormat(Qt::RichText);

    // For "Needs attention": why, and the button that fixes it, before anything else.
    auto *attentionCard = new Card({}, m_attention);
    attentionCard->body()->addWidget(m_attentionReason);
    auto *fixRow = new QHBoxLayout;
    Spacing::setGroupMargins(fixRow);
    fixRow->addWidget(m_fix);
    fixRow->addStretch(1);
    attentionCard->body()->addLayout(fixRow);
    auto *attentionLayout = new QVBoxLayout(m_attention);
    Spacing::setGroupMargins(attentionLayout);
    attentionLayout->addWidget(attentionCard);
    m_attention->hide();

    auto *header = new QHBoxLayout;
    Spacing::setGroupMargins(header);
    header->addWidget(m_glyph, 0, Qt::AlignTop);
    auto *titles = new QVBoxLayout;
    Spacing::setGroupMargins(titles);
    titles->setSpacing(0);
    titles->addWidget(m_title);
    titles->addWidget(m_category);
    header->addLayout(titles, 1);
    header->addWidget(m_close, 0, Qt::AlignTop);
    auto *stateRow = new QHBoxLayout;
    Spacing::setGroupMargins(stateRow);
    stateRow->addWidget(m_state);
    stateRow->addStretch(1);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    Spacing::setPageMargins(layout);
    layout->addLayout(header);
    layout->addLayout(stateRow);
    layout->addWidget(m_attention);
    layout->addWidget(m_banner);
    layout->addSpacing(Spacing::Normal);
    QLabel *whatItDoes = sectionTitle(content);
    layout->addWidget(whatItDoes);
    layout->addWidget(m_description);
    layout->addWidget(m_testResult);
    layout->addWidget(m_partnerBox);
    layout->addSpacing(Spacing::Normal);
    QLabel *plans = sectionTitle(content);
    layout->addWidget(plans);
    layout->addWidget(m_plans);
    layout->addSpacing(Spacing::Normal);
    QLabel *setupSteps = sectionTitle(content);
    layout->addWidget(setupSteps);
    layout->addWidget(m_steps);
    layout->addStretch(1);
    // The integration's own texts are the backend's data; the marketplace shows it again after
    // a switch (MarketplaceView), which renders the state, plans and buttons anew.
    Retranslator::follow(this, [=, this] {
        setAccessibleName(tr("Integration details"));
        m_fix->setText(tr("&Fix…"));
        m_test->setText(tr("&Test connection"));
        m_disable->setText(tr("&Disable…"));
        m_close->setText(tr("Close"));
        m_mapping->setToolTip(tr("Which ATS fields the partner receives, and how they are shaped"));
        refreshRecords->setText(tr("&Refresh"));
        m_close->setToolTip(tr("Close the panel (Esc)"));
        attentionCard->setTitle(tr("Needs attention"));
        whatItDoes->setText(tr("What it does"));
        plans->setText(tr("Plans"));
        setupSteps->setText(tr("Setup steps"));
    });

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setBackgroundRole(QPalette::Base);
    content->setBackgroundRole(QPalette::Base);

    // The actions stay in reach at the foot, however long the steps are.
    auto *actions = new QWidget(this);
    actions->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *actionRows = new QVBoxLayout(actions);
    Spacing::setPageMargins(actionRows);
    auto *buttons = new QHBoxLayout;
    Spacing::setGroupMargins(buttons);
    buttons->addWidget(m_enable);
    buttons->addWidget(m_test);
    buttons->addWidget(m_disable);
    buttons->addStretch(1);
    actionRows->addLayout(buttons);
    actionRows->addWidget(m_mapping, 0, Qt::AlignLeft);
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    outer->addWidget(scroll, 1);
    outer->addWidget(line);
    outer->addWidget(actions);

    connect(m_enable, &QPushButton::clicked, this,
            [this] { Q_EMIT enableRequested(m_integration.id); });
    connect(m_fix, &QPushButton::clicked, this,
            [this] { Q_EMIT enableRequested(m_integration.id); });
    connect(m_test, &QPushButton::clicked, this,
            [this] { Q_EMIT testRequested(m_integration.id); });
    connect(m_disable, &QPushButton::clicked, this,
            [this] { Q_EMIT disableRequested(m_integration.id); });
    connect(m_close, &QPushButton::clicked, this, &IntegrationPanel::closeRequested);
    connect(m_mapping, &QPushButton::clicked, this,
            [this] { Q_EMIT mappingRequested(m_integration.id); });
    connect(m_banner, &MessageBanner::retryRequested, this,
            [this] { Q_EMIT enableRequested(m_integration.id); });
}

QWidget *IntegrationPanel::firstFocus() const
{
    if (m_fix->isVisibleTo(this))
        return m_fix;
    return m_enable->isEnabled() ? static_cast<QWidget *>(m_enable) : m_close;
}

void IntegrationPanel::showIntegration(const Integration &integration,
                                       const QString &organizationPlan)
{
    const bool other = integration.id != m_integration.id;
    m_integration = integration;
    m_glyph->setPixmap(IntegrationCategory::glyph(integration.category)
                           .pixmap(QSize(glyphSize, glyphSize), devicePixelRatioF()));
    m_title->setText(integration.name);
    m_category->setText(IntegrationCategory::displayName(integration.category));
    m_state->setStatus(IntegrationBadge::status(integration.state),
                       IntegrationsModel::stateText(integration.state));
    m_description->setText(IntegrationText::description(integration));
    m_plans->setText(planTable(organizationPlan));
    QString steps = u"<ol style=\"margin-left: -20px\">"_s;
    const QStringList setupSteps = IntegrationText::setupSteps(integration);
    for (const QString &step : setupSteps)
        steps += u"<li>"_s + step.toHtmlEscaped() + u"</li>"_s;
    m_steps->setText(steps + u"</ol>"_s);
    m_banner->clear();
    const QString reason = IntegrationText::stateReason(integration, organizationPlan);
    m_attention->setVisible(integration.state == Integration::State::NeedsAttention);
    m_attentionReason->setText(reason);
    if (integration.state == Integration::State::NotInPlan)
        m_banner->showMessage(StatusPalette::Status::Unavailable, reason);
    if (other) {
        clearTestResult();
        hidePartnerRecords();
    }
    updateButtons();
    // Lay out now, so a picture taken right away shows this integration's rows, not the last.
    layout()->invalidate();
    layout()->activate();
}

QString IntegrationPanel::planTable(const QString &organizationPlan) const
{
    static const QStringList plans{u"Foundations"_s, u"Legacy Plus"_s, u"Plus"_s,
                                   u"Enterprise"_s};
    QString html = u"<table cellspacing=\"0\" cellpadding=\"3\">"_s;
    for (const QString &plan : plans) {
        const bool included = m_integration.availableInPlans.contains(plan);
        const QString mark = included ? tr("✓ Included") : tr("✗ Not included");
        QString name = plan.toHtmlEscaped();
        if (plan == organizationPlan)
            name = u"<b>"_s + tr("%1 (your plan)").arg(name) + u"</b>"_s;
        html += u"<tr><td>"_s + name + u"</td><td>&nbsp;&nbsp;"_s + mark + u"</td></tr>"_s;
    }
    return html + u"</table>"_s;
}

void IntegrationPanel::updateButtons()
{
    const auto state = m_integration.state;
    const bool enabled = m_integration.isEnabled();
    m_enable->setText(enabled ? tr("&Configure…") : tr("&Enable…"));
    // With "Needs attention" the fix above is the one default action.
    m_enable->setVisible(state != Integration::State::NeedsAttention);
    m_enable->setEnabled(state != Integration::State::NotInPlan);
    m_enable->setDefault(state != Integration::State::NeedsAttention);
    m_fix->setDefault(state == Integration::State::NeedsAttention);
    m_enable->setToolTip(state == Integration::State::NotInPlan
                             ? IntegrationText::stateReason(m_integration, QString())
                             : QString());
    m_test->setVisible(enabled);
    m_disable->setVisible(enabled);
    m_mapping->setVisible(m_integration.capabilities.takesMapping()
                          && state != Integration::State::NotInPlan);
    // Mappings of an integration with external workflows belong to those workflows, listed on
    // the same page.
    m_mapping->setText(m_integration.capabilities.externalWorkflows
                           ? tr("Workflows and field &mapping…")
                           : tr("Field &mapping…"));
    m_mapping->setAccessibleName(QString(m_mapping->text()).remove(u'&').remove(QChar(0x2026)));
}

void IntegrationPanel::setTesting(bool testing)
{
    m_test->setEnabled(!testing);
    if (testing) {
        m_testResult->setText(tr("Testing the connection…"));
        m_testResult->show();
    }
}

void IntegrationPanel::showTestResult(const IntegrationTestResult &result)
{
    setTesting(false);
    QString html = result.ok ? tr("<b>Connection works.</b>")
                             : tr("<b>The connection has a problem.</b>");
    html += u"<table cellpadding=\"2\">"_s;
    for (const IntegrationCheck &check : result.checks) {
        html += u"<tr><td valign=\"top\">"_s + (check.ok ? u"✓"_s : u"✗"_s)
            + u"</td><td>"_s + check.label.toHtmlEscaped();
        if (!check.message.isEmpty())
            html += u"<br><small>"_s + check.message.toHtmlEscaped() + u"</small>"_s;
        html += u"</td></tr>"_s;
    }
    m_testResult->setText(html + u"</table>"_s);
    m_testResult->show();
}

void IntegrationPanel::showTestError(const ApiError &error)
{
    setTesting(false);
    m_testResult->setText(tr("The test could not run: %1").arg(error.userMessage().toHtmlEscaped()));
    m_testResult->show();
}

void IntegrationPanel::clearTestResult()
{
    m_testResult->clear();
    m_testResult->hide();
}

void IntegrationPanel::showPartnerRecords(const QString &partnerName,
                                          const QList<PartnerRecord> &records)
{
    m_partnerTitle->setText(tr("%1 in the simulated %2")
                                .arg(m_integration.capabilities.receivedRecords, partnerName));
    if (records.isEmpty()) {
        m_partnerRecords->setText(
            tr("None yet. They arrive here when the ATS sends %1 a record: after a hire or a "
               "stage change, as the integration is set up.")
                .arg(partnerName));
    } else {
        QString html = u"<table cellpadding=\"2\">"_s;
        for (const PartnerRecord &record : records.mid(0, 8)) {
            QStringList details{record.jobTitle, record.startDate, record.extra};
            details.removeAll(QString());
            html += u"<tr><td><b>"_s + record.name.toHtmlEscaped() + u"</b><br><small>"_s
                + details.join(u" · "_s).toHtmlEscaped() + u"</small>"_s;
            if (record.errorCount > 0)
                html += u"<br><small>"_s
                    + tr("⚠ Fields that could not be filled: %1. The field mapping's preview shows why.")
                          .arg(record.errorCount)
                    + u"</small>"_s;
            html += u"</td></tr>"_s;
        }
        m_partnerRecords->setText(html + u"</table>"_s);
    }
    m_partnerBox->show();
}

void IntegrationPanel::showPartnerRecordsError(const ApiError &error)
{
    m_partnerTitle->setText(tr("The simulated partner"));
    m_partnerRecords->setText(error.userMessage().toHtmlEscaped());
    m_partnerBox->show();
}

void IntegrationPanel::hidePartnerRecords()
{
    m_partnerBox->hide();
}

} // namespace Tessera
