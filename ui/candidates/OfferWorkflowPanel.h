#pragma once

#include "models/activities/CandidateActivity.h"
#include "models/domain/Offer.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Tessera {

class MessageBanner;
class OfferActivities;
class OfferRunRow;
class WorkflowFieldsForm;

// Below the Offers table, for the selected offer: its terms, where it stands (waiting for
// approval, with Approve offer and a confirmation; or approved with the workflows that can start
// on it), Start workflow with the workflow's fields beside the offer's terms to check they match,
// a confirmation, and the offer's runs (OfferRunRow, updated in place on each poll). A refusal
// shows inline; what was typed stays.
class OfferWorkflowPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfferWorkflowPanel)
public:
    explicit OfferWorkflowPanel(OfferActivities *model, QWidget *parent = nullptr);

    // The offer selected (none: hidden); `jobTitle` names its job.
    void setOffer(const Offer &offer, const QString &jobTitle, const QString &candidateName = {});
    OfferActivities *model() const { return m_model; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void render();
    void openForm();
    void renderRuns(const QList<CandidateActivity> &runs);
    QString approveErrorMessage() const;

    OfferActivities *m_model;
    Offer m_offer;
    QString m_jobTitle;
    QString m_candidateName;
    bool m_formOpen = false;
    bool m_approveOpen = false;
    bool m_focusStart = false; // approved here: Start workflow takes the focus once shown
    bool m_approving = false; // the last action was an approval (its 403 gets its own sentence)
    QString m_openedWorkflowId; // whose form the user asked for

    QLabel *m_details;
    QLabel *m_state;
    QPushButton *m_approve;
    QWidget *m_approveBox;
    QLabel *m_approveText;
    QPushButton *m_approveBack;
    QPushButton *m_approveConfirm;
    QWidget *m_pickRow;
    QLabel *m_pickLabel;
    QComboBox *m_pick;
    QPushButton *m_start;
    QWidget *m_formBox;
    QLabel *m_formTitle;
    WorkflowFieldsForm *m_fields;
    QLabel *m_confirmText;
    QPushButton *m_back;
    QPushButton *m_confirm;
    MessageBanner *m_banner;
    QLabel *m_runsTitle;
    QVBoxLayout *m_runs;
    QList<OfferRunRow *> m_runRows;
};

} // namespace Tessera
