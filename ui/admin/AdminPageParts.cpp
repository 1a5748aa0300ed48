#include "AdminPageParts.h"

#include "HealthDelegate.h"
#include "ui/common/EmptyState.h"
#include "ui/common/Spacing.h"
#include "ui/common/StateStack.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QPushButton>
#include <QTableView>

#include <algorithm>

namespace Tessera::AdminPageParts {

QAction *makeAction(QWidget *page, const QString &text, const QKeySequence &shortcut)
{
    auto *action = new QAction(page);
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    }
    setActionText(action, text);
    page->addAction(action);
    return action;
}

void setActionText(QAction *action, const QString &text)
{
    action->setText(text);
    if (!action->shortcut().isEmpty())
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
            QString(text).remove(QLatin1Char('&')),
            action->shortcut().toString(QKeySequence::NativeText)));
}

QPushButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QPushButton(action->text(), parent);
    button->setAccessibleName(QString(action->text()).remove(QLatin1Char('&')).remove(QChar(0x2026)));
    button->setToolTip(action->toolTip());
    button->setEnabled(action->isEnabled());
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::changed, button, [button, action] {
        button->setEnabled(action->isEnabled());
        button->setText(action->text());
        button->setToolTip(action->toolTip());
        button->setAccessibleName(
            QString(action->text()).remove(QLatin1Char('&')).remove(QChar(0x2026)));
    });
    return button;
}

QTableView *makeTable(QWidget *parent, const QString &accessibleName)
{
    auto *table = new QTableView(parent);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false); // Tab leaves the table, arrows move in it
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

int selectedRow(const QTableView *table)
{
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

bool goToRow(QTableView *table, int row)
{
    if (row < 0)
        return false;
    table->selectRow(row);
    table->scrollTo(table->model()->index(row, 0));
    table->setFocus(Qt::OtherFocusReason);
    return true;
}

void fitStatusColumn(QTableView *table, int column, const QStringList &words)
{
    const QFontMetrics metrics = table->fontMetrics();
    int width = metrics.horizontalAdvance(
        table->model()->headerData(column, Qt::Horizontal).toString());
    for (const QString &word : words)
        width = std::max(width, HealthDelegate::markSide(metrics) + Spacing::Tight + 2
                                    + metrics.horizontalAdvance(word));
    table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Fixed);
    table->horizontalHeader()->resizeSection(column, width + 24);
}

void StatePages::show(LoadState state, int rowCount, const QString &loadingText,
                      const QString &emptyText) const
{
    if (rowCount > 0) {
        stack->showContent();
    } else if (state == LoadState::Loading) {
        stack->showLoading(loadingText);
    } else {
        // After a failure the banner's Retry is the action; "Create …" would not help.
        empty->setText(emptyText);
        emptyAction->setVisible(state != LoadState::Failed && !emptyAction->text().isEmpty());
        stack->showEmpty();
    }
}

StatePages makeStatePages(QWidget *parent, QWidget *table, QAction *primary,
                          const QString &primaryLabel)
{
    auto *stack = new StateStack(table, parent);
    StatePages pages{stack, stack->empty(), stack->empty()->actionButton()};
    pages.empty->setAction(primaryLabel);
    QObject::connect(pages.empty, &EmptyState::actionTriggered, primary, &QAction::trigger);
    return pages;
}

} // namespace Tessera::AdminPageParts
