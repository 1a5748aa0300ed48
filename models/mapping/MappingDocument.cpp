#include "MappingDocument.h"

#include "MappingSuggester.h"
#include "models/api/ApiProtocol.h"
#include "models/core/CallOutcome.h"
#include "models/settings/Settings.h"

#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

MappingDocument::MappingDocument(ApiClient *client, QObject *parent)
    : EditableDocument(parent)
    , m_client(client)
{
}

void MappingDocument::load(const QString &integrationId, const QString &target)
{
    m_integrationId = integrationId;
    m_target = target;
    reload();
}

void MappingDocument::reload()
{
    beginLoad();
    const QJsonObject body{{u"integrationId"_s, m_integrationId}, {u"target"_s, m_target}};
    callWithOutcome<MappingInfo>(
        m_client, u"fieldMapping.info"_s, body, requests(),
        [](const QJsonValue &results) { return MappingInfo::fromJson(results.toObject()); },
        Done<MappingInfo>([this](const Outcome<MappingInfo> &outcome) {
            if (!outcome.ok()) {
                status()->fail(outcome.error);
                return;
            }
            m_info = outcome.value;
            undoStack()->clear();
            adopt(outcome.value);
            finishLoad();
        }));
}

void MappingDocument::adopt(const MappingInfo &info)
{
    m_info.targetFields = info.targetFields;
    m_info.targetLabel = info.targetLabel;
    m_info.isDefault = info.isDefault;
    m_info.drift = info.drift;
    m_info.version = info.version;
    setVersion(info.version);
    // Rows in the order of the target fields, so equal mappings compare equal.
    QList<MappingRow> ordered;
    for (const TargetField &field : std::as_const(m_info.targetFields))
        for (const MappingRow &row : info.rows)
            if (row.targetField == field.id)
                ordered.append(row);
    m_rows = ordered;
    m_savedRows = ordered;
    Q_EMIT rowsReset();
    notifyDirty();
}

std::optional<TargetField> MappingDocument::targetField(const QString &targetId) const
{
    const int index = targetIndex(targetId);
    if (index < 0)
        return std::nullopt;
    return m_info.targetFields.at(index);
}

int MappingDocument::targetIndex(const QString &targetId) const
{
    for (qsizetype i = 0; i < m_info.targetFields.size(); ++i)
        if (m_info.targetFields.at(i).id == targetId)
            return int(i);
    return -1;
}

QString MappingDocument::labelOf(const QString &targetId) const
{
    const auto field = targetField(targetId);
    return field ? field->label : targetId;
}

std::optional<MappingRow> MappingDocument::row(const QString &targetId) const
{
    for (const MappingRow &row : m_rows)
        if (row.targetField == targetId)
            return row;
    return std::nullopt;
}

bool MappingDocument::push(const QString &text, const QList<Change> &changes)
{
    QList<RowChangeCommand::Change> recorded;
    for (const Change &change : changes) {
        if (targetIndex(change.targetId) < 0)
            return false;
        const std::optional<MappingRow> before = row(change.targetId);
        if (before != change.after)
            recorded.append({change.targetId, before, change.after});
    }
    if (recorded.isEmpty())
        return false;
    undoStack()->push(new RowChangeCommand(this, text, recorded));
    return true;
}

bool MappingDocument::mapSource(const QString &targetId, const QString &sourceId)
{
    if (sourceId.isEmpty())
        return false;
    MappingRow next;
    next.targetField = targetId;
    next.sourceField = sourceId;
    if (const auto current = row(targetId)) {
        next.required = current->required;
        next.hidden = current->hidden;
        if (current->sourceField == sourceId)
            next.transforms = current->transforms;
    }
    return push(tr("Map %1").arg(labelOf(targetId)), {{targetId, next}});
}

bool MappingDocument::unmap(const QString &targetId)
{
    return push(tr("Remove %1").arg(labelOf(targetId)), {{targetId, std::nullopt}});
}

bool MappingDocument::moveMapping(const QString &fromTargetId, const QString &toTargetId)
{
    const auto moving = row(fromTargetId);
    if (!moving || fromTargetId == toTargetId || targetIndex(toTargetId) < 0)
        return false;
    MappingRow moved = *moving;
    moved.targetField = toTargetId;
    return push(tr("Move %1 to %2").arg(labelOf(fromTargetId), labelOf(toTargetId)),
                {{fromTargetId, std::nullopt}, {toTargetId, moved}});
}

bool MappingDocument::setTransforms(const QString &targetId, const QJsonArray &transforms)
{
    auto current = row(targetId);
    if (!current) {
        // A transform chain alone (constant, default, join) can fill a target.
        current = MappingRow{targetId, {}, {}, false, false};
    }
    current->transforms = transforms;
    return push(tr("Change the transforms of %1").arg(labelOf(targetId)), {{targetId, current}});
}

bool MappingDocument::setRowFlags(const QString &targetId, bool required, bool hidden)
{
    auto current = row(targetId);
    if (!current)
        return false;
    current->required = required;
    current->hidden = hidden;
    return push(tr("Change %1").arg(labelOf(targetId)), {{targetId, current}});
}

QList<MappingDocument::Change> MappingDocument::allTargetsAs(const QList<MappingRow> &rows) const
{
    QList<Change> changes;
    for (const TargetField &field : std::as_const(m_info.targetFields)) {
        std::optional<MappingRow> found;
        for (const MappingRow &row : rows)
            if (row.targetField == field.id)
                found = row;
        changes.append({field.id, found});
    }
    return changes;
}

bool MappingDocument::revert()
{
    return push(tr("Revert"), allTargetsAs(m_savedRows));
}

int MappingDocument::suggestMappings(const QList<SourceField> &sources)
{
    if (status()->state() != LoadState::Ready)
        return 0;
    const QList<MappingSuggester::Suggestion> suggestions =
        MappingSuggester::suggest(m_info.targetFields, m_rows, sources);
    QList<Change> changes;
    for (const MappingSuggester::Suggestion &suggestion : suggestions)
        changes.append({suggestion.targetField,
                        MappingRow{suggestion.targetField, suggestion.sourceField, {}, false, false}});
    if (!push(tr("Suggest mappings"), changes))
        return 0;
    return int(changes.size());
}

int MappingDocument::unsavedCount() const
{
    int count = 0;
    for (const TargetField &field : std::as_const(m_info.targetFields)) {
        const auto saved = std::find_if(m_savedRows.cbegin(), m_savedRows.cend(),
                                        [&field](const MappingRow &row) {
                                            return row.targetField == field.id;
                                        });
        const auto current = row(field.id);
        const bool wasSaved = saved != m_savedRows.cend();
        if (wasSaved != current.has_value() || (current && *current != *saved))
            ++count;
    }
    return count;
}

void MappingDocument::applyChange(const QString &targetId, const std::optional<MappingRow> &next)
{
    const int targetPosition = targetIndex(targetId);
    qsizetype existing = -1;
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).targetField == targetId)
            existing = i;
    if (existing >= 0)
        m_rows.removeAt(existing);
    if (next) {
        // Keep the rows in target-field order.
        qsizetype at = m_rows.size();
        for (qsizetype i = 0; i < m_rows.size(); ++i)
            if (targetIndex(m_rows.at(i).targetField) > targetPosition) {
                at = i;
                break;
            }
        m_rows.insert(at, *next);
    }
    Q_EMIT rowChanged(targetId);
    notifyDirty();
    writeDraft();
}

void MappingDocument::save()
{
    if (!beginSave())
        return;
    const QJsonObject body{{u"integrationId"_s, m_integrationId},
                           {u"target"_s, m_target},
                           {u"version"_s, version()},
                           {u"rows"_s, rowsToJson(m_rows)}};
    const QList<MappingRow> sent = m_rows;
    callWithOutcome<MappingInfo>(
        m_client, u"fieldMapping.set"_s, body, requests(),
        [](const QJsonValue &results) { return MappingInfo::fromJson(results.toObject()); },
        Done<MappingInfo>([this, sent](const Outcome<MappingInfo> &outcome) {
            if (outcome.ok()) {
                m_info.version = outcome.value.version;
                m_info.isDefault = outcome.value.isDefault;
                m_info.drift = outcome.value.drift;
                setVersion(outcome.value.version);
                m_savedRows = sent;
                if (m_rows == sent)
                    undoStack()->setClean();
                notifyDirty();
                finishSave();
                return;
            }
            if (outcome.error.code() != QLatin1StringView(Protocol::ErrorCode::versionConflict)) {
                failSave(outcome.error);
                return;
            }
            setSaveError(outcome.error);
            // Someone else saved: fetch what they saved, then let the admin decide.
            const QJsonObject infoBody{{u"integrationId"_s, m_integrationId},
                                       {u"target"_s, m_target}};
            callWithOutcome<MappingInfo>(
                m_client, u"fieldMapping.info"_s, infoBody, requests(),
                [](const QJsonValue &results) {
                    return MappingInfo::fromJson(results.toObject());
                },
                Done<MappingInfo>([this](const Outcome<MappingInfo> &info) {
                    if (!info.ok()) {
                        failSave(info.error);
                        return;
                    }
                    m_server = info.value;
                    reportConflict();
                }));
        }));
}

void MappingDocument::adoptServerState()
{
    adopt(m_server);
}

void MappingDocument::prepareOverwrite()
{
    setVersion(m_server.version);
}

QByteArray MappingDocument::loadDraft() const
{
    return settings()->mappingDraft(backendId(), m_integrationId, m_target);
}

void MappingDocument::storeDraft(const QByteArray &bytes)
{
    settings()->setMappingDraft(backendId(), m_integrationId, m_target, bytes);
    settings()->sync();
}

QJsonObject MappingDocument::draftContent() const
{
    return {{u"rows"_s, rowsToJson(m_rows)}};
}

bool MappingDocument::draftMatches(const QJsonObject &draft) const
{
    return rowsFromJson(draft.value(u"rows"_s).toArray()) == m_rows;
}

void MappingDocument::restoreDraft()
{
    const std::optional<QJsonObject> draft = takeDraft();
    if (!draft)
        return;
    push(tr("Restore unsaved changes"),
         allTargetsAs(rowsFromJson(draft->value(u"rows"_s).toArray())));
}

} // namespace Tessera
