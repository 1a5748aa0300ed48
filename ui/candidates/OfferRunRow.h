#pragma once

#include "models/activities/CandidateActivity.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace Tessera {

class StatusChip;

// One Juro run on the Offers tab: its title, Juro's own word, the status chip, its history on
// expand, what to do when it is stuck, View result and Cancel (asks why, inline). setRun()
// updates the same widgets in place, so a poll keeps keyboard focus and a screen reader's place.
class OfferRunRow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfferRunRow)
public:
    explicit OfferRunRow(QWidget *parent = nullptr);

    void setRun(const CandidateActivity &run, bool busy);
    const CandidateActivity &run() const { return m_run; }

    static QString stuckSentence(qint64 seconds);

Q_SIGNALS:
    void cancelRequested(const QString &activityId, const QString &reason);

private:
    void render();

    CandidateActivity m_run;
    bool m_busy = false;
    QLabel *m_title;
    QLabel *m_label;
    StatusChip *m_chip;
    QToolButton *m_historyToggle;
    QPushButton *m_view;
    QPushButton *m_cancel;
    QLabel *m_history;
    QLabel *m_stuck;
    QWidget *m_cancelForm;
    QLabel *m_reasonLabel;
    QLineEdit *m_reason;
    QPushButton *m_keep;
    QPushButton *m_confirmCancel;
};

} // namespace Tessera
