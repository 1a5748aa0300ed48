#pragma once

#include <QHash>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace Tessera {

class ApiError;
class CandidateDetail;

// The Notes tab: the candidate's notes, and an editor to add one (the button or Ctrl+Enter).
// Typed text is never lost: it stays in the editor until the server confirms the note, comes
// back if saving fails, and is kept per candidate as a draft while another one is shown.
// The selected note is shown whole below the list, its links open in the browser.
class NotesTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotesTab)
public:
    explicit NotesTab(CandidateDetail *detail, QWidget *parent = nullptr);

    QString draft() const;

Q_SIGNALS:
    void noteFailed(const Tessera::ApiError &error);
    void noteSaved();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void submit();
    void onCandidateChanged();
    void onNoteAdded(const QString &candidateId);
    void onNoteFailed(const QString &candidateId, const ApiError &error, const QString &text);
    void updateControls();
    void showSelectedNote();
    void openLink(const QString &link);

    CandidateDetail *m_detail;
    QTableView *m_list;
    QLabel *m_empty;
    QLabel *m_viewer;
    QPlainTextEdit *m_editor;
    QCheckBox *m_private;
    QPushButton *m_add;
    QLabel *m_saving;
    QString m_candidateId; // whose draft the editor holds
    QString m_sentText;
    QHash<QString, QString> m_drafts;
};

} // namespace Tessera
