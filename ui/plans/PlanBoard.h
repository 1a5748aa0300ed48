#pragma once

#include "StageColumn.h"

#include <QPointer>
#include <QScrollArea>

namespace Tessera {

class ActivityCard;
struct InterviewStage;
class PlanActivitiesDocument;
class PlanPalette;
class ReferenceData;
template<typename T>
class RecordList;

// The designer's board: the plan's stages as columns left to right (archived stages left
// out), each with the automations that fire there and its activity cards, scrolling sideways.
// Rebuilt from the document after every change; the keyboard stays on the same card or stage
// (by id), or goes where an edit asked for (focusCardNext, focusStageNext). Tab runs from the job
// picker through the columns, each with its cards and their Fix buttons.
class PlanBoard final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanBoard)
public:
    PlanBoard(PlanActivitiesDocument *document, PlanPalette *palette, ReferenceData *reference,
              QWidget *tabStart, QWidget *parent = nullptr);

    // The stages of the job's plan (the job filters its automations).
    void setPlan(RecordList<InterviewStage> *stages, const QString &jobId);
    RecordList<InterviewStage> *stages() const;
    // Drops on a column go here.
    void setDropHandler(StageColumn::DropHandler handler) { m_onDrop = std::move(handler); }

    QList<StageColumn *> columns() const { return m_columns; }
    StageColumn *column(const QString &stageId) const;
    ActivityCard *card(const QString &activityId) const;
    QString stageTitle(const QString &stageId) const;
    // Whether the document and the stages are loaded (the board shows columns).
    bool isReady() const;

    // The card or stage with the keyboard focus (or inside which it is); empty when none.
    static QString focusedActivityId();
    static QString focusedStageId();
    // After the next rebuild, focus this card, else this stage (empty: as it is now).
    void focusCardNext(const QString &activityId) { m_focusActivity = activityId; }
    void focusStageNext(const QString &stageId) { m_focusStage = stageId; }

    void rebuild();

Q_SIGNALS:
    void fixRequested(const QString &activityId, const QString &problemCode);
    void addRequested(const QString &stageId);

private:
    QString groupTitle(const InterviewStage &stage) const;
    StageColumn *makeColumn(const InterviewStage &stage);

    PlanActivitiesDocument *m_document;
    PlanPalette *m_palette;
    ReferenceData *m_reference;
    QWidget *m_tabStart;
    QWidget *m_board;
    QPointer<RecordList<InterviewStage>> m_stages;
    QString m_jobId;
    StageColumn::DropHandler m_onDrop;
    QList<StageColumn *> m_columns;
    QString m_focusActivity;
    QString m_focusStage;
};

} // namespace Tessera
