#include "IntegrationsModel.h"

#include "models/api/ApiCall.h"
#include "models/api/ApiClient.h"
#include "models/core/DecodeList.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

IntegrationsModel::IntegrationsModel(ApiClient *client, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
{
}

int IntegrationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_integrations.size());
}

QVariant IntegrationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Integration &integration = m_integrations.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return integration.name;
    case Qt::ToolTipRole: return integration.description;
    case Qt::AccessibleTextRole:
        return tr("%1, %2, %3").arg(integration.name, integration.category,
                                     stateText(integration.state));
    case IdRole: return integration.id;
    case CategoryRole: return integration.category;
    case DescriptionRole: return integration.description;
    case StateRole: return int(integration.state);
    case StateTextRole: return stateText(integration.state);
    case StateReasonRole: return integration.stateReason;
    case PlansRole: return integration.availableInPlans;
    case SearchTextRole:
        return QString(integration.name + u' ' + integration.category + u' '
                       + integration.description);
    default: return {};
    }
}

QHash<int, QByteArray> IntegrationsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "integrationId");
    names.insert(NameRole, "name");
    names.insert(CategoryRole, "category");
    names.insert(DescriptionRole, "description");
    names.insert(StateRole, "state");
    names.insert(StateTextRole, "stateText");
    names.insert(StateReasonRole, "stateReason");
    names.insert(PlansRole, "plans");
    names.insert(SearchTextRole, "searchText");
    return names;
}

QString IntegrationsModel::stateText(Integration::State state)
{
    switch (state) {
    case Integration::State::Available: return tr("Available");
    case Integration::State::Enabled: return tr("Enabled");
    case Integration::State::NeedsAttention: return tr("Needs attention");
    case Integration::State::NotInPlan: return tr("Not in your plan");
    }
    return {};
}

void IntegrationsModel::load()
{
    if (!m_client)
        return;
    const int generation = ++m_generation;
    m_lastError = {};
    setState(LoadState::Loading);
    ApiCall *call = m_client->call(u"integration.list"_s, {}, this);
    connect(call, &ApiCall::finished, this, [this, call, generation] {
        if (generation != m_generation)
            return;
        if (call->error().isError()) {
            m_lastError = call->error();
            setState(LoadState::Failed);
            return;
        }
        QList<Integration> integrations;
        QString problem;
        decodeList(call->results().toArray(), integrations, &problem);
        if (integrations.isEmpty() && !problem.isEmpty()) {
            m_lastError = ApiError(ApiError::Kind::MalformedBody, u"integration.list"_s);
            m_lastError.setServerMessage(problem).setParseOffset(0);
            setState(LoadState::Failed);
            return;
        }
        beginResetModel();
        m_integrations = std::move(integrations);
        endResetModel();
        setState(LoadState::Ready);
    });
}

void IntegrationsModel::refresh(const QString &integrationId)
{
    if (!m_client)
        return;
    ApiCall *call = m_client->call(u"integration.info"_s,
                                   QJsonObject{{u"integrationId"_s, integrationId}}, this);
    connect(call, &ApiCall::finished, this, [this, call] {
        if (call->error().isError())
            return; // the row keeps its last known state; the next load() reports errors
        const auto decoded = Integration::fromJson(call->results().toObject());
        if (const auto *integration = std::get_if<Integration>(&decoded))
            apply(*integration);
    });
}

void IntegrationsModel::apply(const Integration &integration)
{
    const int row = rowOf(integration.id);
    if (row < 0)
        return;
    m_integrations[row] = integration;
    Q_EMIT dataChanged(index(row), index(row));
    Q_EMIT integrationChanged(integration.id);
}

const Integration *IntegrationsModel::find(const QString &integrationId) const
{
    const int row = rowOf(integrationId);
    return row < 0 ? nullptr : &m_integrations.at(row);
}

int IntegrationsModel::rowOf(const QString &integrationId) const
{
    return indexOfId(m_integrations, integrationId);
}

QStringList IntegrationsModel::categories() const
{
    QStringList categories;
    for (const Integration &integration : m_integrations)
        if (!integration.category.isEmpty() && !categories.contains(integration.category))
            categories << integration.category;
    return categories;
}

void IntegrationsModel::setState(LoadState state)
{
    if (assignState(m_state, state))
        Q_EMIT stateChanged(state);
}

} // namespace Tessera
