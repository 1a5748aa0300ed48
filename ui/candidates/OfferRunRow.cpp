#include "OfferRunRow.h"

#include "CandidateActivityCard.h"
#include "models/api/ActivityProtocol.h"
#include "models/core/DisplayText.h"
#include "ui/common/Retranslator.h"
#include "ui/common/StatusChip.h"
#include "ui/common/TextStyle.h"
#include "ui/common/WebLink.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {

StatusPalette::Status runPalette(const CandidateActivity &run)
{
    if (run.stuck && run.isRunning())
        return StatusPalette::Status::Attention; // as on the Activities tab
    if (run.isRunning())
        return StatusPalette::Status::InProgress;
    if (run.status == QLatin1StringView(Protocol::ActivityStatus::completed))
        return StatusPalette::Status::Ok;
    if (run.status == QLatin1StringView(Protocol::ActivityStatus::failed))
        return StatusPalette::Status::Failing;
    return StatusPalette::Status::Unavailable;
}

} // namespace

OfferRunRow::OfferRunRow(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_label(new QLabel(this))
    , m_chip(new StatusChip(this))
    , m_historyToggle(new QToolButton(this))
    , m_view(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_history(new QLabel(this))
    , m_stuck(new QLabel(this))
    , m_cancelForm(new QWidget(this))
    , m_reasonLabel(new QLabel(m_cancelForm))
    , m_reason(new QLineEdit(m_cancelForm))
    , m_keep(new QPushButton(m_cancelForm))
    , m_confirmCancel(new QPushButton(m_cancelForm))
{
    setObjectName(u"offerRun"_s);
    m_chip->setObjectName(u"offerRunStatus"_s);
    m_historyToggle->setObjectName(u"offerRunHistoryToggle"_s);
    m_history->setObjectName(u"offerRunHistory"_s);
    m_view->setObjectName(u"offerRunView"_s);
    m_cancel->setObjectName(u"offerRunCancel"_s);
    m_stuck->setObjectName(u"offerRunStuck"_s);
    m_reason->setObjectName(u"offerRunCancelReason"_s);
    m_confirmCancel->setObjectName(u"offerRunConfirmCancel"_s);
    TextStyle::apply(m_label, TextStyle::Role::Caption);
    for (QLabel *label : {m_title, m_label, m_history, m_stuck, m_reasonLabel})
        label->setWordWrap(true);
    m_history->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_historyToggle->setCheckable(true);
    m_historyToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_historyToggle->setArrowType(Qt::RightArrow);
    m_historyToggle->setAutoRaise(true);
    m_historyToggle->setFocusPolicy(Qt::StrongFocus);
    m_reasonLabel->setBuddy(m_reason);

    // Two lines, so a long title or a translation never pushes the actions out of the panel.
    auto *line = new QHBoxLayout;
    line->setContentsMargins(0, 0, 0, 0);
    line->addWidget(m_title, 1);
    line->addWidget(m_chip);
    auto *actions = new QHBoxLayout;
    actions->setContentsMargins(0, 0, 0, 0);
    actions->addWidget(m_label, 1);
    actions->addWidget(m_historyToggle);
    actions->addWidget(m_view);
    actions->addWidget(m_cancel);

    auto *cancelLine = new QHBoxLayout(m_cancelForm);
    cancelLine->setContentsMargins(0, 0, 0, 0);
    cancelLine->addWidget(m_reasonLabel);
    cancelLine->addWidget(m_reason, 1);
    cancelLine->addWidget(m_keep);
    cancelLine->addWidget(m_confirmCancel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(line);
    layout->addLayout(actions);
    layout->addWidget(m_stuck);
    layout->addWidget(m_history);
    layout->addWidget(m_cancelForm);
    m_history->hide();
    m_cancelForm->hide();

    connect(m_historyToggle, &QToolButton::toggled, this, [this](bool open) {
        m_historyToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_history->setVisible(open);
    });
    connect(m_view, &QPushButton::clicked, this, [this] { WebLink::open(m_run.resultUrl); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancelForm->show();
        m_reason->setFocus(Qt::OtherFocusReason);
    });
    connect(m_keep, &QPushButton::clicked, this, [this] {
        m_cancelForm->hide();
        m_cancel->setFocus(Qt::OtherFocusReason);
    });
    const auto confirm = [this] {
        if (m_reason->text().trimmed().isEmpty()) {
            m_reason->setFocus(Qt::OtherFocusReason);
            return;
        }
        Q_EMIT cancelRequested(m_run.id, m_reason->text().trimmed());
    };
    connect(m_confirmCancel, &QPushButton::clicked, this, confirm);
    connect(m_reason, &QLineEdit::returnPressed, this, confirm);
    connect(m_reason, &QLineEdit::textChanged, this, &OfferRunRow::render);
    Retranslator::follow(this, [this] {
        m_historyToggle->setText(tr("History"));
        m_view->setText(tr("View result"));
        m_cancel->setText(tr("Cancel…"));
        m_reasonLabel->setText(tr("Why cancel?"));
        m_keep->setText(tr("Keep running"));
        render();
    });
}

QString OfferRunRow::stuckSentence(qint64 seconds)
{
    return tr("No news from Juro for %1. Check the contract's status in Juro, or cancel the run "
              "and start the workflow again.")
        .arg(DisplayText::duration(seconds));
}

void OfferRunRow::setRun(const CandidateActivity &run, bool busy)
{
    const bool finished = !m_run.id.isEmpty() && !m_run.isFinal() && run.isFinal();
    m_run = run;
    m_busy = busy;
    if (finished || !run.allows(QLatin1StringView(Protocol::ActivityAction::cancel))) {
        if (m_cancelForm->isVisible() && m_cancelForm->isAncestorOf(focusWidget()))
            setFocus(Qt::OtherFocusReason);
        m_cancelForm->hide();
        m_reason->clear();
    }
    render();
}

void OfferRunRow::render()
{
    const CandidateActivity &run = m_run;
    const QString word = CandidateActivityCard::statusWord(run);
    m_title->setText(run.title);
    m_label->setText(run.statusLabel.isEmpty() ? QString()
                                               : tr("Juro says \"%1\"").arg(run.statusLabel));
    m_chip->setStatus(runPalette(run), word);
    setAccessibleName(tr("%1, %2").arg(run.title, word));

    QStringList history;
    for (const ActivityStatusEntry &entry : run.history) {
        CandidateActivity step;
        step.status = entry.status;
        history << tr("%1 — %2 (%3)")
                       .arg(DisplayText::dateTime(entry.at.toLocalTime()), entry.label,
                            CandidateActivityCard::statusWord(step));
    }
    m_history->setText(history.join(u'\n'));
    m_historyToggle->setVisible(!run.history.isEmpty());
    m_historyToggle->setAccessibleName(tr("History of %1").arg(run.title));
    m_history->setAccessibleName(tr("History of %1").arg(run.title));

    const bool stuck = run.stuck && run.isRunning();
    m_stuck->setVisible(stuck);
    if (stuck) {
        const QDateTime since = run.lastChangedAt();
        m_stuck->setText(stuckSentence(
            since.isValid() ? qMax<qint64>(0, since.secsTo(QDateTime::currentDateTimeUtc())) : 0));
    }

    m_view->setVisible(run.allows(QLatin1StringView(Protocol::ActivityAction::view))
                       && !run.resultUrl.isEmpty());
    m_view->setAccessibleName(tr("View the result of %1").arg(run.title));
    m_cancel->setVisible(run.allows(QLatin1StringView(Protocol::ActivityAction::cancel)));
    m_cancel->setEnabled(!m_busy);
    m_cancel->setAccessibleName(tr("Cancel %1").arg(run.title));
    m_reason->setEnabled(!m_busy);
    m_keep->setEnabled(!m_busy);
    m_confirmCancel->setText(m_busy ? tr("Cancelling…") : tr("Cancel run"));
    m_confirmCancel->setEnabled(!m_busy && !m_reason->text().trimmed().isEmpty());
}

} // namespace Tessera
