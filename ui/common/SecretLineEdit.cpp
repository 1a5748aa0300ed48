#include "Retranslator.h"
#include "SecretLineEdit.h"

#include "models/secrets/SecretMemory.h"
#include "SecretClipboard.h"
#include "Spacing.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>
#include <QToolButton>

#include <chrono>

namespace Tessera {

SecretLineEdit::SecretLineEdit(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_reveal(new QToolButton(this))
    , m_copy(new QPushButton(this))
    , m_feedback(new QLabel(this))
    , m_feedbackTimer(new QTimer(this))
{
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    QFont mono = m_edit->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_edit->setFont(mono);
    m_reveal->setCheckable(true);
    m_reveal->setObjectName(QStringLiteral("showSecret"));
    m_copy->setObjectName(QStringLiteral("copySecret"));
    m_copy->hide();
    m_feedback->setObjectName(QStringLiteral("copyFeedback"));
    m_feedback->setForegroundRole(QPalette::PlaceholderText);
    m_feedback->hide();
    m_feedbackTimer->setSingleShot(true);
    m_feedbackTimer->setInterval(SecretClipboard::defaultClearAfter);
    connect(m_feedbackTimer, &QTimer::timeout, this, [this] {
        m_feedback->clear();
        m_feedback->hide();
    });
    const auto showReveal = [this] {
        const bool shown = m_reveal->isChecked();
        m_reveal->setText(shown ? tr("Hide") : tr("Show"));
        if (m_edit->accessibleName().isEmpty()) {
            m_reveal->setAccessibleName(tr("Show the secret"));
            m_copy->setAccessibleName(tr("Copy the secret"));
        } else {
            m_reveal->setAccessibleName(
                (shown ? tr("Hide %1") : tr("Show %1")).arg(m_edit->accessibleName()));
            m_copy->setAccessibleName(tr("Copy %1").arg(m_edit->accessibleName()));
        }
    };
    connect(m_reveal, &QToolButton::toggled, this, [this, showReveal](bool shown) {
        m_edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        showReveal();
    });
    Retranslator::follow(this, [this, showReveal] {
        m_copy->setText(tr("Copy"));
        showReveal();
    });
    connect(m_copy, &QPushButton::clicked, this, &SecretLineEdit::copySecret);
    connect(m_edit, &QLineEdit::textChanged, this, &SecretLineEdit::textChanged);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setVerticalSpacing(Spacing::Tight);
    layout->addWidget(m_edit, 0, 0);
    layout->addWidget(m_reveal, 0, 1);
    layout->addWidget(m_copy, 0, 2);
    layout->addWidget(m_feedback, 1, 0, 1, 3);
    layout->setColumnStretch(0, 1);
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

void SecretLineEdit::wipe()
{
    const QSignalBlocker quiet(this); // not an edit: nobody should store the empty text
    m_reveal->setChecked(false); // Password again: lays out bullets, not the secret
    QString shared = m_edit->text(); // shares the line edit's buffer
    SecretMemory::wipe(shared);
    m_edit->clear();
    m_feedbackTimer->stop();
    m_feedback->clear();
    m_feedback->hide();
}

void SecretLineEdit::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void SecretLineEdit::setAccessibleName(const QString &name)
{
    m_edit->setAccessibleName(name);
    m_copy->setAccessibleName(tr("Copy %1").arg(name));
    m_reveal->setAccessibleName(tr("Show %1").arg(name));
}

void SecretLineEdit::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    setCopyable(readOnly);
}

void SecretLineEdit::setCopyable(bool copyable)
{
    m_copy->setVisible(copyable);
}

QString SecretLineEdit::copyFeedback() const
{
    return m_feedback->text();
}

void SecretLineEdit::copySecret()
{
    if (m_edit->text().isEmpty())
        return;
    SecretClipboard::copy(m_edit->text());
    const auto seconds =
        std::chrono::duration_cast<std::chrono::seconds>(SecretClipboard::defaultClearAfter);
    m_feedback->setText(tr("Copied — clipboard clears in %n s", nullptr, int(seconds.count())));
    m_feedback->show();
    m_feedbackTimer->start();
}

} // namespace Tessera
