#pragma once

#include "models/activities/CandidateActivity.h"
#include "models/api/ApiError.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace Tessera {

class Card;
class MessageBanner;
class StatusChip;
class WorkflowFieldsForm;
struct WorkflowForm;

// One activity of the open application on the Activities tab: kind glyph, title, integration,
// status as a chip (word, icon, colour), the partner's own word, "Updated 12 s ago", what to do
// when it is stuck, the result, and its history on expand. Actions come from the server's
// allowedActions: Start (confirmed inline first: what is sent to whom; a workflow's fields to
// check and edit, required ones checked before anything is sent), Cancel (asks why,
// inline), View result. A refusal shows inline with the partner's sentence; what was typed or
// chosen stays.
class CandidateActivityCard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidateActivityCard)
public:
    // Who and what a start sends, for the confirmation.
    struct Subject
    {
        QString candidateName;
        QString jobTitle;
    };

    explicit CandidateActivityCard(QWidget *parent = nullptr);

    void setActivity(const CandidateActivity &activity, const QString &integrationName,
                     const Subject &subject, bool busy, const ApiError &error);
    // A workflow's start form once the server gave it (null while it loads).
    void setForm(const WorkflowForm *form, bool loading);
    const CandidateActivity &activity() const { return m_activity; }
    // "Updated N s ago" and the stuck sentence again (a clock ticks while the tab is shown).
    void updateAge();
    // The card's focusable parts in order, for the tab's focus chain.
    QList<QWidget *> focusChain() const;
    // Moves focus to its first enabled action.
    void focusFirstAction();

    // Texts the view and the tests share.
    static QString statusWord(const CandidateActivity &activity);
    static QString stuckSentence(const QString &integrationName, qint64 seconds);

Q_SIGNALS:
    // `values`: a workflow's fields as confirmed (empty for an assessment).
    void startRequested(const QString &key, const QJsonObject &values);
    // Start was pressed on a workflow: its fields are needed.
    void formRequested(const QString &key);
    void cancelRequested(const QString &key, const QString &reason);
    void viewRequested(const QString &url);

private:
    enum class LastAction { None, Start, Cancel };

    void render();
    void showConfirm(bool shown);
    void showCancel(bool shown);

    CandidateActivity m_activity;
    QString m_integrationName;
    Subject m_subject;
    bool m_busy = false;
    bool m_formLoading = false;
    ApiError m_error;
    LastAction m_lastAction = LastAction::None;

    Card *m_card;
    QLabel *m_glyph;
    QLabel *m_title;
    StatusChip *m_chip;
    QLabel *m_meta;
    QLabel *m_stuck;
    QLabel *m_result;
    MessageBanner *m_banner;
    QWidget *m_confirm;
    QLabel *m_confirmText;
    WorkflowFieldsForm *m_fields;
    QPushButton *m_confirmStart;
    QPushButton *m_confirmBack;
    QWidget *m_cancelForm;
    QLabel *m_reasonLabel;
    QLineEdit *m_reason;
    QPushButton *m_confirmCancel;
    QPushButton *m_keep;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QPushButton *m_view;
    QToolButton *m_historyToggle;
    QLabel *m_history;
};

} // namespace Tessera
