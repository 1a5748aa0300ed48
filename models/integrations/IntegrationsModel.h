#pragma once

#include "models/api/ApiError.h"
#include "models/core/LoadState.h"
#include "models/domain/Integration.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>

namespace Tessera {

class ApiClient;

// The marketplace: every integration of the catalog with the organisation's state
// (integration.list), one row each, refreshed as a whole or one integration at a time.
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

    explicit IntegrationsModel(ApiClient *client, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void load();
    // Re-reads one integration (integration.info) after a change made elsewhere.
    void refresh(const QString &integrationId);
    // Replaces a row with a state an action answered with.
    void apply(const Integration &integration);

    LoadState state() const { return m_state; }
    const ApiError &lastError() const { return m_lastError; }
    const QList<Integration> &integrations() const { return m_integrations; }
    const Integration *find(const QString &integrationId) const;
    int rowOf(const QString &integrationId) const;
    QStringList categories() const;

    static QString stateText(Integration::State state);

Q_SIGNALS:
    void stateChanged(Tessera::LoadState state);
    void integrationChanged(const QString &integrationId);

private:
    void setState(LoadState state);

    QPointer<ApiClient> m_client;
    QList<Integration> m_integrations;
    LoadState m_state = LoadState::Idle;
    ApiError m_lastError;
    int m_generation = 0; // answers of an earlier load() are dropped
};

} // namespace Tessera
