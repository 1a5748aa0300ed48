#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class QWidget;

namespace Tessera {

class ReferenceData;
class ApiError;
class CandidateDetail;
class MessageBanner;
class MoveStageDialog;

// "Move to stage…" from the button to the outcome: opens MoveStageDialog without blocking
// (open(), never exec()), runs the move on CandidateDetail once the dialog is accepted, and
// reports progress, success and failure in the pane's banner, with Retry for transient failures.
class StageMoveFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageMoveFlow)
public:
    StageMoveFlow(ReferenceData *reference, CandidateDetail *detail, MessageBanner *banner,
                  QWidget *dialogParent);

    MoveStageDialog *dialog() const;
    void open();
    // Another candidate is shown: closes the dialog and forgets what Retry would repeat.
    void reset();
    bool canRetry() const { return m_lastMove.size() == 3; }
    void retry();

Q_SIGNALS:
    void changed(); // a move started, succeeded or failed

private:
    void start(const QString &applicationId, const QString &stageId, const QString &reasonId);
    void onMoved(const QString &candidateId, const QString &applicationId);
    void onFailed(const ApiError &error);

    ReferenceData *m_reference;
    CandidateDetail *m_detail;
    MessageBanner *m_banner;
    QWidget *m_dialogParent;
    QPointer<MoveStageDialog> m_dialog;
    QStringList m_lastMove; // application, stage, reason
};

} // namespace Tessera
