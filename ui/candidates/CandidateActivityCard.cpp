#include "CandidateActivityCard.h"

#include "models/api/ActivityProtocol.h"
#include "models/api/PlanProtocol.h"
#include "models/core/DisplayText.h"
#include "ui/common/Card.h"
#include "ui/common/DataAgeLabel.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/Retranslator.h"
#include "ui/common/Spacing.h"
#include "ui/common/StatusChip.h"
#include "ui/common/TextStyle.h"
#include "WorkflowFieldsForm.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {

namespace Status = Protocol::ActivityStatus;

bool isStatus(const QString &status, const char *name)
{
    return status == QLatin1StringView(name);
}

StatusPalette::Status paletteStatus(const CandidateActivity &activity)
{
    if (activity.stuck)
        return StatusPalette::Status::Attention;
    if (activity.isRunning())
        return StatusPalette::Status::InProgress;
    if (isStatus(activity.status, Status::completed))
        return StatusPalette::Status::Ok;
    if (isStatus(activity.status, Status::failed))
        return StatusPalette::Status::Failing;
    if (isStatus(activity.status, Status::notStarted))
        return StatusPalette::Status::Available;
    return StatusPalette::Status::Unavailable; // cancelled
}

bool isWorkflow(const CandidateActivity &activity)
{
    return activity.kind == QLatin1StringView(Protocol::ActivityKind::externalWorkflow);
}

bool isVideoInvite(const CandidateActivity &activity)
{
    return activity.kind == QLatin1StringView(Protocol::ActivityKind::videoInvite);
}

QPushButton *button(const QString &objectName, QWidget *parent)
{
    auto *pushButton = new QPushButton(parent);
    pushButton->setObjectName(objectName);
    return pushButton;
}

QHBoxLayout *row()
{
    auto *layout = new QHBoxLayout;
    Spacing::setGroupMargins(layout);
    return layout;
}

QString resultText(const QJsonObject &result)
{
    const QJsonValue value = result.value(u"value"_s);
    if (value.isUndefined() || value.isNull())
        return {};
    const QString label = result.value(u"label"_s).toString();
    const QString text = value.isDouble() ? QLocale().toString(value.toDouble())
                       : value.isBool()   ? (value.toBool() ? CandidateActivityCard::tr("passed")
                                                            : CandidateActivityCard::tr("not passed"))
                                          : value.toString();
    return label.isEmpty() ? text : CandidateActivityCard::tr("%1: %2").arg(label, text);
}

} // namespace

CandidateActivityCard::CandidateActivityCard(QWidget *parent)
    : QWidget(parent)
    , m_card(new Card({}, this))
    , m_glyph(new QLabel(this))
    , m_title(new QLabel(this))
    , m_chip(new StatusChip(this))
    , m_meta(new QLabel(this))
    , m_stuck(new QLabel(this))
    , m_result(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_confirm(new QWidget(this))
    , m_confirmText(new QLabel(m_confirm))
    , m_fields(new WorkflowFieldsForm(m_confirm))
    , m_confirmStart(button(u"activityConfirmStart"_s, m_confirm))
    , m_confirmBack(button(u"activityConfirmBack"_s, m_confirm))
    , m_cancelForm(new QWidget(this))
    , m_reasonLabel(new QLabel(m_cancelForm))
    , m_reason(new QLineEdit(m_cancelForm))
    , m_confirmCancel(button(u"activityConfirmCancel"_s, m_cancelForm))
    , m_keep(button(u"activityKeepRunning"_s, m_cancelForm))
    , m_start(button(u"activityStart"_s, this))
    , m_cancel(button(u"activityCancel"_s, this))
    , m_view(button(u"activityViewResult"_s, this))
    , m_historyToggle(new QToolButton(this))
    , m_history(new QLabel(this))
{
    setObjectName(u"activityCard"_s);
    m_glyph->setObjectName(u"activityGlyph"_s);
    m_title->setObjectName(u"activityTitle"_s);
    m_chip->setObjectName(u"activityStatus"_s);
    m_meta->setObjectName(u"activityMeta"_s);
    m_stuck->setObjectName(u"activityStuck"_s);
    m_result->setObjectName(u"activityResult"_s);
    m_banner->setObjectName(u"activityError"_s);
    m_confirm->setObjectName(u"activityConfirm"_s);
    m_confirmText->setObjectName(u"activityConfirmText"_s);
    m_cancelForm->setObjectName(u"activityCancelForm"_s);
    m_reason->setObjectName(u"activityCancelReason"_s);
    m_historyToggle->setObjectName(u"activityHistoryToggle"_s);
    m_history->setObjectName(u"activityHistory"_s);
    TextStyle::apply(m_title, TextStyle::Role::Section);
    TextStyle::apply(m_meta, TextStyle::Role::Caption);
    for (QLabel *label : {m_title, m_meta, m_stuck, m_result, m_confirmText, m_history, m_reasonLabel})
        label->setWordWrap(true);
    m_history->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_glyph->setFixedSize(Spacing::Unit * 3, Spacing::Unit * 3);
    m_historyToggle->setCheckable(true);
    m_historyToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_historyToggle->setArrowType(Qt::RightArrow);
    m_historyToggle->setAutoRaise(true);
    m_reasonLabel->setBuddy(m_reason);
    m_reason->setClearButtonEnabled(true);

    auto *top = row();
    top->addWidget(m_glyph, 0, Qt::AlignTop);
    top->addWidget(m_title, 1);
    top->addWidget(m_chip, 0, Qt::AlignTop);
    m_card->body()->addLayout(top);
    m_card->body()->addWidget(m_meta);
    m_card->body()->addWidget(m_stuck);
    m_card->body()->addWidget(m_result);
    m_card->body()->addWidget(m_banner);

    auto *confirm = new QVBoxLayout(m_confirm);
    Spacing::setGroupMargins(confirm);
    confirm->addWidget(m_fields);
    confirm->addWidget(m_confirmText);
    auto *confirmButtons = row();
    confirmButtons->addStretch(1);
    confirmButtons->addWidget(m_confirmBack);
    confirmButtons->addWidget(m_confirmStart);
    confirm->addLayout(confirmButtons);
    m_card->body()->addWidget(m_confirm);

    auto *cancel = new QVBoxLayout(m_cancelForm);
    Spacing::setGroupMargins(cancel);
    cancel->addWidget(m_reasonLabel);
    cancel->addWidget(m_reason);
    auto *cancelButtons = row();
    cancelButtons->addStretch(1);
    cancelButtons->addWidget(m_keep);
    cancelButtons->addWidget(m_confirmCancel);
    cancel->addLayout(cancelButtons);
    m_card->body()->addWidget(m_cancelForm);

    auto *actions = row();
    actions->addWidget(m_historyToggle);
    actions->addStretch(1);
    actions->addWidget(m_start);
    actions->addWidget(m_cancel);
    actions->addWidget(m_view);
    m_card->body()->addLayout(actions);
    m_card->body()->addWidget(m_history);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_card);
    m_confirm->hide();
    m_cancelForm->hide();
    m_history->hide();

    connect(m_start, &QPushButton::clicked, this, [this] {
        if (isWorkflow(m_activity))
            Q_EMIT formRequested(m_activity.key());
        showConfirm(true);
    });
    connect(m_confirmBack, &QPushButton::clicked, this, [this] {
        showConfirm(false);
        m_start->setFocus(Qt::OtherFocusReason);
    });
    connect(m_confirmStart, &QPushButton::clicked, this, [this] {
        QJsonObject values;
        if (isWorkflow(m_activity)) {
            if (!m_fields->hasForm() || !m_fields->validate())
                return;
            values = m_fields->values();
        }
        m_lastAction = LastAction::Start;
        Q_EMIT startRequested(m_activity.key(), values);
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] { showCancel(true); });
    connect(m_keep, &QPushButton::clicked, this, [this] {
        showCancel(false);
        m_cancel->setFocus(Qt::OtherFocusReason);
    });
    connect(m_reason, &QLineEdit::textChanged, this, [this] { render(); });
    connect(m_reason, &QLineEdit::returnPressed, m_confirmCancel, &QPushButton::click);
    connect(m_confirmCancel, &QPushButton::clicked, this, [this] {
        if (m_reason->text().trimmed().isEmpty())
            return;
        m_lastAction = LastAction::Cancel;
        Q_EMIT cancelRequested(m_activity.key(), m_reason->text().trimmed());
    });
    connect(m_view, &QPushButton::clicked, this, [this] { Q_EMIT viewRequested(m_activity.resultUrl); });
    connect(m_historyToggle, &QToolButton::toggled, this, [this](bool open) {
        m_historyToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_history->setVisible(open);
    });
    connect(m_banner, &MessageBanner::retryRequested, this, [this] {
        if (m_lastAction == LastAction::Start)
            m_confirmStart->click();
        else if (m_lastAction == LastAction::Cancel)
            m_confirmCancel->click();
    });
    Retranslator::follow(this, [this] {
        m_confirmBack->setText(tr("Back"));
        m_keep->setText(tr("Keep it running"));
        m_historyToggle->setText(tr("History"));
        m_reason->setPlaceholderText(tr("For example: the candidate withdrew"));
        render();
    });
}

QString CandidateActivityCard::statusWord(const CandidateActivity &activity)
{
    if (activity.stuck)
        return tr("Stuck");
    const QString &status = activity.status;
    if (isStatus(status, Status::notStarted))
        return tr("Not started");
    if (isStatus(status, Status::requested))
        return tr("Requested");
    if (isStatus(status, Status::started))
        return tr("Started");
    if (isStatus(status, Status::inProgress))
        return tr("In progress");
    if (isStatus(status, Status::completed))
        return tr("Completed");
    if (isStatus(status, Status::cancelled))
        return tr("Cancelled");
    if (isStatus(status, Status::failed))
        return tr("Failed");
    return DisplayText::words(status);
}

QString CandidateActivityCard::stuckSentence(const QString &integrationName, qint64 seconds)
{
    return tr("%1 has not reported for %2. Check the candidate in %1, or cancel and start again.")
        .arg(integrationName, DisplayText::duration(seconds));
}

void CandidateActivityCard::setActivity(const CandidateActivity &activity,
                                        const QString &integrationName, const Subject &subject,
                                        bool busy, const ApiError &error)
{
    const bool keyChanged = activity.key() != m_activity.key();
    m_activity = activity;
    m_integrationName = integrationName;
    m_subject = subject;
    m_busy = busy;
    m_error = error;
    if (keyChanged) {
        m_confirm->hide();
        m_cancelForm->hide();
    }
    // An action that went through closes its form; a refused one keeps it, with what was typed.
    if (!busy && !error.isError()) {
        if (!m_activity.allows(QLatin1StringView(Protocol::ActivityAction::start)))
            m_confirm->hide();
        if (!m_activity.allows(QLatin1StringView(Protocol::ActivityAction::cancel)))
            m_cancelForm->hide();
    }
    render();
}

void CandidateActivityCard::setForm(const WorkflowForm *form, bool loading)
{
    m_formLoading = loading;
    const bool arrived = form && !m_fields->hasForm();
    if (form)
        m_fields->setForm(*form);
    render();
    // The fields came while the confirmation waited for them: the first one is where to go.
    if (arrived && m_confirm->isVisibleTo(this) && !m_fields->editors().isEmpty())
        m_fields->editors().first()->setFocus(Qt::OtherFocusReason);
}

void CandidateActivityCard::showConfirm(bool shown)
{
    m_confirm->setVisible(shown);
    render();
    if (!shown)
        return;
    if (!isWorkflow(m_activity))
        m_confirmStart->setFocus(Qt::OtherFocusReason);
    else if (m_fields->hasForm() && !m_fields->editors().isEmpty())
        m_fields->editors().first()->setFocus(Qt::OtherFocusReason);
    else
        m_confirmBack->setFocus(Qt::OtherFocusReason);
}

void CandidateActivityCard::showCancel(bool shown)
{
    m_cancelForm->setVisible(shown);
    render();
    if (shown)
        m_reason->setFocus(Qt::OtherFocusReason);
}

void CandidateActivityCard::render()
{
    const CandidateActivity &activity = m_activity;
    const bool workflow = isWorkflow(activity);
    const QString title = activity.title.isEmpty() ? activity.integrationId : activity.title;
    const QString word = statusWord(activity);
    const bool video = isVideoInvite(activity);
    m_glyph->setPixmap(QIcon(video      ? u":/icons/categories/video.svg"_s
                             : workflow ? u":/icons/categories/contract.svg"_s
                                        : u":/icons/categories/shield.svg"_s)
                           .pixmap(Spacing::Unit * 3));
    const QString kind = video      ? tr("Video interview")
                         : workflow ? tr("Workflow")
                                    : tr("Assessment");
    m_glyph->setAccessibleName(kind);
    m_glyph->setToolTip(kind);
    m_title->setText(title);
    m_chip->setStatus(paletteStatus(activity), word);

    m_start->setText(workflow ? tr("&Start workflow") : tr("&Start assessment"));
    m_start->setAccessibleName(workflow ? tr("Start workflow %1").arg(title)
                                        : tr("Start assessment %1").arg(title));
    m_cancel->setText(tr("Cancel…"));
    m_cancel->setAccessibleName(tr("Cancel %1").arg(title));
    m_view->setText(video ? tr("View response") : tr("View result"));
    m_view->setAccessibleName(video ? tr("View response to %1").arg(title)
                                    : tr("View result of %1").arg(title));
    m_historyToggle->setAccessibleName(tr("History of %1").arg(title));
    m_confirmStart->setText(m_busy && m_lastAction == LastAction::Start
                                ? tr("Starting…")
                                : (workflow ? tr("Start workflow") : tr("Start assessment")));
    m_confirmStart->setAccessibleName(tr("Confirm: start %1").arg(title));
    const QString who = m_subject.candidateName.isEmpty() ? tr("the candidate")
                                                          : m_subject.candidateName;
    if (!workflow)
        m_confirmText->setText(
            tr("%1 receives %2's name, email address and profile link and the job \"%3\", and "
               "starts \"%4\" for them.")
                .arg(m_integrationName, who, m_subject.jobTitle, title));
    else if (m_formLoading || !m_fields->hasForm())
        m_confirmText->setText(tr("Loading the fields of \"%1\"…").arg(title));
    else
        m_confirmText->setText(tr("Check the fields above: %1 receives them and starts \"%2\" "
                                  "for %3.")
                                   .arg(m_integrationName, title, who));
    m_fields->setVisible(workflow && m_fields->hasForm());
    m_fields->setEditorsEnabled(!m_busy);
    m_reasonLabel->setText(tr("&Why is it cancelled? %1 is told this reason.").arg(m_integrationName));
    m_reason->setAccessibleName(tr("Reason for cancelling %1").arg(title));
    m_confirmCancel->setText(m_busy && m_lastAction == LastAction::Cancel
                                 ? tr("Cancelling…")
                                 : (workflow ? tr("Cancel workflow") : tr("Cancel assessment")));
    m_confirmCancel->setAccessibleName(tr("Confirm: cancel %1").arg(title));

    const bool canStart = activity.allows(QLatin1StringView(Protocol::ActivityAction::start));
    const bool canCancel = activity.allows(QLatin1StringView(Protocol::ActivityAction::cancel));
    const bool canView = activity.allows(QLatin1StringView(Protocol::ActivityAction::view))
        && !activity.resultUrl.isEmpty();
    m_start->setVisible(canStart && !m_confirm->isVisibleTo(this));
    m_start->setEnabled(!m_busy);
    m_confirmStart->setEnabled(!m_busy && (!workflow || m_fields->hasForm()));
    m_confirmBack->setEnabled(!m_busy);
    m_cancel->setVisible(canCancel && !m_cancelForm->isVisibleTo(this));
    m_cancel->setEnabled(!m_busy);
    m_confirmCancel->setEnabled(!m_busy && !m_reason->text().trimmed().isEmpty());
    m_keep->setEnabled(!m_busy);
    m_reason->setEnabled(!m_busy);
    m_view->setVisible(canView);
    m_view->setToolTip(activity.resultUrl);
    m_historyToggle->setVisible(!activity.history.isEmpty());

    const QString result = resultText(activity.result);
    QStringList resultLines;
    if (!result.isEmpty())
        resultLines << result;
    if (!activity.cancelledReason.isEmpty())
        resultLines << tr("Cancelled because: %1").arg(activity.cancelledReason);
    m_result->setText(resultLines.join(u'\n'));
    m_result->setVisible(!resultLines.isEmpty());

    QStringList history;
    for (const ActivityStatusEntry &entry : activity.history) {
        CandidateActivity step;
        step.status = entry.status;
        history << tr("%1 — %2 (%3)")
                       .arg(DisplayText::dateTime(entry.at.toLocalTime()), entry.label,
                            statusWord(step));
    }
    m_history->setText(history.join(u'\n'));
    m_history->setAccessibleName(tr("History of %1").arg(title));

    if (m_error.isError()) {
        // The partner's own sentence, verbatim; trouble reaching it can be retried.
        const bool refused = m_error.code() == QLatin1StringView(Protocol::ActivityError::partnerRefused)
            || m_error.kind() == ApiError::Kind::Logical;
        const bool retry = !refused
            || m_error.code() == QLatin1StringView(Protocol::ActivityError::partnerUnavailable);
        m_banner->showMessage(StatusPalette::Status::Failing, m_error.userMessage(),
                              m_error.details(),
                              retry || m_error.isTransient()
                                  || m_error.kind() == ApiError::Kind::Transport);
    } else {
        m_banner->clear();
    }
    updateAge();
    setAccessibleName(tr("%1, %2").arg(title, word));
    m_card->setAccessibleName(accessibleName());
}

void CandidateActivityCard::updateAge()
{
    const QDateTime changed = m_activity.lastChangedAt();
    const qint64 seconds = changed.isValid()
        ? qMax<qint64>(0, changed.secsTo(QDateTime::currentDateTimeUtc()))
        : -1;
    QStringList parts{m_integrationName};
    // A waiting invite's label is the backend's, not the partner's: say when it looks instead.
    if (!m_activity.statusLabel.isEmpty() && !m_activity.dueAt.isValid())
        parts << tr("%1 says \"%2\"").arg(m_integrationName, m_activity.statusLabel);
    if (seconds >= 0)
        parts << DataAgeLabel::ageText(seconds);
    else if (m_activity.id.isEmpty())
        parts << (m_activity.planActivityId.isEmpty() ? QString()
                                                      : tr("From the interview plan"));
    if (m_activity.dueAt.isValid()) {
        const QDateTime due = m_activity.dueAt.toLocalTime();
        const QDateTime now = QDateTime::currentDateTime();
        if (due <= now)
            parts << tr("%1 looks at its next sync, due now").arg(m_integrationName);
        else
            parts << tr("%1 looks at its next sync, due %2")
                         .arg(m_integrationName,
                              due.date() == now.date()
                                  ? QLocale().toString(due.time(), QLocale::ShortFormat)
                                  : DisplayText::dateTime(due));
    }
    parts.removeAll(QString());
    if (m_busy)
        parts << tr("Waiting for %1…").arg(m_integrationName);
    m_meta->setText(parts.join(u" · "_s));
    m_stuck->setVisible(m_activity.stuck);
    if (m_activity.stuck)
        m_stuck->setText(stuckSentence(m_integrationName, qMax<qint64>(0, seconds)));
}

QList<QWidget *> CandidateActivityCard::focusChain() const
{
    QList<QWidget *> chain{m_historyToggle, m_start, m_cancel, m_view};
    chain << m_fields->editors();
    chain << QList<QWidget *>{m_confirmBack, m_confirmStart, m_reason, m_keep, m_confirmCancel};
    return chain;
}

void CandidateActivityCard::focusFirstAction()
{
    for (QWidget *widget : {static_cast<QWidget *>(m_view), static_cast<QWidget *>(m_cancel),
                            static_cast<QWidget *>(m_start), static_cast<QWidget *>(m_historyToggle)})
        if (widget->isVisibleTo(this) && widget->isEnabled()) {
            widget->setFocus(Qt::OtherFocusReason);
            return;
        }
}

} // namespace Tessera
