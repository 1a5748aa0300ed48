#pragma once

#include "models/plans/PaletteItem.h"

#include <QTreeWidget>

namespace Tessera {

// The palette's list: the integrations as headings, what each offers below them (title, the
// partner's description). Items drag as PlanMime::paletteItem() with their key.
class PaletteTree final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaletteTree)
public:
    enum Role { KeyRole = Qt::UserRole + 1, FullTextRole, TitleLinesRole };

    explicit PaletteTree(QWidget *parent = nullptr);

    void setItems(const QList<PaletteItem> &items);
    QString currentKey() const;
    QTreeWidgetItem *itemWithKey(const QString &key) const;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override;

private:
    void retranslateUi();
    QList<PaletteItem> m_items;
    // Breaks the items' lines at word boundaries to the pane's width (the item views cut long
    // lines of multi-line text instead of wrapping them).
    void wrapTexts();
};

} // namespace Tessera
