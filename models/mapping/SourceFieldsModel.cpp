#include "SourceFieldsModel.h"

#include "MappingMime.h"
#include "models/core/CallOutcome.h"
#include "models/core/DecodeList.h"
#include "models/core/DragIds.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {

constexpr qsizetype sampleGlimpse = 10; // characters of a sample shown in the tree

// Children carry their group's position + 1 as internal id; groups carry 0.
constexpr quintptr groupMarker = 0;
} // namespace

SourceFieldsModel::SourceFieldsModel(ApiClient *client, QObject *parent)
    : QAbstractItemModel(parent)
    , m_status(new LoadStatus(this))
    , m_client(client)
{
}

void SourceFieldsModel::load()
{
    delete m_requests;
    m_requests = new QObject(this);
    m_status->begin();
    callWithOutcome<QList<SourceField>>(
        // Archived fields too: rows that still read one name it (they drifted).
        m_client, u"field.list"_s, QJsonObject{{u"includeArchived"_s, true}}, m_requests,
        [](const QJsonValue &results) {
            QList<SourceField> fields;
            decodeList(results.toArray(), fields);
            return fields;
        },
        Done<QList<SourceField>>([this](const Outcome<QList<SourceField>> &outcome) {
            if (!outcome.ok()) {
                m_status->fail(outcome.error);
                return;
            }
            setFields(outcome.value);
        }));
}

void SourceFieldsModel::setFields(const QList<SourceField> &fields)
{
    beginResetModel();
    m_fields.clear();
    m_archived.clear();
    for (const SourceField &field : fields)
        (field.isArchived ? m_archived : m_fields).append(field);
    m_groups.clear();
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        const QString type = m_fields.at(i).objectType;
        auto group = std::find_if(m_groups.begin(), m_groups.end(),
                                  [&type](const Group &g) { return g.objectType == type; });
        if (group == m_groups.end()) {
            m_groups.append({type, {}});
            group = m_groups.end() - 1;
        }
        group->fields.append(int(i));
    }
    endResetModel();
    m_status->succeed();
}

const SourceField *SourceFieldsModel::field(const QString &id) const
{
    for (const SourceField &field : m_fields)
        if (field.id == id)
            return &field;
    return nullptr;
}

QString SourceFieldsModel::label(const QString &id) const
{
    if (const SourceField *known = field(id))
        return known->label;
    for (const SourceField &archived : m_archived)
        if (archived.id == id)
            return archived.label;
    return id;
}

QModelIndex SourceFieldsModel::indexOfField(const QString &id) const
{
    for (qsizetype g = 0; g < m_groups.size(); ++g)
        for (qsizetype r = 0; r < m_groups.at(g).fields.size(); ++r)
            if (m_fields.at(m_groups.at(g).fields.at(r)).id == id)
                return createIndex(int(r), 0, quintptr(g + 1));
    return {};
}

QString SourceFieldsModel::groupLabel(const QString &objectType)
{
    if (objectType == u"candidate")
        return tr("Candidate");
    if (objectType == u"application")
        return tr("Application");
    if (objectType == u"job")
        return tr("Job");
    if (objectType == u"offer")
        return tr("Offer");
    return objectType.isEmpty() ? tr("Other") : objectType;
}

QModelIndex SourceFieldsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, groupMarker);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex SourceFieldsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == groupMarker)
        return {};
    return createIndex(int(child.internalId() - 1), 0, groupMarker);
}

int SourceFieldsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != groupMarker)
        return 0;
    return int(m_groups.at(parent.row()).fields.size());
}

int SourceFieldsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SourceFieldsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == groupMarker) {
        const Group &group = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == NameColumn ? groupLabel(group.objectType) : QVariant();
        case Qt::AccessibleTextRole:
            return tr("%1 fields: %2").arg(groupLabel(group.objectType)).arg(group.fields.size());
        case IsGroupRole:
            return true;
        case SearchTextRole:
            return groupLabel(group.objectType);
        default:
            return {};
        }
    }
    const Group &group = m_groups.at(int(index.internalId() - 1));
    const SourceField &field = m_fields.at(group.fields.at(index.row()));
    const QString sample = Transforms::valueText(field.sample);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return field.isArchived ? tr("%1 (archived)").arg(field.label) : field.label;
        if (index.column() == TypeColumn)
            return field.type;
        // A glimpse, not the value: long samples (ids, links) end in "…".
        if (sample.size() > sampleGlimpse)
            return QString(sample.left(sampleGlimpse - 1) + u'…');
        return sample.isEmpty() ? tr("—") : sample;
    case Qt::ToolTipRole:
        return tr("%1 (%2)\nType: %3\nSample: %4")
            .arg(field.label, field.id, field.type, sample.isEmpty() ? tr("none") : sample);
    case Qt::AccessibleTextRole:
        return tr("%1, %2, sample %3").arg(field.label, field.type,
                                            sample.isEmpty() ? tr("none") : sample);
    case IdRole:
        return field.id;
    case IsGroupRole:
        return false;
    case SearchTextRole:
        return QString(field.label + u' ' + field.id + u' ' + field.type);
    default:
        return {};
    }
}

QVariant SourceFieldsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Source field");
    case TypeColumn:
        return tr("Type");
    case SampleColumn:
        return tr("Sample");
    default:
        return {};
    }
}

Qt::ItemFlags SourceFieldsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == groupMarker)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList SourceFieldsModel::mimeTypes() const
{
    return {MappingMime::sourceFields()};
}

QMimeData *SourceFieldsModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        const QString id = index.data(IdRole).toString();
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    }
    if (ids.isEmpty())
        return nullptr;
    return DragIds::encode(MappingMime::sourceFields(), ids, DragIds::AsText::Yes);
}


} // namespace Tessera
