#pragma once

#include "MappingTypes.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <functional>
#include <optional>

namespace Tessera {

class MappingDocument;
class SourceFieldsModel;

// The target fields of a MappingDocument as a table: target, required, hidden, mapped source,
// transform chain. Accepts drops of source field ids (map) and of target field ids (move the
// mapping); every change goes through the document, so it is one undo step. Rows are
// identified by target field id (TargetIdRole).
class MappingModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingModel)
public:
    enum Column { TargetColumn, RequiredColumn, HiddenColumn, SourceColumn, TransformsColumn,
                  ColumnCount };
    enum Role {
        TargetIdRole = Qt::UserRole + 1, SourceIdRole, IsMappedRole, IsRequiredRole,
        DriftRole, // why the row's source changed since the save (fieldMapping.info drift), or ""
        DriftWordRole, // the drift in a word ("Archived", "Missing", "Type changed"), or ""
    };
    // Asked before a drop replaces an existing mapping: true applies it now; false leaves it to
    // the caller, who may run `apply` later (after asking the admin) or never.
    using ReplaceConfirmation =
        std::function<bool(const QString &targetId, const std::function<void()> &apply)>;

    explicit MappingModel(MappingDocument *document, SourceFieldsModel *sources = nullptr,
                          QObject *parent = nullptr);

    MappingDocument *document() const { return m_document; }
    void setReplaceConfirmation(ReplaceConfirmation confirm) { m_confirm = std::move(confirm); }
    int rowOfTarget(const QString &targetId) const;
    QString targetAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

private:
    static QString driftWord(const QString &problem);
    QString dropTarget(int row, const QModelIndex &parent) const;
    QString sourceLabel(const QString &sourceId) const;
    std::optional<MappingDrift> driftOf(const QString &targetId) const;
    void refreshTarget(const QString &targetId);

    QPointer<MappingDocument> m_document;
    QPointer<SourceFieldsModel> m_sources;
    ReplaceConfirmation m_confirm;
};

} // namespace Tessera
