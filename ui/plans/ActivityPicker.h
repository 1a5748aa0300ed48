#pragma once

#include "models/plans/PaletteItem.h"

#include <QDialog>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace Tessera {

// "Add activity…" (Insert) and "Choose another package": a filterable list of palette items;
// Enter or "Add" answers with the chosen item's key. Opened with open(), never exec().
class ActivityPicker final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityPicker)
public:
    ActivityPicker(const QString &title, const QString &prompt, const QList<PaletteItem> &items,
                   const QString &acceptText, QWidget *parent = nullptr);

    QLineEdit *filter() const { return m_filter; }
    QListWidget *list() const { return m_list; }
    QPushButton *acceptButton() const { return m_accept; }

Q_SIGNALS:
    void chosen(const QString &key);

private:
    void applyFilter();

    QLineEdit *m_filter;
    QListWidget *m_list;
    QPushButton *m_accept;
};

} // namespace Tessera
