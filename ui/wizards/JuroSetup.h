#pragma once

#include <QCoreApplication>

namespace Tessera {

class EnableWizard;
class PartnerStepPage;

// Juro (contracts), per its guide: the ATS key "Juro", the Juro API key (checked by the
// backend against Juro), the webhook to enter at Juro, a signed test webhook, enable.
class JuroSetup final
{
    Q_DECLARE_TR_FUNCTIONS(JuroSetup)
public:
    static void addPages(EnableWizard *wizard);

private:
    static void checkKey(PartnerStepPage *page);
    static void sendTestWebhook(PartnerStepPage *page, const QString &url);
    static void checkInboundWebhook(PartnerStepPage *page);
};

} // namespace Tessera
