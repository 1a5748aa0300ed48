#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Tessera {

class BulkRedeliver;
class MessageBanner;

// The confirmation of a redelivery: after the dry run, "This will resend N deliveries" with
// Resend and Cancel; then the outcome, or the error as a sentence. Resend is disabled the
// moment it is pressed, so a double click sends once.
class RedeliverBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RedeliverBar)
public:
    explicit RedeliverBar(BulkRedeliver *redeliver, QWidget *parent = nullptr);

    QString text() const;
    QPushButton *resendButton() const { return m_resend; }
    QPushButton *cancelButton() const { return m_cancel; }
    MessageBanner *outcome() const { return m_outcome; }

Q_SIGNALS:
    void redelivered(int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showPreview(int count);

    BulkRedeliver *m_redeliver;
    QWidget *m_confirm;
    QLabel *m_question;
    QPushButton *m_resend;
    QPushButton *m_cancel;
    MessageBanner *m_outcome;
};

} // namespace Tessera
