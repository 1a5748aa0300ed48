#include "NotesModel.h"

#include "models/core/DecodeList.h"

#include "models/core/DisplayText.h"

namespace Tessera {

NotesModel::NotesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int NotesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

int NotesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NotesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Note &note = m_notes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case CreatedColumn: return DisplayText::dateTime(note.createdAt);
        case AuthorColumn: return author(note);
        case ContentColumn: return DisplayText::plainText(note.content);
        case PrivateColumn: return note.isPrivate ? tr("Private") : tr("Shared");
        default: return {};
        }
    case IdRole: return note.id;
    case ContentRole: return note.content;
    case IsPrivateRole: return note.isPrivate;
    case CreatedAtRole: return note.createdAt;
    case IntegrationIdRole: return note.integrationId;
    case AuthorRole: return author(note);
    default: return {};
    }
}

QString NotesModel::author(const Note &note)
{
    if (note.authorName.isEmpty())
        return tr("Unknown");
    // A partner's note is marked in words, so it reads the same without colour.
    return note.integrationId.isEmpty() ? note.authorName : tr("From %1").arg(note.authorName);
}

QVariant NotesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CreatedColumn: return tr("Created");
    case AuthorColumn: return tr("Author");
    case ContentColumn: return tr("Note");
    case PrivateColumn: return tr("Visibility");
    default: return {};
    }
}

void NotesModel::setNotes(QList<Note> notes)
{
    beginResetModel();
    m_notes = std::move(notes);
    endResetModel();
}

int NotesModel::addNote(const Note &note)
{
    const int existing = rowOf(note.id);
    if (existing >= 0)
        return existing;
    const int row = int(m_notes.size());
    beginInsertRows({}, row, row);
    m_notes.append(note);
    endInsertRows();
    return row;
}

void NotesModel::clear()
{
    if (m_notes.isEmpty())
        return;
    beginResetModel();
    m_notes.clear();
    endResetModel();
}

int NotesModel::rowOf(const QString &noteId) const
{
    return indexOfId(m_notes, noteId);
}

} // namespace Tessera
