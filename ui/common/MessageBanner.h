#pragma once

#include "StatusPalette.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace Tessera {

class ApiError;

// An inline, non-modal banner: an icon, one human sentence, an optional Retry button and a
// "Details" expander (method, HTTP status, error code, request id). Hidden until used.
class MessageBanner final : public QFrame
{
    Q_OBJECT
public:
    explicit MessageBanner(QWidget *parent = nullptr);

    void showError(const ApiError &error, bool offerRetry = true);
    void showMessage(StatusPalette::Status status, const QString &text,
                     const QString &details = {}, bool offerRetry = false);
    void clear();
    QString text() const;

Q_SIGNALS:
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    StatusPalette::Status m_status = StatusPalette::Status::Failing;
    QLabel *m_icon;
    QLabel *m_text;
    QLabel *m_details;
    QToolButton *m_detailsToggle;
    QPushButton *m_retry;
};

} // namespace Tessera
