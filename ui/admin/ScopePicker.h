#pragma once

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;

namespace Tessera {

// Chooses a key's permissions: a preset (Read all, Write all, Read and write all) or Custom,
// with one checkbox per permission identifier. Ticking boxes by hand switches to the preset
// they match, or Custom.
class ScopePicker final : public QWidget
{
    Q_OBJECT
public:
    explicit ScopePicker(QWidget *parent = nullptr);

    QStringList scopes() const;
    QComboBox *presetBox() const { return m_preset; }

Q_SIGNALS:
    void scopesChanged();

private:
    void applyPreset();
    void syncPreset();

    QComboBox *m_preset;
    QList<QCheckBox *> m_boxes;
    bool m_applying = false;
};

} // namespace Tessera
