#pragma once

#include "models/plans/PlanActivity.h"

#include <QFrame>
#include <QPoint>

class QLabel;
class QPushButton;

namespace Tessera {

// One activity on a stage: a glyph for its kind, its title and integration, and for each
// problem the backend found a badge (icon and word), the sentence and a Fix button. Focusable
// (the view's keys act on the focused card) and draggable onto another place or stage.
class ActivityCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityCard)
public:
    ActivityCard(const PlanActivity &activity, const QString &integrationName,
                 QWidget *parent = nullptr);

    QString activityId() const { return m_activityId; }
    QString stageId() const { return m_stageId; }
    QList<QPushButton *> fixButtons() const { return m_fixes; }
    // The Fix button's text for a problem code; empty when there is no fix but removing.
    static QString fixText(const QString &problemCode, const QString &integrationName);

Q_SIGNALS:
    void fixRequested(const QString &activityId, const QString &problemCode);

protected:
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    QString m_activityId;
    QString m_stageId;
    QList<QPushButton *> m_fixes;
    QPoint m_pressedAt;
    bool m_pressed = false;
};

} // namespace Tessera
