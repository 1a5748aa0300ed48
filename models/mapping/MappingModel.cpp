#include "MappingModel.h"

#include "MappingDocument.h"
#include "MappingMime.h"
#include "models/core/DragIds.h"
#include "SourceFieldsModel.h"

#include <QFont>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

MappingModel::MappingModel(MappingDocument *document, SourceFieldsModel *sources, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_sources(sources)
{
    connect(document, &MappingDocument::rowsReset, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(document, &MappingDocument::rowChanged, this, &MappingModel::refreshTarget);
    // A save answers with fresh drift: the ⚠ marks follow it.
    connect(document, &MappingDocument::saved, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
    if (sources) {
        connect(sources, &QAbstractItemModel::modelReset, this, [this] {
            if (rowCount() > 0)
                Q_EMIT dataChanged(index(0, SourceColumn), index(rowCount() - 1, SourceColumn));
        });
    }
}

void MappingModel::refreshTarget(const QString &targetId)
{
    const int row = rowOfTarget(targetId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int MappingModel::rowOfTarget(const QString &targetId) const
{
    if (!m_document)
        return -1;
    const auto &fields = m_document->targetFields();
    for (qsizetype i = 0; i < fields.size(); ++i)
        if (fields.at(i).id == targetId)
            return int(i);
    return -1;
}

QString MappingModel::targetAt(int row) const
{
    if (!m_document || row < 0 || row >= m_document->targetFields().size())
        return {};
    return m_document->targetFields().at(row).id;
}

int MappingModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_document)
        return 0;
    return int(m_document->targetFields().size());
}

int MappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MappingModel::sourceLabel(const QString &sourceId) const
{
    return m_sources ? m_sources->label(sourceId) : sourceId;
}

// The drift fieldMapping.info reported for this target, while its row still uses the changed
// source field (as source or inside a transform); remapping the row clears the mark.
std::optional<MappingDrift> MappingModel::driftOf(const QString &targetId) const
{
    const auto row = m_document->row(targetId);
    if (!row)
        return std::nullopt;
    for (const MappingDrift &drift : m_document->drift()) {
        if (drift.targetField != targetId)
            continue;
        if (row->sourceField == drift.sourceField
            || Transforms::extraSources(row->transforms).contains(drift.sourceField))
            return drift;
    }
    return std::nullopt;
}

QString MappingModel::driftWord(const QString &problem)
{
    if (problem == u"source_archived")
        return tr("Archived");
    if (problem == u"source_type_changed")
        return tr("Type changed");
    return tr("Missing");
}

QVariant MappingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TargetField &target = m_document->targetFields().at(index.row());
    const auto row = m_document->row(target.id);
    const bool required = target.required || (row && row->required);
    const bool hidden = target.hidden || (row && row->hidden);
    const QString source = row ? (row->sourceField.isEmpty() ? tr("(from transforms)")
                                                             : sourceLabel(row->sourceField))
                               : QString();
    const QString transforms = row ? Transforms::chainSummary(row->transforms) : QString();
    const bool needsDrift = role == Qt::DisplayRole || role == Qt::ToolTipRole
                         || role == Qt::AccessibleTextRole || role == DriftRole
                         || role == DriftWordRole;
    const std::optional<MappingDrift> drifted = needsDrift ? driftOf(target.id) : std::nullopt;
    QString drift = drifted ? drifted->message : QString();
    if (drifted && drifted->problem == u"source_archived")
        drift += u' ' + tr("Until then the mapping cannot be saved.");
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TargetColumn:
            return required ? tr("%1 *").arg(target.label) : target.label;
        case SourceColumn:
            if (drifted)
                return tr("%1: %2").arg(driftWord(drifted->problem), source);
            return row ? source : tr("Not mapped");
        case TransformsColumn:
            return transforms;
        default:
            return {};
        }
    case Qt::CheckStateRole:
        if (index.column() == RequiredColumn)
            return required ? Qt::Checked : Qt::Unchecked;
        if (index.column() == HiddenColumn)
            return hidden ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::FontRole:
        if (index.column() == SourceColumn && !row) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (!drift.isEmpty())
            return drift;
        if (index.column() == SourceColumn && row && !row->sourceField.isEmpty())
            return tr("%1 (%2)").arg(source, row->sourceField);
        if (index.column() == TransformsColumn && !transforms.isEmpty())
            return transforms;
        return tr("%1 (%2, %3)").arg(target.label, target.id, target.type);
    case Qt::AccessibleTextRole:
        return QString(tr("%1%2: %3%4")
                   .arg(target.label, required ? tr(", required") : QString(),
                        row ? source : tr("not mapped"),
                        transforms.isEmpty() ? QString() : tr(", then %1").arg(transforms))
            + (drift.isEmpty() ? QString() : tr(". Needs attention: %1").arg(drift)));
    case DriftRole:
        return drift;
    case DriftWordRole:
        return drifted ? driftWord(drifted->problem) : QString();
    case TargetIdRole:
        return target.id;
    case SourceIdRole:
        return row ? row->sourceField : QString();
    case IsMappedRole:
        return row.has_value();
    case IsRequiredRole:
        return required;
    default:
        return {};
    }
}

bool MappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::CheckStateRole
        || !value.isValid())
        return false;
    const QString targetId = targetAt(index.row());
    const auto row = m_document->row(targetId);
    if (!row)
        return false;
    const bool on = value.toInt() == Qt::Checked;
    if (index.column() == RequiredColumn)
        return m_document->setRowFlags(targetId, on, row->hidden);
    if (index.column() == HiddenColumn)
        return m_document->setRowFlags(targetId, row->required, on);
    return false;
}

QVariant MappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TargetColumn:
        return tr("Target field");
    case RequiredColumn:
        return tr("Required");
    case HiddenColumn:
        return tr("Hidden");
    case SourceColumn:
        return tr("Source");
    case TransformsColumn:
        return tr("Transforms");
    default:
        return {};
    }
}

Qt::ItemFlags MappingModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
    const TargetField &target = m_document->targetFields().at(index.row());
    const bool mapped = m_document->row(target.id).has_value();
    if (mapped)
        flags |= Qt::ItemIsDragEnabled;
    if (mapped && ((index.column() == RequiredColumn && !target.required)
                   || (index.column() == HiddenColumn && !target.hidden)))
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QStringList MappingModel::mimeTypes() const
{
    return {MappingMime::sourceFields(), MappingMime::targetFields()};
}

QMimeData *MappingModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        const QString id = targetAt(index.row());
        if (!id.isEmpty() && !ids.contains(id) && m_document->row(id))
            ids << id;
    }
    if (ids.isEmpty())
        return nullptr;
    return DragIds::encode(MappingMime::targetFields(), ids, DragIds::AsText::Yes);
}

QString MappingModel::dropTarget(int row, const QModelIndex &parent) const
{
    if (parent.isValid())
        return targetAt(parent.row());
    return targetAt(row);
}

bool MappingModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int row, int,
                                   const QModelIndex &parent) const
{
    const QString target = dropTarget(row, parent);
    if (target.isEmpty() || !data)
        return false;
    if (data->hasFormat(MappingMime::sourceFields()))
        return DragIds::decode(data, MappingMime::sourceFields()).size() == 1;
    const QStringList moving = DragIds::decode(data, MappingMime::targetFields());
    return moving.size() == 1 && moving.constFirst() != target;
}

bool MappingModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QString target = dropTarget(row, parent);
    const auto existing = m_document->row(target);
    std::function<void()> apply;
    if (data->hasFormat(MappingMime::sourceFields())) {
        const QString source = DragIds::decode(data, MappingMime::sourceFields()).constFirst();
        if (existing && existing->sourceField == source)
            return false;
        apply = [document = m_document, target, source] {
            if (document)
                document->mapSource(target, source);
        };
    } else {
        const QString from = DragIds::decode(data, MappingMime::targetFields()).constFirst();
        apply = [document = m_document, from, target] {
            if (document)
                document->moveMapping(from, target);
        };
    }
    if (existing && m_confirm && !m_confirm(target, apply))
        return false;
    apply();
    return true;
}

Qt::DropActions MappingModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

// A move is done by the document itself; dragging as a copy keeps the view from clearing the
// dragged row afterwards.
Qt::DropActions MappingModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

} // namespace Tessera
