#include "EmptyState.h"

#include "Spacing.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tessera {

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
{
    m_text->setAlignment(Qt::AlignHCenter);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText); // the sentence may quote what the admin typed
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->setVisible(false);
    connect(m_action, &QPushButton::clicked, this, &EmptyState::actionTriggered);

    auto *layout = new QVBoxLayout(this);
    Spacing::setPageMargins(layout);
    layout->addStretch(1);
    layout->addWidget(m_text);
    layout->addWidget(m_action, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

void EmptyState::setText(const QString &sentence)
{
    m_text->setText(sentence);
    setAccessibleName(sentence);
}

QString EmptyState::text() const
{
    return m_text->text();
}

void EmptyState::setAction(const QString &buttonText)
{
    m_action->setText(buttonText);
    m_action->setAccessibleName(buttonText);
    m_action->setVisible(!buttonText.isEmpty());
}

} // namespace Tessera
