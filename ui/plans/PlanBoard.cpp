#include "PlanBoard.h"

#include "ActivityCard.h"
#include "models/core/LoadStatus.h"
#include "models/plans/PlanActivitiesDocument.h"
#include "models/plans/PlanPalette.h"
#include "models/reference/ReferenceData.h"
#include "ui/common/Spacing.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

PlanBoard::PlanBoard(PlanActivitiesDocument *document, PlanPalette *palette,
                     ReferenceData *reference, QWidget *tabStart, QWidget *parent)
    : QScrollArea(parent)
    , m_document(document)
    , m_palette(palette)
    , m_reference(reference)
    , m_tabStart(tabStart)
    , m_board(new QWidget(this))
{
    m_board->setObjectName(u"planBoard"_s);
    auto *layout = new QHBoxLayout(m_board);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Spacing::Normal);
    layout->addStretch(1);
    setObjectName(u"planBoardArea"_s);
    setWidget(m_board);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    // Tab goes to the stage columns and cards themselves (the area scrolls to the one focused);
    // the area as a focus stop would show no focus of its own.
    setFocusPolicy(Qt::NoFocus);
}

void PlanBoard::setPlan(RecordList<InterviewStage> *stages, const QString &jobId)
{
    m_stages = stages;
    m_jobId = jobId;
}

RecordList<InterviewStage> *PlanBoard::stages() const
{
    return m_stages;
}

bool PlanBoard::isReady() const
{
    return m_stages && m_stages->status()->hasLoaded()
        && m_document->status()->state() == LoadState::Ready;
}

StageColumn *PlanBoard::column(const QString &stageId) const
{
    for (StageColumn *column : m_columns)
        if (column->stageId() == stageId)
            return column;
    return nullptr;
}

ActivityCard *PlanBoard::card(const QString &activityId) const
{
    for (StageColumn *column : m_columns)
        for (ActivityCard *card : column->cards())
            if (card->activityId() == activityId)
                return card;
    return nullptr;
}

QString PlanBoard::stageTitle(const QString &stageId) const
{
    const InterviewStage *stage = m_stages ? m_stages->find(stageId) : nullptr;
    return stage ? stage->title : stageId;
}

QString PlanBoard::groupTitle(const InterviewStage &stage) const
{
    const StageGroup *group = m_reference->stageGroups()->find(stage.groupId);
    return group ? group->title : QString();
}

QString PlanBoard::focusedActivityId()
{
    for (QWidget *widget = QApplication::focusWidget(); widget; widget = widget->parentWidget())
        if (auto *card = qobject_cast<ActivityCard *>(widget))
            return card->activityId();
    return {};
}

QString PlanBoard::focusedStageId()
{
    for (QWidget *widget = QApplication::focusWidget(); widget; widget = widget->parentWidget())
        if (auto *column = qobject_cast<StageColumn *>(widget))
            return column->stageId();
    return {};
}

StageColumn *PlanBoard::makeColumn(const InterviewStage &stage)
{
    auto *column = new StageColumn(stage.id, stage.title, groupTitle(stage), m_board);
    for (const PlanAutomation &automation : m_document->automations())
        if (automation.interviewStageId == stage.id
            && (automation.jobId.isEmpty() || automation.jobId == m_jobId))
            column->addAutomation(automation, m_palette->integrationName(automation.integrationId));
    for (const PlanActivity &activity : m_document->activitiesOn(stage.id)) {
        auto *card = new ActivityCard(activity, m_palette->integrationName(activity.integrationId));
        connect(card, &ActivityCard::fixRequested, this, &PlanBoard::fixRequested);
        column->addCard(card);
    }
    column->setDropHandler([this](const QMimeData *mime, const QString &stageId, int index) {
        return m_onDrop && m_onDrop(mime, stageId, index);
    });
    connect(column, &StageColumn::addRequested, this, &PlanBoard::addRequested);
    return column;
}

void PlanBoard::rebuild()
{
    QString focusActivity = m_focusActivity;
    QString focusStage = m_focusStage;
    const bool hadFocus = m_board->isAncestorOf(QApplication::focusWidget());
    if (hadFocus && focusActivity.isEmpty() && focusStage.isEmpty()) {
        focusActivity = focusedActivityId();
        focusStage = focusedStageId();
    }
    m_focusActivity.clear();
    m_focusStage.clear();

    auto *layout = static_cast<QHBoxLayout *>(m_board->layout());
    for (StageColumn *column : std::as_const(m_columns)) {
        layout->removeWidget(column);
        column->hide();
        // A drop or a Fix button of this column may still be on the stack.
        column->deleteLater();
    }
    m_columns.clear();

    if (isReady()) {
        QWidget *previous = m_tabStart;
        for (const InterviewStage &stage : m_stages->records()) {
            if (stage.isArchive())
                continue;
            StageColumn *column = makeColumn(stage);
            layout->insertWidget(layout->count() - 1, column);
            // Shown now, not by the layout later: the keyboard can go to it at once.
            column->show();
            m_columns.append(column);
            // Tab goes through the columns left to right, each with its cards.
            setTabOrder(previous, column);
            previous = column;
            for (ActivityCard *card : column->cards()) {
                setTabOrder(previous, card);
                previous = card;
                for (QPushButton *button : card->fixButtons()) {
                    setTabOrder(previous, button);
                    previous = button;
                }
            }
            setTabOrder(previous, column->addButton());
            previous = column->addButton();
        }
    }

    if (ActivityCard *focusCard = card(focusActivity))
        focusCard->setFocus();
    else if (StageColumn *focusColumn = column(focusStage))
        focusColumn->setFocus();
}

} // namespace Tessera
