#include "IntegrationsModel.h"

#include "models/api/ApiCall.h"
#include "models/api/ApiClient.h"
#include "models/core/DecodeList.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

IntegrationsModel::IntegrationsModel(RecordList<Integration> *integrations, ApiClient *client,
                                     QObject *parent)
    : QAbstractListModel(parent)
    , m_source(integrations)
    , m_client(client)
{
    connect(integrations, &ReferenceList::changed, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(integrations, &ReferenceList::recordChanged, this, [this](const QString &id) {
        const int row = rowOf(id);
        if (row < 0)
            return;
        Q_EMIT dataChanged(index(row), index(row));
        Q_EMIT integrationChanged(id);
    });
}

int IntegrationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_source->records().size());
}

QVariant IntegrationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Integration &integration = m_source->records().at(index.row());
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
    m_source->ensureLoaded();
}

void IntegrationsModel::reload()
{
    m_source->refresh();
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
    if (rowOf(integration.id) >= 0)
        m_source->upsert(integration);
}

const Integration *IntegrationsModel::find(const QString &integrationId) const
{
    return m_source->find(integrationId);
}

int IntegrationsModel::rowOf(const QString &integrationId) const
{
    return m_source->indexOf(integrationId);
}

QStringList IntegrationsModel::categories() const
{
    QStringList categories;
    for (const Integration &integration : m_source->records())
        if (!integration.category.isEmpty() && !categories.contains(integration.category))
            categories << integration.category;
    return categories;
}


} // namespace Tessera
