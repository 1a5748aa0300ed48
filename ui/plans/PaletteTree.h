#pragma once

#include <QTreeWidget>

namespace Tessera {

struct PaletteItem;

// The palette's list: the integrations as headings, what each offers below them (title, the
// partner's description). Items drag as PlanMime::paletteItem() with their key.
class PaletteTree final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaletteTree)
public:
    enum Role { KeyRole = Qt::UserRole + 1 };

    explicit PaletteTree(QWidget *parent = nullptr);

    void setItems(const QList<PaletteItem> &items);
    QString currentKey() const;
    QTreeWidgetItem *itemWithKey(const QString &key) const;

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override;
};

} // namespace Tessera
