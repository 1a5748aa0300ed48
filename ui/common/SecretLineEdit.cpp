#include "SecretLineEdit.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace Tessera {

SecretLineEdit::SecretLineEdit(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_reveal(new QToolButton(this))
{
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    QFont mono = m_edit->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_edit->setFont(mono);
    m_reveal->setText(tr("Show"));
    m_reveal->setCheckable(true);
    m_reveal->setAccessibleName(tr("Show the secret"));
    connect(m_reveal, &QToolButton::toggled, this, [this](bool shown) {
        m_edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setText(shown ? tr("Hide") : tr("Show"));
    });
    connect(m_edit, &QLineEdit::textChanged, this, &SecretLineEdit::textChanged);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_reveal);
    setFocusProxy(m_edit);
}

QString SecretLineEdit::text() const
{
    return m_edit->text();
}

void SecretLineEdit::setText(const QString &text)
{
    m_edit->setText(text);
}

void SecretLineEdit::clear()
{
    m_edit->clear();
}

void SecretLineEdit::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void SecretLineEdit::setAccessibleName(const QString &name)
{
    m_edit->setAccessibleName(name);
}

} // namespace Tessera
