#pragma once

#include "models/api/ApiError.h"
#include "models/core/LoadState.h"
#include "models/domain/InterviewStage.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace Tessera {

class ReferenceData;
template<typename T>
class RecordList;

// The stages of one interview plan in plan order, with their type, from the connection's
// reference data (one fetch per plan, shared with every other view). The stage an application
// is in can be marked current: it is shown but not enabled, so a stage picker cannot choose it.
class StagesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StagesModel)
public:
    enum Column { TitleColumn, TypeColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        TypeRole,      // Lead, PreInterviewScreen, Active, Offer, Hired, Archived
        OrderRole,     // int
        IsCurrentRole, // bool
    };

    explicit StagesModel(ReferenceData *reference, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Shows the plan's stages (loading them if no view has yet); reload() asks again.
    void load(const QString &interviewPlanId);
    void reload();
    QString interviewPlanId() const { return m_planId; }
    // The state of the shown plan's stages; Idle without a plan.
    LoadState state() const;
    ApiError lastError() const;

    void setCurrentStageId(const QString &stageId);
    QString currentStageId() const { return m_currentStageId; }

    const QList<InterviewStage> &stages() const { return m_stages; }
    const InterviewStage *stage(int row) const;
    int rowOf(const QString &stageId) const;

Q_SIGNALS:
    // The shown plan changed, or its stages' state did.
    void stateChanged(Tessera::LoadState state);

private:
    void takeStages();

    ReferenceData *m_reference;
    QPointer<RecordList<InterviewStage>> m_source;
    QString m_planId;
    QString m_currentStageId;
    QList<InterviewStage> m_stages; // the source's, in plan order
};

} // namespace Tessera
