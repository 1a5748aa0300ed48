#pragma once

#include "models/dashboard/DeliveryDetail.h"
#include "ui/common/StatusPalette.h"

#include <QColor>
#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace Tessera {

class BulkRedeliver;
class MessageBanner;
class RedeliverBar;
class SecretLineEdit;

// One delivery attempt in full, non-modal: the payload as indented JSON (monospace, selectable,
// copyable), the request headers, the answer, and "Verify signature", which checks the stored
// body against the signature it was sent with, using the webhook's secret from the keychain or
// one the user pastes (masked; never shown). "Redeliver" resends it after the dry run.
class DeliveryDetailDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryDetailDialog)
public:
    // Takes ownership of `detail` and `redeliver`.
    DeliveryDetailDialog(DeliveryDetail *detail, BulkRedeliver *redeliver,
                         QWidget *parent = nullptr);

    void open(const QString &deliveryId);
    DeliveryDetail *detail() const { return m_detail; }
    QPlainTextEdit *payload() const { return m_payload; }
    QPushButton *verifyButton() const { return m_verify; }
    QPushButton *redeliverButton() const { return m_redeliverButton; }
    RedeliverBar *redeliverBar() const { return m_bar; }
    SecretLineEdit *secretField() const { return m_secret; }
    QCheckBox *rememberBox() const { return m_remember; }
    QPushButton *checkButton() const { return m_check; }
    QString verdictText() const;
    QColor verdictColour() const; // as painted
    static QString verdictSentence(DeliveryDetail::Verdict verdict);

Q_SIGNALS:
    void redelivered();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void render();
    void showVerdict(DeliveryDetail::Verdict verdict);
    void colourVerdict();
    void askForSecret(const QString &reason);

    DeliveryDetail *m_detail;
    BulkRedeliver *m_redeliver;
    QLabel *m_summary;
    MessageBanner *m_banner;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_payload;
    QPlainTextEdit *m_headers;
    QPlainTextEdit *m_response;
    QPushButton *m_copy;
    QPushButton *m_verify;
    QLabel *m_verdict;
    QWidget *m_ask;
    QLabel *m_askText;
    SecretLineEdit *m_secret;
    QCheckBox *m_remember;
    QPushButton *m_check;
    QPushButton *m_redeliverButton;
    QPushButton *m_close;
    RedeliverBar *m_bar;
    QString m_askReason;
    std::optional<StatusPalette::Status> m_verdictStatus; // of the verdict shown
};

} // namespace Tessera
