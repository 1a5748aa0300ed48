#pragma once

#include <QSortFilterProxyModel>

namespace Tessera {

// Type-to-filter over CandidatesModel: case-insensitive substring of name or email.
class CandidateFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CandidateFilterModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};

} // namespace Tessera
