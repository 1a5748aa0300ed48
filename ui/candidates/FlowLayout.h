#pragma once

#include <QLayout>
#include <QList>

namespace Tessera {

// Lays its items out left to right and moves an item that does not fit to the next line whole,
// so a value (an email, a phone number) is never broken in the middle. An item wider than the
// whole line is given the line's width (a label that elides then shows its tooltip).
class FlowLayout final : public QLayout
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowLayout)
public:
    // `across`: between items on a line; `down`: between lines.
    FlowLayout(int across, int down, QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    int m_across;
    int m_down;
};

} // namespace Tessera
