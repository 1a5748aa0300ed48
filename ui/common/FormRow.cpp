#include "FormRow.h"

#include <QFormLayout>
#include <QLabel>

namespace Tessera::FormRow {

QLabel *add(QFormLayout *form, QWidget *field)
{
    auto *label = new QLabel(field->parentWidget());
    label->setBuddy(field);
    form->addRow(label, field);
    return label;
}

QLabel *add(QFormLayout *form, QLayout *field, QWidget *buddy)
{
    auto *label = new QLabel(buddy->parentWidget());
    label->setBuddy(buddy);
    form->addRow(label, field);
    return label;
}

} // namespace Tessera::FormRow
