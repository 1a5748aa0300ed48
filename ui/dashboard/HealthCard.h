#pragma once

#include "models/dashboard/IntegrationHealth.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace Tessera {

class Card;
class StatusChip;

// One enabled integration's health on the dashboard: the state as word, icon and colour, the
// reason in a sentence, when it last worked and next syncs, and a Fix button that opens where
// the reason can be fixed. Stale (the last refresh failed): says so instead of the old state.
class HealthCard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthCard)
public:
    explicit HealthCard(QWidget *parent = nullptr);

    void setHealth(const IntegrationHealth &health, bool stale);
    const IntegrationHealth &health() const { return m_health; }
    bool isStale() const { return m_stale; }
    QString stateText() const;
    QString reasonText() const;
    QPushButton *fixButton() const { return m_fix; }

    static QString stateWord(IntegrationHealth::State state);
    static QString reasonSentence(const HealthReason &reason, const IntegrationHealth &health);
    static QString fixLabel(const QString &fixKind);
    // "4 min ago", "just now"; "in 12 min" for a time still ahead.
    static QString relativeTime(const QDateTime &time, const QDateTime &now);

Q_SIGNALS:
    void fixRequested(const Tessera::HealthReason &reason);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    IntegrationHealth m_health;
    bool m_stale = false;
    Card *m_card;
    StatusChip *m_chip;
    QLabel *m_reason;
    QLabel *m_times;
    QPushButton *m_fix;
};

} // namespace Tessera
