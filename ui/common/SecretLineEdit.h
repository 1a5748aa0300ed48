#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace Tessera {

// A masked, monospace field for a secret with a reveal toggle. Never logs or stores its value.
class SecretLineEdit final : public QWidget
{
    Q_OBJECT
public:
    explicit SecretLineEdit(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    void clear();
    void setPlaceholderText(const QString &text);
    void setAccessibleName(const QString &name);
    QLineEdit *lineEdit() const { return m_edit; }

Q_SIGNALS:
    void textChanged(const QString &text);

private:
    QLineEdit *m_edit;
    QToolButton *m_reveal;
};

} // namespace Tessera
