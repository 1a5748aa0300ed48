#pragma once

#include <QSortFilterProxyModel>

namespace Tessera {

// Marketplace search and category chips over IntegrationsModel: every word of the search must
// appear in the name, category or description; an empty category shows all.
class IntegrationFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntegrationFilterModel)
public:
    explicit IntegrationFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setCategory(const QString &category);
    QString category() const { return m_category; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    QString m_category;
};

} // namespace Tessera
