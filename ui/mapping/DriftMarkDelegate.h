#pragma once

#include <QStyledItemDelegate>

namespace Tessera {

// Marks a mapping row whose source vanished on the server (MappingModel::DriftWordRole): the
// source cell gets the attention icon and colour beside its word ("Archived: …"); the model
// gives the tooltip saying what vanished and what to do.
class DriftMarkDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DriftMarkDelegate)
public:
    explicit DriftMarkDelegate(QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Tessera
