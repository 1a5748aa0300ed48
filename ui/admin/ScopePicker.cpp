#include "ScopePicker.h"

#include "models/admin/Permissions.h"
#include "ui/common/Retranslator.h"
#include "ui/common/Spacing.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QVBoxLayout>

namespace Tessera {

ScopePicker::ScopePicker(QWidget *parent)
    : QWidget(parent)
    , m_preset(new QComboBox(this))
{
    using Preset = Permissions::Preset;
    for (const Preset preset :
         {Preset::ReadAll, Preset::WriteAll, Preset::ReadWriteAll, Preset::Custom})
        m_preset->addItem(QString(), int(preset));

    auto *group = new QGroupBox(this); // the form's "Permissions" label names it
    auto *grid = new QGridLayout(group);
    int readRow = 0;
    int writeRow = 0;
    for (const QString &permission : Permissions::all()) {
        auto *box = new QCheckBox(group);
        box->setObjectName(permission);
        box->setProperty("permission", permission);
        box->setToolTip(permission);
        const bool write = Permissions::isWrite(permission);
        grid->addWidget(box, write ? writeRow++ : readRow++, write ? 1 : 0);
        connect(box, &QCheckBox::toggled, this, &ScopePicker::syncPreset);
        m_boxes << box;
    }
    Retranslator::follow(this, [this, group] {
        for (int i = 0; i < m_preset->count(); ++i)
            m_preset->setItemText(
                i, Permissions::presetName(Permissions::Preset(m_preset->itemData(i).toInt())));
        m_preset->setAccessibleName(tr("Permission preset"));
        group->setAccessibleName(tr("Permissions"));
        for (QCheckBox *box : std::as_const(m_boxes)) {
            const QString label = Permissions::label(box->property("permission").toString());
            box->setText(label);
            box->setAccessibleName(label);
        }
    });
    // Reads first, then writes, whatever the grid's visual order.
    QWidget *previous = m_preset;
    for (bool write : {false, true})
        for (QCheckBox *box : std::as_const(m_boxes))
            if (Permissions::isWrite(box->property("permission").toString()) == write) {
                setTabOrder(previous, box);
                previous = box;
            }

    auto *layout = new QVBoxLayout(this);
    Spacing::setGroupMargins(layout);
    layout->addWidget(m_preset, 0, Qt::AlignLeft);
    layout->addWidget(group);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ScopePicker::applyPreset);
    applyPreset();
}

QStringList ScopePicker::scopes() const
{
    QStringList scopes;
    for (const QCheckBox *box : m_boxes)
        if (box->isChecked())
            scopes << box->property("permission").toString();
    return scopes;
}

void ScopePicker::applyPreset()
{
    const auto preset = Permissions::Preset(m_preset->currentData().toInt());
    if (preset == Permissions::Preset::Custom) {
        Q_EMIT scopesChanged();
        return; // keep the boxes as they are, to be edited
    }
    const QStringList scopes = Permissions::scopesOf(preset);
    m_applying = true;
    for (QCheckBox *box : std::as_const(m_boxes))
        box->setChecked(scopes.contains(box->property("permission").toString()));
    m_applying = false;
    Q_EMIT scopesChanged();
}

void ScopePicker::syncPreset()
{
    if (m_applying)
        return;
    const int index = m_preset->findData(int(Permissions::presetOf(scopes())));
    const QSignalBlocker blocker(m_preset);
    m_preset->setCurrentIndex(index);
    Q_EMIT scopesChanged();
}

} // namespace Tessera
