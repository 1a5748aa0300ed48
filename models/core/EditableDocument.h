#pragma once

#include "LoadStatus.h"
#include "models/api/ApiError.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <optional>

class QUndoStack;

namespace Tessera {

class Settings;

// What the editors of a versioned server document share (the field-mapping editor's
// MappingDocument, the plan designer's PlanActivitiesDocument): the load status, the undo
// stack, the version the edits are based on, the save state and its last error, the dirty
// signal, the calls in flight, a version_conflict resolved by reload or overwrite, and the
// draft of unsaved edits kept in Settings (a JSON object with the base version; no secrets)
// and offered again by the next load. Subclasses hold the content and say how it is loaded,
// saved, compared and written to a draft.
class EditableDocument : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditableDocument)
public:
    enum class SaveState { Idle, Saving, Conflict, Failed };
    Q_ENUM(SaveState)

    ~EditableDocument() override;

    // The load state, last error and when it last loaded.
    LoadStatus *status() const { return m_status; }
    QUndoStack *undoStack() const { return m_undo; }
    void setDraftStore(Settings *settings, const QString &backendId);
    int version() const { return m_version; }
    SaveState saveState() const { return m_saveState; }
    ApiError saveError() const { return m_saveError; }
    virtual bool isDirty() const = 0;

    virtual void save() = 0;
    // After conflictDetected(): drop the local edits and take the server's state and version.
    void resolveReload();
    // After conflictDetected(): save the local state over the server's version.
    void resolveOverwrite();

    // A draft from an earlier session that differs from what was loaded.
    bool hasDraft() const { return m_draft.has_value(); }
    void discardDraft();

Q_SIGNALS:
    void dirtyChanged(bool dirty);
    void saveStateChanged(Tessera::EditableDocument::SaveState state);
    void saved();
    void conflictDetected();
    void draftAvailable();

protected:
    explicit EditableDocument(QObject *parent);

    // The stored draft of what is loaded now (empty: none), and storing one (empty: remove it).
    // Called only with a draft store.
    virtual QByteArray loadDraft() const = 0;
    virtual void storeDraft(const QByteArray &bytes) = 0;
    // The edited content as a draft, and whether a stored draft holds just what is loaded.
    virtual QJsonObject draftContent() const = 0;
    virtual bool draftMatches(const QJsonObject &draft) const = 0;
    // Conflict resolution: take the server's state as saved; prepare the local state to be
    // saved over the server's version (which setVersion() takes).
    virtual void adoptServerState() = 0;
    virtual void prepareOverwrite() = 0;

    Settings *settings() const;
    const QString &backendId() const { return m_backendId; }
    // The owner of the calls in flight; beginLoad() replaces it, cancelling them.
    QObject *requests() const { return m_requests; }
    void beginLoad();
    // After the loaded state was adopted: reads the draft, becomes Ready, offers the draft.
    void finishLoad();
    // False when not loaded or already saving; else Saving.
    bool beginSave();
    // The draft follows, Idle, saved().
    void finishSave();
    void failSave(const ApiError &error);
    // The server's state is known: Conflict, conflictDetected().
    void reportConflict();
    void setSaveError(const ApiError &error) { m_saveError = error; }
    void setSaveState(SaveState state);
    void setVersion(int version) { m_version = version; }
    void notifyDirty();
    void writeDraft();
    // The draft to restore (nothing without one); its base version becomes the version, so
    // saving it over a newer server version answers version_conflict instead of overwriting.
    std::optional<QJsonObject> takeDraft();

private:
    void readDraft();

    LoadStatus *m_status;
    QUndoStack *m_undo;
    QPointer<Settings> m_settings;
    QString m_backendId;
    int m_version = 0;
    SaveState m_saveState = SaveState::Idle;
    ApiError m_saveError;
    std::optional<QJsonObject> m_draft;
    bool m_wasDirty = false;
    QObject *m_requests = nullptr;
};

} // namespace Tessera
