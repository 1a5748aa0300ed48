#pragma once

#include "models/api/ApiError.h"
#include "models/core/LoadState.h"
#include "models/domain/ArchiveReason.h"

#include <QAbstractListModel>
#include <QJsonArray>
#include <QList>
#include <QPointer>

namespace Tessera {

class ApiCall;
class ApiClient;

// The active archive reasons (archiveReason.list), in the backend's order.
class ArchiveReasonsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveReasonsModel)
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        ReasonTypeRole, // RejectedByOrg, RejectedByCandidate, Other
    };

    explicit ArchiveReasonsModel(ApiClient *client, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Fetches the reasons; a load still running is cancelled.
    void load();
    LoadState state() const { return m_state; }
    const ApiError &lastError() const { return m_lastError; }

    // Replaces the rows with decoded archiveReason.list results; returns how many were skipped.
    int setReasons(const QJsonArray &results);
    const QList<ArchiveReason> &reasons() const { return m_reasons; }
    int rowOf(const QString &reasonId) const;
    QString lastDecodeError() const { return m_lastDecodeError; }

Q_SIGNALS:
    void stateChanged(Tessera::LoadState state);

private:
    void setState(LoadState state);

    QPointer<ApiClient> m_client;
    QPointer<ApiCall> m_call;
    QList<ArchiveReason> m_reasons;
    LoadState m_state = LoadState::Idle;
    ApiError m_lastError;
    QString m_lastDecodeError;
};

} // namespace Tessera
