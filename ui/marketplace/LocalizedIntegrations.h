#pragma once

#include <QIdentityProxyModel>

namespace Tessera {

class IntegrationsModel;

// The integrations in the user's language: the description, the category's name, the tooltip
// and the accessible texts come from the console's translations (IntegrationText,
// IntegrationCategory); CategoryRole stays the backend's key the category chips filter on.
// Search matches the translated and the backend's words.
class LocalizedIntegrations final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalizedIntegrations)
public:
    enum Role { CategoryNameRole = Qt::UserRole + 100 };

    explicit LocalizedIntegrations(IntegrationsModel *source, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    IntegrationsModel *m_source;
};

} // namespace Tessera
