#include "PaletteTree.h"

#include "models/core/DragIds.h"
#include "models/plans/PaletteItem.h"
#include "PaletteItemDelegate.h"
#include "PlanMime.h"
#include "ui/common/Spacing.h"

#include <QEvent>
#include <QHeaderView>
#include <QResizeEvent>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

PaletteTree::PaletteTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(u"paletteTree"_s);
    setHeaderHidden(true);
    setColumnCount(1);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionMode(QAbstractItemView::SingleSelection);
    // Long titles and descriptions wrap within the pane instead of being cut.
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setRootIsDecorated(false);
    setUniformRowHeights(false);
    header()->setSectionResizeMode(QHeaderView::Stretch);
    setItemDelegate(new PaletteItemDelegate(TitleLinesRole, this));
    retranslateUi();
}

void PaletteTree::changeEvent(QEvent *event)
{
    QTreeWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void PaletteTree::retranslateUi()
{
    setAccessibleName(tr("Activities you can add"));
    setAccessibleDescription(tr("Drag an item onto a stage to add it."));
    setItems(m_items);
}

void PaletteTree::setItems(const QList<PaletteItem> &items)
{
    m_items = items;
    const QString keep = currentKey();
    clear();
    QHash<QString, QTreeWidgetItem *> groups;
    for (const PaletteItem &item : items) {
        QTreeWidgetItem *&group = groups[item.integrationId];
        if (!group) {
            group = new QTreeWidgetItem(this, {item.integrationName});
            group->setFlags(Qt::ItemIsEnabled);
            QFont bold = font();
            bold.setBold(true);
            group->setFont(0, bold);
        }
        QString text = item.title;
        if (!item.detail().isEmpty())
            text += u'\n' + item.detail();
        if (item.isRefused())
            text += u'\n' + tr("Cannot be an activity: it starts from an offer.");
        auto *entry = new QTreeWidgetItem(group, {text});
        entry->setData(0, FullTextRole, text);
        entry->setData(0, KeyRole, item.key());
        entry->setToolTip(0, item.isRefused() ? item.refusal() : item.detail());
        entry->setData(0, Qt::AccessibleTextRole, text);
        entry->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        if (item.isRefused())
            entry->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
    }
    expandAll();
    wrapTexts();
    if (QTreeWidgetItem *item = itemWithKey(keep))
        setCurrentItem(item);
}

void PaletteTree::resizeEvent(QResizeEvent *event)
{
    QTreeWidget::resizeEvent(event);
    wrapTexts();
}

void PaletteTree::wrapTexts()
{
    const QFontMetrics metrics(font());
    const int width = viewport()->width() - indentation() - 2 * Spacing::Normal;
    if (width <= 0)
        return;
    for (int group = 0; group < topLevelItemCount(); ++group)
        for (int i = 0; i < topLevelItem(group)->childCount(); ++i) {
            QTreeWidgetItem *item = topLevelItem(group)->child(i);
            QStringList lines;
            int titleLines = 0;
            const QStringList paragraphs = item->data(0, FullTextRole).toString().split(u'\n');
            for (const QString &paragraph : paragraphs) {
                QString line;
                for (const QString &word : paragraph.split(u' ', Qt::SkipEmptyParts)) {
                    const QString longer = line.isEmpty() ? word : line + u' ' + word;
                    if (!line.isEmpty() && metrics.horizontalAdvance(longer) > width) {
                        lines << line;
                        line = word;
                    } else {
                        line = longer;
                    }
                }
                lines << line;
                if (titleLines == 0)
                    titleLines = int(lines.size());
            }
            item->setData(0, TitleLinesRole, titleLines);
            const QString wrapped = lines.join(u'\n');
            if (item->text(0) != wrapped)
                item->setText(0, wrapped);
        }
}

QString PaletteTree::currentKey() const
{
    return currentItem() ? currentItem()->data(0, KeyRole).toString() : QString();
}

QTreeWidgetItem *PaletteTree::itemWithKey(const QString &key) const
{
    if (key.isEmpty())
        return nullptr;
    for (int group = 0; group < topLevelItemCount(); ++group)
        for (int i = 0; i < topLevelItem(group)->childCount(); ++i)
            if (topLevelItem(group)->child(i)->data(0, KeyRole).toString() == key)
                return topLevelItem(group)->child(i);
    return nullptr;
}

QStringList PaletteTree::mimeTypes() const
{
    return {PlanMime::paletteItem()};
}

QMimeData *PaletteTree::mimeData(const QList<QTreeWidgetItem *> &items) const
{
    for (const QTreeWidgetItem *item : items) {
        const QString key = item->data(0, KeyRole).toString();
        if (!key.isEmpty())
            return DragIds::encode(PlanMime::paletteItem(), {key});
    }
    return nullptr;
}

} // namespace Tessera
