#pragma once

#include "models/domain/Integration.h"
#include "models/integrations/SetupTypes.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace Tessera {

class MessageBanner;
class StatusChip;

// The marketplace's side panel: name and state, for "Needs attention" the reason and the fix
// first, what it does, the plans that include it, the setup steps, and Enable / Configure /
// Test connection / Disable at its foot. The last connection test and what the simulated
// partner received show when there are any.
class IntegrationPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntegrationPanel)
public:
    explicit IntegrationPanel(QWidget *parent = nullptr);

    void showIntegration(const Integration &integration, const QString &organizationPlan);
    QString integrationId() const { return m_integration.id; }

    void setTesting(bool testing);
    void showTestResult(const IntegrationTestResult &result);
    void showTestError(const ApiError &error);
    void clearTestResult();
    // What the simulated partner received (sandbox only); hidden until shown.
    void showPartnerRecords(const QString &partnerName, const QList<PartnerRecord> &records);
    void showPartnerRecordsError(const ApiError &error);
    void hidePartnerRecords();
    MessageBanner *banner() const { return m_banner; }
    StatusChip *stateChip() const { return m_state; }
    // The first widget of the panel to take focus when it opens.
    QWidget *firstFocus() const;

Q_SIGNALS:
    void enableRequested(const QString &integrationId);
    void testRequested(const QString &integrationId);
    void disableRequested(const QString &integrationId);
    void mappingRequested(const QString &integrationId);
    void partnerRecordsRequested(const QString &integrationId);
    void closeRequested();

private:
    QString planTable(const QString &organizationPlan) const;
    void updateButtons();

    Integration m_integration;
    QLabel *m_glyph;
    QLabel *m_title;
    QLabel *m_category;
    StatusChip *m_state;
    QWidget *m_attention;
    QLabel *m_attentionReason;
    QPushButton *m_fix;
    MessageBanner *m_banner;
    QLabel *m_description;
    QLabel *m_plans;
    QLabel *m_steps;
    QLabel *m_testResult;
    QPushButton *m_enable;
    QPushButton *m_test;
    QPushButton *m_disable;
    QPushButton *m_close;
    QPushButton *m_mapping;
    QWidget *m_partnerBox;
    QLabel *m_partnerTitle;
    QLabel *m_partnerRecords;
};

} // namespace Tessera
