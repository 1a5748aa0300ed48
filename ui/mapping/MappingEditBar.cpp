#include "MappingEditBar.h"

#include "models/core/EditableDocument.h"
#include "ui/common/Retranslator.h"
#include "ui/common/Spacing.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

MappingEditBar::MappingEditBar(const Actions &actions, QWidget *parent)
    : QWidget(parent)
    , m_undo(buttonFor(actions.undo))
    , m_redo(buttonFor(actions.redo))
    , m_status(new QLabel(this))
    , m_revert(buttonFor(actions.revert))
    , m_save(buttonFor(actions.save))
{
    setObjectName(u"mappingEditBar"_s);
    m_undo->setObjectName(u"mappingUndo"_s);
    m_redo->setObjectName(u"mappingRedo"_s);
    m_revert->setObjectName(u"mappingRevert"_s);
    m_save->setObjectName(u"mappingSave"_s);
    m_status->setObjectName(u"mappingSaveStatus"_s);
    m_status->setWordWrap(true);
    Retranslator::follow(this, [this] {
        m_undo->setText(tr("Undo"));
        m_redo->setText(tr("Redo"));
        m_revert->setText(tr("Revert"));
        m_save->setText(tr("Save"));
        m_status->setAccessibleName(tr("Save state"));
        m_revert->setAccessibleName(tr("Revert to the saved mapping"));
        m_save->setAccessibleName(tr("Save the mapping"));
    });

    auto *layout = new QHBoxLayout(this);
    Spacing::setGroupMargins(layout);
    layout->addWidget(m_undo);
    layout->addWidget(m_redo);
    layout->addSpacing(Spacing::Wide);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_revert);
    layout->addWidget(m_save);
}

QString MappingEditBar::tooltipFor(const QAction *action)
{
    QString text = action->text();
    text.remove(u'&');
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys << key.toString(QKeySequence::NativeText);
    return keys.isEmpty() ? text : tr("%1 (%2)").arg(text, keys.join(tr(", ")));
}

QPushButton *MappingEditBar::buttonFor(QAction *action)
{
    auto *button = new QPushButton(this);
    button->setAutoDefault(false);
    const auto follow = [button, action] {
        button->setEnabled(action->isEnabled());
        button->setToolTip(tooltipFor(action));
    };
    follow();
    connect(action, &QAction::changed, button, follow);
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    return button;
}

void MappingEditBar::showDocumentState(const EditableDocument &document, int unsaved,
                                       const QString &whenSaved)
{
    const bool ready = document.status()->state() == LoadState::Ready;
    // English has no plural forms of its own here, so the one-change sentence is separate.
    const QString changes = unsaved == 1 ? tr("1 unsaved change")
                                         : tr("%n unsaved changes", nullptr, unsaved);
    QString status;
    switch (document.saveState()) {
    case EditableDocument::SaveState::Saving:
        status = tr("Saving…");
        break;
    case EditableDocument::SaveState::Conflict:
        status = tr("Changed by someone else");
        break;
    case EditableDocument::SaveState::Failed:
        status = tr("Not saved: %1").arg(changes);
        break;
    case EditableDocument::SaveState::Idle:
        if (ready)
            status = document.isDirty() ? changes : whenSaved;
        break;
    }
    setStatus(status);
}

void MappingEditBar::setStatus(const QString &text)
{
    m_status->setText(text);
}

} // namespace Tessera
