#pragma once

#include "models/domain/Note.h"

#include <QAbstractTableModel>
#include <QList>

namespace Tessera {

// One candidate's notes in creation order (oldest first, as the backend lists them).
class NotesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotesModel)
public:
    enum Column { CreatedColumn, AuthorColumn, ContentColumn, PrivateColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        ContentRole,   // the content as the backend keeps it (plain text or sanitised HTML)
        IsPrivateRole, // bool
        CreatedAtRole, // QDateTime
        IntegrationIdRole, // the partner that wrote it ("willo"), empty for a person
        AuthorRole,    // "From Willo" for a partner, the person's name otherwise
    };

    explicit NotesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setNotes(QList<Note> notes);
    // Appends the note unless one with its id is already there; returns its row.
    int addNote(const Note &note);
    void clear();

    const QList<Note> &notes() const { return m_notes; }
    int rowOf(const QString &noteId) const;

private:
    static QString author(const Note &note);

    QList<Note> m_notes;
};

} // namespace Tessera
