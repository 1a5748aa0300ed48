#pragma once

#include "models/admin/WebhooksModel.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Tessera {

class ApiError;
class MessageBanner;
class SecretLineEdit;
struct Webhook;

// Creates a webhook or edits one's URL and secret. The secret goes to the backend, which signs
// deliveries with it, and nowhere else. Errors from the backend show inline; the input stays.
class WebhookDialog final : public QDialog
{
    Q_OBJECT
public:
    // `existing` null: a new webhook.
    WebhookDialog(WebhooksModel *model, const Webhook *existing, QWidget *parent = nullptr);

    // Empty when acceptable, else what to change: https, or http to this computer only.
    static QString urlProblem(const QString &text);

private:
    void submit();
    void onSaved(WebhooksModel::Action action, const QString &webhookId);
    void onFailed(WebhooksModel::Action action, const ApiError &error);
    void setBusy(bool busy);

    WebhooksModel *m_model;
    QString m_webhookId; // empty when creating
    MessageBanner *m_banner;
    QComboBox *m_type;
    QLineEdit *m_url;
    QLabel *m_urlProblem;
    SecretLineEdit *m_secret;
    QPushButton *m_generate;
    QLabel *m_busy;
    QPushButton *m_save;
    bool m_waiting = false;
};

} // namespace Tessera
