#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QToolButton;

namespace Tessera {

// A masked, monospace field for a secret with a Show toggle and, when copyable, a Copy button
// that puts the secret on the clipboard through SecretClipboard and says when it is cleared.
// Never logs or stores its value; wipe() overwrites it once it is no longer needed.
class SecretLineEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretLineEdit)
public:
    explicit SecretLineEdit(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    void clear();
    // Overwrites the text in place (every copy still sharing it reads zeros), hides it again
    // and empties the field, without a textChanged: for a field whose secret is no longer
    // needed. What QLineEdit keeps privately is out of reach: see SecretMemory.
    void wipe();
    void setPlaceholderText(const QString &text);
    void setAccessibleName(const QString &name);
    // A read-only secret to hand over: no typing, Copy shown.
    void setReadOnly(bool readOnly);
    void setCopyable(bool copyable);
    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *showButton() const { return m_reveal; }
    QPushButton *copyButton() const { return m_copy; }
    // "Copied — clipboard clears in 30 s" after Copy, empty otherwise.
    QString copyFeedback() const;

Q_SIGNALS:
    void textChanged(const QString &text);

private:
    void copySecret();

    QLineEdit *m_edit;
    QToolButton *m_reveal;
    QPushButton *m_copy;
    QLabel *m_feedback;
    QTimer *m_feedbackTimer;
};

} // namespace Tessera
