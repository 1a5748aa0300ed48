#include "EditableDocument.h"

#include "models/settings/Settings.h"

#include <QJsonDocument>
#include <QSignalBlocker>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

EditableDocument::EditableDocument(QObject *parent)
    : QObject(parent)
    , m_status(new LoadStatus(this))
    , m_undo(new QUndoStack(this))
    , m_requests(new QObject(this))
{
}

EditableDocument::~EditableDocument()
{
    // The undo stack's commands point back here; drop them before the content goes. Silently:
    // the stack's listeners (the view that owns this document) may already be half destroyed.
    const QSignalBlocker quiet(m_undo);
    m_undo->clear();
}

void EditableDocument::setDraftStore(Settings *settings, const QString &backendId)
{
    m_settings = settings;
    m_backendId = backendId;
}

Settings *EditableDocument::settings() const
{
    return m_settings;
}

void EditableDocument::beginLoad()
{
    delete m_requests;
    m_requests = new QObject(this);
    setSaveState(SaveState::Idle);
    m_status->begin();
}

void EditableDocument::finishLoad()
{
    readDraft();
    m_status->succeed();
    if (m_draft)
        Q_EMIT draftAvailable();
}

bool EditableDocument::beginSave()
{
    if (m_status->state() != LoadState::Ready || m_saveState == SaveState::Saving)
        return false;
    m_saveError = {};
    setSaveState(SaveState::Saving);
    return true;
}

void EditableDocument::finishSave()
{
    writeDraft();
    setSaveState(SaveState::Idle);
    Q_EMIT saved();
}

void EditableDocument::failSave(const ApiError &error)
{
    m_saveError = error;
    setSaveState(SaveState::Failed);
}

void EditableDocument::reportConflict()
{
    setSaveState(SaveState::Conflict);
    Q_EMIT conflictDetected();
}

void EditableDocument::resolveReload()
{
    if (m_saveState != SaveState::Conflict)
        return;
    m_undo->clear();
    adoptServerState();
    writeDraft();
    setSaveState(SaveState::Idle);
}

void EditableDocument::resolveOverwrite()
{
    if (m_saveState != SaveState::Conflict)
        return;
    prepareOverwrite();
    setSaveState(SaveState::Idle);
    save();
}

void EditableDocument::setSaveState(SaveState state)
{
    if (assignState(m_saveState, state))
        Q_EMIT saveStateChanged(state);
}

void EditableDocument::notifyDirty()
{
    const bool dirty = isDirty();
    if (dirty != m_wasDirty) {
        m_wasDirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
}

void EditableDocument::readDraft()
{
    m_draft.reset();
    if (!m_settings)
        return;
    const QJsonObject draft = QJsonDocument::fromJson(loadDraft()).object();
    if (draft.isEmpty())
        return;
    if (draftMatches(draft)) {
        storeDraft({});
        return;
    }
    m_draft = draft;
}

void EditableDocument::writeDraft()
{
    if (!m_settings || m_status->state() == LoadState::Loading)
        return;
    QByteArray bytes;
    if (isDirty()) {
        QJsonObject draft = draftContent();
        draft.insert(u"version"_s, m_version);
        bytes = QJsonDocument(draft).toJson(QJsonDocument::Compact);
    }
    storeDraft(bytes);
}

std::optional<QJsonObject> EditableDocument::takeDraft()
{
    std::optional<QJsonObject> draft;
    draft.swap(m_draft);
    if (draft)
        m_version = draft->value(u"version"_s).toInt();
    return draft;
}

void EditableDocument::discardDraft()
{
    m_draft.reset();
    if (m_settings)
        storeDraft({});
}

} // namespace Tessera
