#pragma once

#include <QString>

#include "models/core/LoadState.h"

#include <QKeySequence>

#include "ui/common/EmptyState.h"
#include "ui/common/StateStack.h"

class QAction;
class QPushButton;
class QTableView;
class QWidget;

namespace Tessera {

// Pieces the API keys and Webhooks pages share: the action buttons, the table, and its
// table / loading / empty states.
namespace AdminPageParts {

enum Page { TablePage, LoadingPage, EmptyPage }; // StateStack's page order

// An action with a shortcut that works anywhere in `page`, and a focusable button for it.
QAction *makeAction(QWidget *page, const QString &text, const QKeySequence &shortcut);
QPushButton *buttonFor(QAction *action, QWidget *parent);
// The action's text and, with its shortcut, its tooltip (again after a language switch).
void setActionText(QAction *action, const QString &text);

QTableView *makeTable(QWidget *parent, const QString &accessibleName);
int selectedRow(const QTableView *table); // -1 when none
// Selects `row`, scrolls to it and gives the table the focus (a record jumped to with Ctrl+K).
// False, and nothing changes, when `row` is -1 (the record is not listed, or not yet).
bool goToRow(QTableView *table, int row);
// A fixed width for a status column (a HealthDelegate mark and one of `words`), wide enough
// for every row whichever rows are loaded.
void fitStatusColumn(QTableView *table, int column, const QStringList &words);

struct StatePages
{
    StateStack *stack;
    EmptyState *empty; // with the primary action, e.g. "Create key"
    QPushButton *emptyAction;

    // The table when there are rows, else "loading" while loading, else `emptyText`.
    void show(LoadState state, int rowCount, const QString &loadingText,
              const QString &emptyText) const;
};
// `primaryLabel` (no mnemonic: the toolbar button has it) triggers `primary`.
StatePages makeStatePages(QWidget *parent, QWidget *table, QAction *primary,
                          const QString &primaryLabel);

} // namespace AdminPageParts
} // namespace Tessera
