#include "TransformChainEditor.h"

#include "models/mapping/MappingTypes.h"
#include "TransformParamsForm.h"
#include "ui/common/Retranslator.h"
#include "ui/common/Spacing.h"
#include "ValueMapEditor.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

TransformChainEditor::TransformChainEditor(QWidget *parent)
    : QWidget(parent)
    , m_caption(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_add(new QToolButton(this))
    , m_up(new QPushButton(this))
    , m_down(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_pages(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_valueMap(new ValueMapEditor(this))
    , m_params(new TransformParamsForm(this))
{
    setObjectName(u"transformChain"_s);
    m_caption->setObjectName(u"transformCaption"_s);
    m_caption->setWordWrap(true);
    m_list->setObjectName(u"transformList"_s);
    m_list->setMaximumHeight(fontMetrics().height() * 3 + 2 * Spacing::Tight);
    m_add->setPopupMode(QToolButton::InstantPopup);
    m_add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_add);
    for (const QString &type : Transforms::types()) {
        QAction *action = menu->addAction(QString());
        action->setData(type);
        connect(action, &QAction::triggered, this, [this, type] { addTransform(type); });
    }
    m_add->setMenu(menu);

    const auto listAction = [this](const QKeySequence &key, auto slot) {
        auto *action = new QAction(m_list);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        m_list->addAction(action);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    QAction *up = listAction(QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { moveCurrent(-1); });
    QAction *down = listAction(QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { moveCurrent(1); });
    QAction *remove = listAction(QKeySequence::Delete, [this] { removeCurrent(); });

    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_pages->addWidget(m_empty);
    m_pages->addWidget(m_valueMap);
    m_pages->addWidget(m_params);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    Spacing::setGroupMargins(layout);
    layout->addWidget(m_caption);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_pages, 1);

    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_remove, &QPushButton::clicked, this, &TransformChainEditor::removeCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, &TransformChainEditor::showCurrent);
    connect(m_valueMap, &ValueMapEditor::transformChanged, this,
            &TransformChainEditor::replaceCurrent);
    connect(m_params, &TransformParamsForm::transformChanged, this,
            &TransformChainEditor::replaceCurrent);
    setChain({}, tr("Choose a target field to edit how its value is shaped."), false);
    Retranslator::follow(this, [this, menu, up, down, remove] {
        m_list->setAccessibleName(tr("Transforms, applied in order"));
        m_add->setText(tr("&Add transform"));
        m_add->setAccessibleName(tr("Add a transform"));
        for (QAction *action : menu->actions())
            action->setText(Transforms::typeLabel(action->data().toString()));
        m_up->setText(tr("Move &up"));
        m_down->setText(tr("Move do&wn"));
        m_remove->setText(tr("&Remove"));
        m_up->setAccessibleName(tr("Move the transform up"));
        m_down->setAccessibleName(tr("Move the transform down"));
        m_remove->setAccessibleName(tr("Remove the transform"));
        const auto keys = [](const QKeySequence &key) {
            return key.toString(QKeySequence::NativeText);
        };
        m_up->setToolTip(
            tr("Move the transform up (%1)").arg(keys(QKeySequence(Qt::CTRL | Qt::Key_Up))));
        m_down->setToolTip(
            tr("Move the transform down (%1)").arg(keys(QKeySequence(Qt::CTRL | Qt::Key_Down))));
        m_remove->setToolTip(tr("Remove the transform (%1)").arg(keys(QKeySequence::Delete)));
        up->setText(tr("Move up"));
        down->setText(tr("Move down"));
        remove->setText(tr("Remove transform"));
        rebuildList(m_list->currentRow()); // the transforms' summaries
    });
}

void TransformChainEditor::setChain(const QJsonArray &chain, const QString &caption, bool enabled)
{
    m_caption->setText(caption);
    m_add->setEnabled(enabled);
    m_list->setEnabled(enabled);
    if (chain == m_chain && m_list->count() == chain.size()) {
        updateButtons();
        return;
    }
    const int keep = currentTransform();
    m_chain = chain;
    rebuildList(std::min<int>(keep < 0 ? 0 : keep, int(chain.size()) - 1));
}

int TransformChainEditor::currentTransform() const
{
    return m_list->currentRow();
}

void TransformChainEditor::selectTransform(int position)
{
    m_list->setCurrentRow(position);
}

void TransformChainEditor::rebuildList(int select)
{
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (qsizetype i = 0; i < m_chain.size(); ++i) {
            auto *item = new QListWidgetItem(
                tr("%1. %2").arg(i + 1).arg(Transforms::summary(m_chain.at(i).toObject())), m_list);
            item->setData(Qt::AccessibleTextRole, item->text());
        }
        m_list->setCurrentRow(select);
    }
    showCurrent();
}

void TransformChainEditor::showCurrent()
{
    updateButtons();
    const int current = currentTransform();
    const bool has = current >= 0 && current < m_chain.size();
    if (!has) {
        m_empty->setText(m_list->isEnabled()
                             ? tr("No transforms: the source value is sent as it is. Use Add "
                                  "transform to map values, split names, format dates and more.")
                             : QString());
        m_pages->setCurrentWidget(m_empty);
        return;
    }
    const QJsonObject transform = m_chain.at(current).toObject();
    if (transform.value(u"type"_s).toString() == u"valueMap") {
        m_valueMap->setTransform(transform);
        m_pages->setCurrentWidget(m_valueMap);
    } else {
        m_params->setTransform(transform);
        m_pages->setCurrentWidget(m_params);
    }
}

void TransformChainEditor::updateButtons()
{
    const int current = currentTransform();
    const bool has = m_list->isEnabled() && current >= 0 && current < m_chain.size();
    m_up->setEnabled(has && current > 0);
    m_down->setEnabled(has && current + 1 < m_chain.size());
    m_remove->setEnabled(has);
}

void TransformChainEditor::addTransform(const QString &type)
{
    QJsonArray next = m_chain;
    next.append(Transforms::create(type));
    commit(next, int(next.size()) - 1);
}

void TransformChainEditor::removeCurrent()
{
    const int current = currentTransform();
    if (current < 0 || current >= m_chain.size())
        return;
    QJsonArray next = m_chain;
    next.removeAt(current);
    commit(next, std::min<int>(current, int(next.size()) - 1));
}

void TransformChainEditor::moveCurrent(int delta)
{
    const int current = currentTransform();
    const int target = current + delta;
    if (current < 0 || target < 0 || target >= m_chain.size() || current >= m_chain.size())
        return;
    QJsonArray next = m_chain;
    const QJsonValue moving = next.at(current);
    next.removeAt(current);
    next.insert(target, moving);
    commit(next, target);
}

void TransformChainEditor::replaceCurrent(const QJsonObject &transform)
{
    const int current = currentTransform();
    if (current < 0 || current >= m_chain.size())
        return;
    QJsonArray next = m_chain;
    next.replace(current, transform);
    m_chain = next;
    if (QListWidgetItem *item = m_list->item(current))
        item->setText(tr("%1. %2").arg(current + 1).arg(Transforms::summary(transform)));
    Q_EMIT chainChanged(next);
}

void TransformChainEditor::commit(const QJsonArray &chain, int select)
{
    m_chain = chain;
    rebuildList(select);
    Q_EMIT chainChanged(chain);
}

} // namespace Tessera
