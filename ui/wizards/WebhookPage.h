#pragma once

#include "CheckedPage.h"

#include <functional>

class QLabel;


namespace Tessera {

class EndpointHint;
class SecretLineEdit;

// Creates the ATS webhook a partner listens to (URL and secret from the partner) and waits until
// the partner confirms the ATS's ping arrived with a valid signature (integration.test).
class WebhookPage final : public CheckedPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookPage)
public:
    struct Config
    {
        QString webhookType;  // "applicationUpdate"
        // The words are asked again after a language switch.
        std::function<QString()> typeLabel;   // "Application Updated"
        QString urlValue;     // SetupState value name of the partner's URL
        std::function<QString()> urlLabel;    // as the partner names it: "Request URL"
        QString secretName;   // SetupState secret name of the partner's secret
        std::function<QString()> secretLabel; // as the partner names it: "Secret token"
        // Runs after the webhook exists and before the ping is checked (Sora: "Create event
        // listener"); calls `then` to go on.
        std::function<void(WebhookPage *, std::function<void()> then)> afterCreate;
    };
    WebhookPage(EnableWizard *wizard, Config config);

    void initializePage() override;

protected:
    void runCheck() override;

private:
    void showSecretHint();
    void create();
    void verify(int attempt);

    Config m_config;
    QLabel *m_type;
    QLabel *m_url;
    SecretLineEdit *m_secret;
    EndpointHint *m_urlHint;
};

} // namespace Tessera
