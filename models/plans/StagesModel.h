#pragma once

#include "models/api/ApiError.h"
#include "models/core/LoadState.h"
#include "models/domain/InterviewStage.h"

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QList>
#include <QPointer>

namespace Tessera {

class ApiCall;
class ApiClient;

// The stages of one interview plan in plan order (interviewStage.list), with their type. The
// stage an application is in can be marked current: it is shown but not enabled, so a stage
// picker cannot choose it.
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

    explicit StagesModel(ApiClient *client, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Fetches the plan's stages; a load still running is cancelled.
    void load(const QString &interviewPlanId);
    void reload();
    QString interviewPlanId() const { return m_planId; }
    LoadState state() const { return m_state; }
    const ApiError &lastError() const { return m_lastError; }

    void setCurrentStageId(const QString &stageId);
    QString currentStageId() const { return m_currentStageId; }

    // Replaces the rows with decoded interviewStage.list results, sorted by plan order.
    // Returns how many records could not be decoded (skipped; see lastDecodeError()).
    int setStages(const QJsonArray &results);
    const QList<InterviewStage> &stages() const { return m_stages; }
    const InterviewStage *stage(int row) const;
    int rowOf(const QString &stageId) const;
    QString lastDecodeError() const { return m_lastDecodeError; }

Q_SIGNALS:
    void stateChanged(Tessera::LoadState state);

private:
    void setState(LoadState state);

    QPointer<ApiClient> m_client;
    QPointer<ApiCall> m_call;
    QString m_planId;
    QString m_currentStageId;
    QList<InterviewStage> m_stages;
    LoadState m_state = LoadState::Idle;
    ApiError m_lastError;
    QString m_lastDecodeError;
};

} // namespace Tessera
