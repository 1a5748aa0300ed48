#pragma once

#include "models/domain/ArchiveReason.h"
#include "RecordList.h"

#include <QAbstractListModel>
#include <QList>

namespace Tessera {

class LoadStatus;

// The active archive reasons of the connection's reference data, in the backend's order.
class ArchiveReasonsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveReasonsModel)
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        ReasonTypeRole, // RejectedByOrg, RejectedByCandidate, Other
    };

    explicit ArchiveReasonsModel(RecordList<ArchiveReason> *reasons, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Loads the reasons the first time; reload() asks the backend again.
    void load();
    void reload();
    LoadStatus *status() const;
    const QList<ArchiveReason> &reasons() const { return m_source->records(); }
    int rowOf(const QString &reasonId) const { return m_source->indexOf(reasonId); }

private:
    RecordList<ArchiveReason> *m_source;
};

} // namespace Tessera
