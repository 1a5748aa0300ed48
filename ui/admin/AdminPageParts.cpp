#include "AdminPageParts.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Tessera::AdminPageParts {

QAction *makeAction(QWidget *page, const QString &text, const QKeySequence &shortcut)
{
    auto *action = new QAction(text, page);
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
            QString(text).remove(QLatin1Char('&')), shortcut.toString(QKeySequence::NativeText)));
    }
    page->addAction(action);
    return action;
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

void fitStatusColumn(QTableView *table, int column, const QStringList &words)
{
    const QFontMetrics metrics = table->fontMetrics();
    int width = metrics.horizontalAdvance(
        table->model()->headerData(column, Qt::Horizontal).toString());
    for (const QString &word : words)
        width = std::max(width, metrics.horizontalAdvance(QChar(0x2715) + word) + 8);
    table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Fixed);
    table->horizontalHeader()->resizeSection(column, width + 24);
}

void StatePages::show(LoadState state, int rowCount, const QString &loadingText,
                      const QString &emptyText) const
{
    if (rowCount > 0) {
        stack->setCurrentIndex(TablePage);
    } else if (state == LoadState::Loading) {
        loading->setText(loadingText);
        stack->setCurrentIndex(LoadingPage);
    } else {
        empty->setText(emptyText);
        stack->setCurrentIndex(EmptyPage);
    }
}

StatePages makeStatePages(QWidget *parent, QWidget *table, QAction *primary,
                          const QString &primaryLabel)
{
    StatePages pages{new QStackedWidget(parent), new QLabel(parent), new QLabel(parent),
                     new QPushButton(primaryLabel, parent)};
    pages.emptyAction->setAccessibleName(primaryLabel);
    pages.emptyAction->setVisible(!primaryLabel.isEmpty());
    QObject::connect(pages.emptyAction, &QPushButton::clicked, primary, &QAction::trigger);
    pages.loading->setAlignment(Qt::AlignCenter);
    pages.empty->setAlignment(Qt::AlignCenter);
    pages.empty->setWordWrap(true);
    auto *loading = new QWidget(parent);
    auto *loadingLayout = new QVBoxLayout(loading);
    loadingLayout->addStretch();
    loadingLayout->addWidget(pages.loading);
    loadingLayout->addStretch();
    auto *empty = new QWidget(parent);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch();
    emptyLayout->addWidget(pages.empty);
    emptyLayout->addWidget(pages.emptyAction, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();
    pages.stack->insertWidget(TablePage, table);
    pages.stack->insertWidget(LoadingPage, loading);
    pages.stack->insertWidget(EmptyPage, empty);
    return pages;
}

} // namespace Tessera::AdminPageParts
