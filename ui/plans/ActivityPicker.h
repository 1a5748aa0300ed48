#pragma once

#include "models/plans/PaletteItem.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Tessera {

// "Add activity…" (Insert) and "Choose another package": a filterable list of palette items;
// Enter or the accept button answers with the chosen item's key. The caller's texts are asked
// for again when the language changes while it is open. Opened with open(), never exec().
class ActivityPicker final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityPicker)
public:
    struct Texts
    {
        QString title;  // the window title
        QString prompt; // the list's label (with a mnemonic) and accessible name
        QString accept; // the accept button
    };

    ActivityPicker(std::function<Texts()> texts, const QList<PaletteItem> &items,
                   QWidget *parent = nullptr);

    QLineEdit *filter() const { return m_filter; }
    QListWidget *list() const { return m_list; }
    QPushButton *acceptButton() const { return m_accept; }

Q_SIGNALS:
    void chosen(const QString &key);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applyFilter();
    QString itemText(const PaletteItem &item) const;

    std::function<Texts()> m_texts;
    QList<PaletteItem> m_items;
    QLabel *m_prompt;
    QLineEdit *m_filter;
    QListWidget *m_list;
    QPushButton *m_accept;
};

} // namespace Tessera
