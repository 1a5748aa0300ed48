#pragma once

#include "MappingTypes.h"
#include "models/api/ApiError.h"
#include "models/core/LoadState.h"

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

    void load();
    // Fills the model without the backend (tests, previews).
    void setFields(const QList<SourceField> &fields);
    LoadState state() const { return m_state; }
    ApiError error() const { return m_error; }
    const QList<SourceField> &fields() const { return m_fields; }
    const SourceField *field(const QString &id) const;
    QString label(const QString &id) const; // the id itself when unknown
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
    void stateChanged(Tessera::LoadState state);

private:
    struct Group
    {
        QString objectType;
        QList<int> fields; // positions in m_fields
    };
    static QString groupLabel(const QString &objectType);
    void setState(LoadState state);

    QPointer<ApiClient> m_client;
    LoadState m_state = LoadState::Idle;
    ApiError m_error;
    QList<SourceField> m_fields;
    QList<Group> m_groups;
    QObject *m_requests = nullptr;
};

} // namespace Tessera
