#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Tessera {

// Every `webhookType` the backend accepts (sandbox/webhooks/WebhookTypes, docs/API.md §3.9).
class WebhookEventTypes final
{
    Q_DECLARE_TR_FUNCTIONS(WebhookEventTypes)
public:
    static const QStringList &all();
    static QString label(const QString &type); // "candidateStageChange" → "Candidate stage change"
};

} // namespace Tessera
