#pragma once

class QFormLayout;
class QLabel;
class QLayout;
class QWidget;

namespace Tessera::FormRow {

// Adds a form row whose label text is set (and set again on a language switch) by the caller's
// Retranslator. The label is the field's buddy, so its mnemonic moves the focus there.
QLabel *add(QFormLayout *form, QWidget *field);
// A row whose field is a layout (a value with its Copy button); `buddy` takes the mnemonic.
QLabel *add(QFormLayout *form, QLayout *field, QWidget *buddy);

} // namespace Tessera::FormRow
