#include "PreviewModel.h"

#include "MappingDocument.h"
#include "models/api/ApiCall.h"
#include "models/api/ApiClient.h"

#include <QBrush>
#include <QFont>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

PreviewModel::PreviewModel(ApiClient *client, MappingDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_status(new LoadStatus(this))
    , m_client(client)
    , m_document(document)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &PreviewModel::refresh);
    connect(document, &MappingDocument::rowChanged, this, &PreviewModel::schedule);
    connect(document, &MappingDocument::rowsReset, this, &PreviewModel::schedule);
    // Another mapping is loading: the values shown belong to the old one, so they go now.
    connect(document->status(), &LoadStatus::stateChanged, this, [this] {
        if (m_document->status()->state() != LoadState::Ready)
            refresh();
    });
}

void PreviewModel::setEmail(const QString &email)
{
    const QString trimmed = email.trimmed();
    if (trimmed == m_email)
        return;
    m_email = trimmed;
    schedule();
}

void PreviewModel::schedule()
{
    m_debounce.start();
}

void PreviewModel::refresh()
{
    m_debounce.stop();
    const int generation = ++m_generation;
    if (m_email.isEmpty() || !m_document || m_document->status()->state() != LoadState::Ready) {
        beginResetModel();
        m_values.clear();
        endResetModel();
        m_status->reset();
        return;
    }
    m_status->begin();
    const QJsonObject body{{u"integrationId"_s, m_document->integrationId()},
                           {u"target"_s, m_document->target()},
                           {u"email"_s, m_email},
                           {u"rows"_s, rowsToJson(m_document->rows())}};
    if (!m_client) {
        m_status->fail(ApiError(ApiError::Kind::Transport, u"fieldMapping.preview"_s));
        return;
    }
    // A preview stores nothing, so it is retried like a read.
    ApiCall *call = m_client->call(u"fieldMapping.preview"_s, body, this,
                                   CallOptions{CallOptions::Idempotency::Read, 0});
    connect(call, &ApiCall::finished, this, [this, call, generation] {
        if (generation != m_generation)
            return; // a newer request is on its way, or already answered
        QList<PreviewValue> values;
        if (!call->error().isError()) {
            for (const QJsonValue value : call->results()[u"values"_s].toArray()) {
                const QJsonObject object = value.toObject();
                values.append({object.value(u"targetField"_s).toString(),
                               object.value(u"value"_s), object.value(u"error"_s).toString(),
                               object.value(u"required"_s).toBool()});
            }
        }
        beginResetModel();
        m_values = values;
        endResetModel();
        if (call->error().isError())
            m_status->fail(call->error());
        else
            m_status->succeed();
    });
}

int PreviewModel::problemCount() const
{
    int problems = 0;
    for (const PreviewValue &value : m_values)
        if (!value.error.isEmpty() || (value.required && value.value.isNull()))
            ++problems;
    return problems;
}

QJsonValue PreviewModel::valueOf(const QString &targetId) const
{
    for (const PreviewValue &value : m_values)
        if (value.targetField == targetId)
            return value.value;
    return QJsonValue(QJsonValue::Undefined);
}

QString PreviewModel::targetLabel(const QString &targetId) const
{
    if (m_document)
        if (const auto field = m_document->targetField(targetId))
            return field->label;
    return targetId;
}

int PreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_values.size());
}

int PreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PreviewValue &value = m_values.at(index.row());
    const bool emptyRequired = value.required && value.value.isNull();
    const bool problem = !value.error.isEmpty() || emptyRequired;
    const QString text = Transforms::valueText(value.value);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == TargetColumn)
            return value.required ? tr("%1 *").arg(targetLabel(value.targetField))
                                  : targetLabel(value.targetField);
        if (!value.error.isEmpty())
            return value.error;
        if (emptyRequired)
            return tr("Required, but empty");
        return text.isEmpty() ? tr("(empty)") : text;
    case Qt::ToolTipRole:
        return value.error.isEmpty() ? text : value.error;
    case Qt::FontRole:
        if (problem) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::AccessibleTextRole:
        return tr("%1: %2").arg(targetLabel(value.targetField),
                                 index.sibling(index.row(), ValueColumn).data().toString());
    case TargetIdRole:
        return value.targetField;
    case ErrorRole:
        return value.error;
    case IsRequiredRole:
        return value.required;
    case IsProblemRole:
        return problem;
    case IsEmptyRole:
        return !problem && text.isEmpty();
    default:
        return {};
    }
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == TargetColumn ? tr("Target field") : tr("Value");
}


} // namespace Tessera
