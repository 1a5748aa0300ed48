#pragma once

#include "MappingTypes.h"
#include "models/api/ApiError.h"
#include "models/core/LoadStatus.h"

#include <QAbstractItemModel>
#include <QPointer>

namespace Tessera {

class ApiClient;

// The ATS fields a mapping can read (field.list) as a tree: one group per object type
// (Candidate, Application, Job, Offer) holding its fields, with columns name, type and sample.
// Fields drag as MappingMime::sourceFields() with their ids.
class SourceFieldsModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceFieldsModel)
public:
    enum Column { NameColumn, TypeColumn, SampleColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, IsGroupRole, SearchTextRole };

    explicit SourceFieldsModel(ApiClient *client, QObject *parent = nullptr);
    // The load state, last error and when it last loaded.
    LoadStatus *status() const { return m_status; }

    void load();
    // Fills the model without the backend (tests, previews).
    void setFields(const QList<SourceField> &fields);
    const QList<SourceField> &fields() const { return m_fields; }
    const SourceField *field(const QString &id) const;
    // The field's label (archived ones included), or the id itself when unknown.
    QString label(const QString &id) const;
    QModelIndex indexOfField(const QString &id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

Q_SIGNALS:

private:
    struct Group
    {
        QString objectType;
        QList<int> fields; // positions in m_fields
    };
    static QString groupLabel(const QString &objectType);

    LoadStatus *m_status;
    QPointer<ApiClient> m_client;
    QList<SourceField> m_fields;   // the tree: fields a mapping can read
    QList<SourceField> m_archived; // only named, for rows that still read one
    QList<Group> m_groups;
    QObject *m_requests = nullptr;
};

} // namespace Tessera
