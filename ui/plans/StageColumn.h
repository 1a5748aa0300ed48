#pragma once

#include "models/plans/PlanAutomation.h"

#include <QFrame>

#include <functional>

class QLabel;
class QMimeData;
class QPushButton;
class QVBoxLayout;

namespace Tessera {

class ActivityCard;

// One stage of the plan as a column: its stage group as a caption, its title, the partner
// automations that fire there (chips with a word and the partner's sentence), the activity
// cards in order and an "Add activity…" button. Focusable; a drop of a palette item or a card
// goes to the handler with the position it was dropped at.
class StageColumn final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageColumn)
public:
    // Answers whether it took the drop: (data, stage id, index in the stage).
    using DropHandler = std::function<bool(const QMimeData *, const QString &, int)>;

    StageColumn(const QString &stageId, const QString &title, const QString &groupTitle,
                QWidget *parent = nullptr);

    QString stageId() const { return m_stageId; }
    QString title() const { return m_title; }
    void addAutomation(const PlanAutomation &automation, const QString &integrationName);
    void addCard(ActivityCard *card);
    QList<ActivityCard *> cards() const { return m_cards; }
    QPushButton *addButton() const { return m_add; }
    void setDropHandler(DropHandler handler) { m_onDrop = std::move(handler); }
    // The position a drop at `pos` (in this column's coordinates) lands in.
    int dropIndexAt(const QPoint &pos) const;

Q_SIGNALS:
    void addRequested(const QString &stageId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    bool accepts(const QMimeData *mime) const;

    QString m_stageId;
    QString m_title;
    QVBoxLayout *m_automations;
    QVBoxLayout *m_cardsLayout;
    QPushButton *m_add;
    QList<ActivityCard *> m_cards;
    DropHandler m_onDrop;
    int m_dropIndex = -1; // while a drag hovers: where it would land
};

} // namespace Tessera
