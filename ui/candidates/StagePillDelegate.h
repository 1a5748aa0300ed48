#pragma once

#include "ui/common/StatusPalette.h"

#include <QStyledItemDelegate>

namespace Tessera {

// Draws a stage as a pill: the stage's title on a tint of its status colour (StatusPalette):
// blue in progress, green hired, grey archived. The colour never stands alone: the title is
// always there. `typeRole` is the model role holding the stage type.
class StagePillDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StagePillDelegate)
public:
    StagePillDelegate(int typeRole, QObject *parent = nullptr);

    // In progress, Hired (ok) or Archived (not available), from the stage's type.
    static StatusPalette::Status statusOf(const QString &stageType);
    // The width a cell needs to show `title` whole as a pill.
    static int widthFor(const QFontMetrics &metrics, const QString &title);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_typeRole;
};

} // namespace Tessera
