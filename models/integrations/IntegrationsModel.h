#pragma once

#include "models/api/ApiError.h"
#include "models/core/LoadState.h"
#include "models/domain/Integration.h"
#include "models/reference/RecordList.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>

namespace Tessera {

class ApiClient;

// The marketplace: every integration of the catalog with the organisation's state, one row
// each, from the connection's shared integrations list; refreshed as a whole or one
// integration at a time (integration.info after a change made elsewhere).
class IntegrationsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntegrationsModel)
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        CategoryRole,
        DescriptionRole,
        StateRole,       // Integration::State as int
        StateTextRole,   // "Enabled", "Needs attention", ...
        StateReasonRole,
        PlansRole,       // QStringList
        SearchTextRole,  // name, category and description, for filtering
    };

    IntegrationsModel(RecordList<Integration> *integrations, ApiClient *client,
                      QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Loads the list the first time; reload() asks the backend again.
    void load();
    void reload();
    // Re-reads one integration (integration.info) after a change made elsewhere.
    void refresh(const QString &integrationId);
    // Replaces a row with a state an action answered with.
    void apply(const Integration &integration);

    LoadStatus *status() const { return m_source->status(); }
    const QList<Integration> &integrations() const { return m_source->records(); }
    const Integration *find(const QString &integrationId) const;
    int rowOf(const QString &integrationId) const;
    QStringList categories() const;

    static QString stateText(Integration::State state);

Q_SIGNALS:
    void integrationChanged(const QString &integrationId);

private:
    RecordList<Integration> *m_source;
    QPointer<ApiClient> m_client;
};

} // namespace Tessera
