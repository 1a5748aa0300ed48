#pragma once

#include <QDialog>

#include <chrono>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Tessera {

class ApiError;
class ApiKeysModel;
class MessageBanner;
class ScopePicker;
class ShownOnceSecret;
struct ApiKey;

// Creates an API key in two steps: title, optional partner and permissions; then the secret,
// shown once. The secret is handed to the caller through keyCreated() and kept nowhere else.
// An error from the backend is shown inline and the input stays.
class CreateApiKeyDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit CreateApiKeyDialog(ApiKeysModel *model, QWidget *parent = nullptr);
    ~CreateApiKeyDialog() override;

    static QStringList partners(); // Juro, Willo, Humaans, Sora, Justifacts
    void setClipboardClearDelay(std::chrono::milliseconds delay);
    bool isShowingSecret() const;

Q_SIGNALS:
    void keyCreated(const QString &keyId, const QString &title, const QString &secret);

private:
    void partnerChanged();
    void updateCreateButton();
    void submit();
    void reject() override;
    void onCreated(const ApiKey &key, const QString &secret);
    void onFailed(const ApiError &error);
    void setBusy(bool busy);

    ApiKeysModel *m_model;
    QWidget *m_formPage;
    QWidget *m_secretPage;
    MessageBanner *m_banner;
    QComboBox *m_partner;
    QLineEdit *m_title;
    ScopePicker *m_scopes;
    QLabel *m_busy;
    QPushButton *m_create;
    QPushButton *m_cancel;
    ShownOnceSecret *m_secret;
    QPushButton *m_done;
    QString m_autoTitle; // the title the partner choice filled in
    bool m_waiting = false; // this dialog's create is on its way
};

} // namespace Tessera
