#include "TransformParamsForm.h"

#include "models/mapping/MappingTypes.h"
#include "ui/common/Retranslator.h"
#include "ui/common/Spacing.h"

#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

TransformParamsForm::TransformParamsForm(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
{
    setObjectName(u"transformParams"_s);
    Spacing::setGroupMargins(m_form);
    Retranslator::follow(this, [this] {
        if (!m_builtFor.isEmpty())
            rebuild(); // the labels and hints of the transform shown
    });
}

void TransformParamsForm::setTransform(const QJsonObject &transform)
{
    const QString type = transform.value(u"type"_s).toString();
    if (transform == m_transform && type == m_builtFor)
        return;
    m_transform = transform;
    rebuild();
}

void TransformParamsForm::rebuild()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    const QString type = m_transform.value(u"type"_s).toString();
    m_builtFor = type;
    if (type == u"splitName") {
        addChoice(u"part"_s, tr("&Part:"), {u"first"_s, u"middle"_s, u"last"_s});
    } else if (type == u"case") {
        addChoice(u"mode"_s, tr("M&ode:"), {u"upper"_s, u"lower"_s, u"title"_s});
    } else if (type == u"dateFormat") {
        addText(u"format"_s, tr("&Format:"), u"yyyy-MM-dd"_s);
    } else if (type == u"constant" || type == u"default") {
        addText(u"value"_s, tr("Va&lue:"), QString());
    } else if (type == u"currency") {
        addText(u"currencyCode"_s, tr("&Currency code:"), tr("the amount's own, e.g. USD"));
    } else if (type == u"join") {
        addText(u"sources"_s, tr("S&ources:"), tr("field ids, separated by commas"));
        addText(u"separator"_s, tr("S&eparator:"), tr("one space"));
    } else if (type == u"number") {
        auto *spin = new QSpinBox(this);
        spin->setObjectName(u"param-decimals"_s);
        spin->setRange(0, 10);
        spin->setValue(m_transform.value(u"decimals"_s).toInt());
        spin->setAccessibleName(tr("Decimals"));
        auto *label = new QLabel(tr("De&cimals:"), this);
        label->setBuddy(spin);
        m_form->addRow(label, spin);
        connect(spin, &QSpinBox::valueChanged, this,
                [this](int value) { commit(u"decimals"_s, value); });
    } else {
        auto *none = new QLabel(tr("%1 has no settings.").arg(Transforms::typeLabel(type)), this);
        none->setObjectName(u"param-none"_s);
        m_form->addRow(none);
    }
}

void TransformParamsForm::addChoice(const QString &key, const QString &label,
                                    const QStringList &values)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(u"param-"_s + key);
    combo->addItems(values);
    combo->setCurrentIndex(std::max<qsizetype>(0, values.indexOf(m_transform.value(key).toString())));
    QString accessible = label;
    accessible.remove(u'&').remove(u':');
    combo->setAccessibleName(accessible);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(combo);
    m_form->addRow(caption, combo);
    connect(combo, &QComboBox::currentTextChanged, this,
            [this, key](const QString &text) { commit(key, text); });
}

void TransformParamsForm::addText(const QString &key, const QString &label,
                                  const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(u"param-"_s + key);
    const QJsonValue value = m_transform.value(key);
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue part : value.toArray())
            parts << part.toString();
        edit->setText(parts.join(u", "_s));
    } else {
        edit->setText(Transforms::valueText(value));
    }
    edit->setPlaceholderText(placeholder);
    QString accessible = label;
    accessible.remove(u'&').remove(u':');
    edit->setAccessibleName(accessible);
    if (key == u"currencyCode") {
        edit->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[A-Z]{0,3}"_s), edit));
        edit->setMaxLength(3);
    }
    auto *caption = new QLabel(label, this);
    caption->setBuddy(edit);
    m_form->addRow(caption, edit);
    connect(edit, &QLineEdit::editingFinished, this, [this, key, edit] {
        const QString text = edit->text();
        if (key == u"sources") {
            QJsonArray sources;
            for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
                if (!part.trimmed().isEmpty())
                    sources.append(part.trimmed());
            commit(key, sources);
        } else if (key == u"currencyCode" && text.size() != 3) {
            commit(key, QJsonValue(QJsonValue::Undefined)); // the amount's own code
        } else {
            commit(key, text);
        }
    });
}

void TransformParamsForm::commit(const QString &key, const QJsonValue &value)
{
    QJsonObject next = m_transform;
    if (value.isUndefined())
        next.remove(key);
    else
        next.insert(key, value);
    if (next == m_transform)
        return;
    m_transform = next;
    Q_EMIT transformChanged(next);
}

} // namespace Tessera
