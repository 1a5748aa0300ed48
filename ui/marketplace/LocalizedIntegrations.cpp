#include "LocalizedIntegrations.h"

#include "IntegrationCategory.h"
#include "IntegrationText.h"
#include "models/integrations/IntegrationsModel.h"

namespace Tessera {

LocalizedIntegrations::LocalizedIntegrations(IntegrationsModel *source, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
}

QVariant LocalizedIntegrations::data(const QModelIndex &index, int role) const
{
    const QModelIndex source = mapToSource(index);
    const Integration *integration =
        source.isValid() ? m_source->find(source.data(IntegrationsModel::IdRole).toString())
                         : nullptr;
    if (!integration)
        return QIdentityProxyModel::data(index, role);
    switch (role) {
    case CategoryNameRole: return IntegrationCategory::displayName(integration->category);
    case IntegrationsModel::DescriptionRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: return IntegrationText::description(*integration);
    case Qt::AccessibleTextRole:
        return tr("%1, %2, %3")
            .arg(integration->name, IntegrationCategory::displayName(integration->category),
                 IntegrationsModel::stateText(integration->state));
    case IntegrationsModel::SearchTextRole:
        return QStringList{source.data(role).toString(),
                           IntegrationCategory::displayName(integration->category),
                           IntegrationText::description(*integration)}
            .join(u' ');
    default: return QIdentityProxyModel::data(index, role);
    }
}

} // namespace Tessera
