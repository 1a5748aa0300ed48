#pragma once

#include "models/domain/Integration.h"
#include "models/integrations/SetupTypes.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Tessera {

class MessageBanner;

// The marketplace's pull-out side panel: details, plan availability, setup steps, the last
// connection test, and Enable / Configure / Test connection / Disable.
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
    QLabel *m_title;
    QLabel *m_category;
    QLabel *m_state;
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
