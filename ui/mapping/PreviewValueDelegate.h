#pragma once

#include <QStyledItemDelegate>

namespace Tessera {

// The preview's colours (PreviewModel): a problem in the failing colour, an empty value in the
// placeholder colour. The words say the same; the colour only helps the eye.
class PreviewValueDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewValueDelegate)
public:
    explicit PreviewValueDelegate(QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Tessera
