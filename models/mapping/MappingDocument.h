#pragma once

#include "MappingTypes.h"
#include "models/core/EditableDocument.h"
#include "models/core/KeyedChangeCommand.h"

#include <QPointer>

#include <optional>

namespace Tessera {

class ApiClient;

// One field mapping being edited (one integration and target): the target fields, the rows as
// edited, the version they are based on, and every edit as an undoable command that stores
// target and source ids (never model indexes). Save sends fieldMapping.set; a version_conflict
// fetches the server's state and waits for resolveReload() or resolveOverwrite(). Unsaved
// edits are kept as a draft in Settings (rows and base version only; no secrets) and offered
// again by the next load. The undo, save, conflict and draft machinery is EditableDocument's.
class MappingDocument final : public EditableDocument
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingDocument)
public:
    // One undo step: rows replaced, added or removed, keyed by target field id.
    using RowChangeCommand = KeyedChangeCommand<MappingDocument, MappingRow>;

    explicit MappingDocument(ApiClient *client, QObject *parent = nullptr);

    void load(const QString &integrationId, const QString &target);
    void reload();

    QString integrationId() const { return m_integrationId; }
    QString target() const { return m_target; }

    QString targetLabel() const { return m_info.targetLabel; }
    const QList<TargetField> &targetFields() const { return m_info.targetFields; }
    std::optional<TargetField> targetField(const QString &targetId) const;
    bool isDefault() const { return m_info.isDefault; }
    const QList<MappingDrift> &drift() const { return m_info.drift; }
    const QList<MappingRow> &rows() const { return m_rows; }
    const QList<MappingRow> &savedRows() const { return m_savedRows; }
    std::optional<MappingRow> row(const QString &targetId) const;
    bool isDirty() const override { return m_rows != m_savedRows; }
    // How many target fields differ from the saved mapping ("3 unsaved changes").
    int unsavedCount() const;

    // Edits: each is one undo step; false (and nothing pushed) when it changes nothing or the
    // target is unknown.
    bool mapSource(const QString &targetId, const QString &sourceId);
    bool unmap(const QString &targetId);
    bool moveMapping(const QString &fromTargetId, const QString &toTargetId);
    bool setTransforms(const QString &targetId, const QJsonArray &transforms);
    bool setRowFlags(const QString &targetId, bool required, bool hidden);
    // Back to the saved rows (one undo step).
    bool revert();
    // Maps every unmapped target whose name matches a source field (MappingSuggester) as one
    // undo step; returns how many it mapped (0: nothing matched, nothing pushed).
    int suggestMappings(const QList<SourceField> &sources);

    void save() override;
    // After conflictDetected(): the server's state as it is now.
    const MappingInfo &serverState() const { return m_server; }

    void restoreDraft();

    // Used by the undo commands: put `row` (or nothing) in place for `targetId`.
    void applyChange(const QString &targetId, const std::optional<MappingRow> &row);

Q_SIGNALS:
    void rowsReset();
    void rowChanged(const QString &targetId);

protected:
    QByteArray loadDraft() const override;
    void storeDraft(const QByteArray &bytes) override;
    QJsonObject draftContent() const override;
    bool draftMatches(const QJsonObject &draft) const override;
    void adoptServerState() override;
    void prepareOverwrite() override;

private:
    struct Change
    {
        QString targetId;
        std::optional<MappingRow> after;
    };
    bool push(const QString &text, const QList<Change> &changes);
    void adopt(const MappingInfo &info);
    int targetIndex(const QString &targetId) const;
    QString labelOf(const QString &targetId) const;
    // Every target field with its row in `rows` (or none), in target-field order.
    QList<Change> allTargetsAs(const QList<MappingRow> &rows) const;

    QPointer<ApiClient> m_client;
    QString m_integrationId;
    QString m_target;
    MappingInfo m_info;
    MappingInfo m_server;
    QList<MappingRow> m_rows;
    QList<MappingRow> m_savedRows;
};

} // namespace Tessera
