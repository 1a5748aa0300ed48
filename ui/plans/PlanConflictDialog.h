#pragma once

#include <QDialog>

class QPlainTextEdit;
class QPushButton;
class QWidget;

namespace Tessera {

// Someone else saved the plan's activities first: reload theirs, overwrite theirs with ours,
// or compare both lists first (as the mapping editor's conflict dialog). Opened with open().
class PlanConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanConflictDialog)
public:
    // `ours` and `theirs`: one line per activity ("Background Check: Standard check").
    PlanConflictDialog(const QString &planName, int theirVersion, const QStringList &ours,
                       const QStringList &theirs, QWidget *parent = nullptr);

    QPushButton *reloadButton() const { return m_reload; }
    QPushButton *overwriteButton() const { return m_overwrite; }
    QPushButton *compareButton() const { return m_compare; }
    QPlainTextEdit *oursText() const { return m_ours; }
    QPlainTextEdit *theirsText() const { return m_theirs; }

Q_SIGNALS:
    void reloadChosen();
    void overwriteChosen();

private:
    QPushButton *m_reload;
    QPushButton *m_overwrite;
    QPushButton *m_compare;
    QWidget *m_comparison;
    QPlainTextEdit *m_ours;
    QPlainTextEdit *m_theirs;
};

} // namespace Tessera
