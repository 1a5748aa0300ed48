#pragma once

#include "MappingTypes.h"
#include "models/api/ApiError.h"
#include "models/core/LoadStatus.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QUndoStack;

namespace Tessera {

class ApiClient;
class Settings;

// One field mapping being edited (one integration and target): the target fields, the rows as
// edited, the version they are based on, and every edit as an undoable command that stores
// target and source ids (never model indexes). Save sends fieldMapping.set; a version_conflict
// fetches the server's state and waits for resolveReload() or resolveOverwrite(). Unsaved
// edits are kept as a draft in Settings (rows and base version only; no secrets) and offered
// again by the next load.
class MappingDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingDocument)
public:
    enum class SaveState { Idle, Saving, Conflict, Failed };
    Q_ENUM(SaveState)

    explicit MappingDocument(ApiClient *client, QObject *parent = nullptr);
    // The load state, last error and when it last loaded.
    LoadStatus *status() const { return m_status; }
    ~MappingDocument() override;

    void setDraftStore(Settings *settings, const QString &backendId);
    void load(const QString &integrationId, const QString &target);
    void reload();

    QString integrationId() const { return m_integrationId; }
    QString target() const { return m_target; }
    SaveState saveState() const { return m_saveState; }
    ApiError saveError() const { return m_saveError; }

    QString targetLabel() const { return m_info.targetLabel; }
    const QList<TargetField> &targetFields() const { return m_info.targetFields; }
    std::optional<TargetField> targetField(const QString &targetId) const;
    int version() const { return m_version; }
    bool isDefault() const { return m_info.isDefault; }
    const QList<MappingDrift> &drift() const { return m_info.drift; }
    const QList<MappingRow> &rows() const { return m_rows; }
    const QList<MappingRow> &savedRows() const { return m_savedRows; }
    std::optional<MappingRow> row(const QString &targetId) const;
    bool isDirty() const { return m_rows != m_savedRows; }
    // How many target fields differ from the saved mapping ("3 unsaved changes").
    int unsavedCount() const;
    QUndoStack *undoStack() const { return m_undo; }

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

    void save();
    // After conflictDetected(): the server's state as it is now.
    const MappingInfo &serverState() const { return m_server; }
    // Drop the local edits and take the server's rows and version.
    void resolveReload();
    // Save the local rows over the server's version.
    void resolveOverwrite();

    // A draft from an earlier session that differs from what was loaded.
    bool hasDraft() const { return m_draft.has_value(); }
    QList<MappingRow> draftRows() const { return m_draft ? *m_draft : QList<MappingRow>(); }
    void restoreDraft();
    void discardDraft();

    // Used by the undo commands: put `row` (or nothing) in place for `targetId`.
    void applyRow(const QString &targetId, const std::optional<MappingRow> &row);

Q_SIGNALS:
    void rowsReset();
    void rowChanged(const QString &targetId);
    void dirtyChanged(bool dirty);
    void saveStateChanged(Tessera::MappingDocument::SaveState state);
    void saved();
    void conflictDetected();
    void draftAvailable();

private:
    struct Change
    {
        QString targetId;
        std::optional<MappingRow> after;
    };
    bool push(const QString &text, const QList<Change> &changes);
    void setSaveState(SaveState state);
    void adopt(const MappingInfo &info);
    void writeDraft();
    void readDraft();
    int targetIndex(const QString &targetId) const;
    QString labelOf(const QString &targetId) const;
    void notifyDirty();

    LoadStatus *m_status;
    QPointer<ApiClient> m_client;
    QPointer<Settings> m_settings;
    QString m_backendId;
    QString m_integrationId;
    QString m_target;
    SaveState m_saveState = SaveState::Idle;
    ApiError m_saveError;
    MappingInfo m_info;
    MappingInfo m_server;
    int m_version = 0;
    QList<MappingRow> m_rows;
    QList<MappingRow> m_savedRows;
    std::optional<QList<MappingRow>> m_draft;
    int m_draftVersion = 0;
    bool m_wasDirty = false;
    QUndoStack *m_undo;
    QObject *m_requests = nullptr; // owns the calls in flight; replaced to cancel them
};

} // namespace Tessera
