#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Tessera {

// What a view shows when there is nothing to list: one sentence of why and the primary action
// ("No webhooks yet" + "Create webhook").
class EmptyState final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)
public:
    explicit EmptyState(QWidget *parent = nullptr);

    void setText(const QString &sentence);
    QString text() const;
    void setAction(const QString &buttonText); // an empty text hides the button
    QPushButton *actionButton() const { return m_action; }

Q_SIGNALS:
    void actionTriggered();

private:
    QLabel *m_text;
    QPushButton *m_action;
};

} // namespace Tessera
