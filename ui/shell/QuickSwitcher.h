#pragma once

#include "models/search/QuickTarget.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class QLabel;
class QLineEdit;
class QListWidget;

namespace Tessera {

class QuickSearch;

// Ctrl+K: type to jump to a view, an integration, a candidate, a job, a webhook or an API key.
// Results are ranked as you type; Up/Down choose, Enter goes there, Esc closes.
class QuickSwitcher final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickSwitcher)
public:
    QuickSwitcher(QuickSearch *search, QWidget *parent);

    void setQuery(const QString &text); // as if typed
    QList<QuickTarget> results() const { return m_results; }

Q_SIGNALS:
    void chosen(const Tessera::QuickTarget &target);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void search(const QString &text);
    void choose();

    QPointer<QuickSearch> m_search;
    QLineEdit *m_query;
    QListWidget *m_list;
    QLabel *m_hint;
    QList<QuickTarget> m_results;
};

} // namespace Tessera
