#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QWidget;

namespace Tessera {

// Someone else saved what is being edited first (a field mapping, a plan's activities): reload
// theirs, overwrite theirs with ours, or compare both first. The editor supplies what differs
// between editors as Texts; they are asked for again when the language changes while the dialog
// is open. Opened with open(), never exec().
class VersionConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VersionConflictDialog)
public:
    struct Texts
    {
        QString title;       // the window title
        QString explanation; // what happened and what the buttons do
        QString ours;        // the comparison: the unsaved side, one line per item
        QString theirs;      // the comparison: the server's side
        QString oursName;    // accessible names of the two sides ("Your rows")
        QString theirsName;
    };

    VersionConflictDialog(int theirVersion, std::function<Texts()> texts,
                          QWidget *parent = nullptr);

    QPushButton *reloadButton() const { return m_reload; }
    QPushButton *overwriteButton() const { return m_overwrite; }
    QPushButton *compareButton() const { return m_compare; }
    QPlainTextEdit *oursText() const { return m_ours; }
    QPlainTextEdit *theirsText() const { return m_theirs; }

Q_SIGNALS:
    void reloadChosen();
    void overwriteChosen();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    int m_theirVersion;
    std::function<Texts()> m_texts;
    QLabel *m_explanation;
    QPushButton *m_reload;
    QPushButton *m_overwrite;
    QPushButton *m_compare;
    QWidget *m_comparison;
    QLabel *m_oursCaption;
    QLabel *m_theirsCaption;
    QPlainTextEdit *m_ours;
    QPlainTextEdit *m_theirs;
};

} // namespace Tessera
