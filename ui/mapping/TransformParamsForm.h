#pragma once

#include <QJsonObject>
#include <QWidget>

class QFormLayout;

namespace Tessera {

// The parameters of one transform other than valueMap as a form (a part, a mode, a format, a
// value, decimals, a currency code, join sources). Emits transformChanged when an editor
// commits (editing finished, a choice made); input the backend would refuse is prevented where
// possible (decimals 0–10, three capital letters for a currency code).
class TransformParamsForm final : public QWidget
{
    Q_OBJECT
public:
    explicit TransformParamsForm(QWidget *parent = nullptr);

    void setTransform(const QJsonObject &transform);
    QJsonObject transform() const { return m_transform; }

Q_SIGNALS:
    void transformChanged(const QJsonObject &transform);

private:
    void rebuild();
    void addChoice(const QString &key, const QString &label, const QStringList &values);
    void addText(const QString &key, const QString &label, const QString &placeholder);
    void commit(const QString &key, const QJsonValue &value);

    QFormLayout *m_form;
    QJsonObject m_transform;
    QString m_builtFor;
};

} // namespace Tessera
