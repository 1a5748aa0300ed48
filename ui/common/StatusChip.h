#pragma once

#include "StatusPalette.h"

#include <QWidget>

namespace Tessera {

// A status as word + icon + colour in a rounded pill (UX.md: never colour alone). Its
// accessible name is the word, so a screen reader says what the colour means.
class StatusChip final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusChip)
public:
    explicit StatusChip(QWidget *parent = nullptr);

    void setStatus(StatusPalette::Status status, const QString &word);
    StatusPalette::Status status() const { return m_status; }
    QString text() const { return m_word; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    StatusPalette::Status m_status = StatusPalette::Status::Unavailable;
    QString m_word;
};

} // namespace Tessera
