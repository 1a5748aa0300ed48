#pragma once

#include "models/mapping/MappingTypes.h"

#include <QDialog>

class QPlainTextEdit;
class QPushButton;
class QWidget;

namespace Tessera {

// Someone else saved the mapping first: reload theirs, overwrite it with ours, or compare the
// two row lists side by side first. Non-modal to the event loop (open(), not exec()).
class MappingConflictDialog final : public QDialog
{
    Q_OBJECT
public:
    MappingConflictDialog(const QString &mappingName, int theirVersion,
                          const QList<MappingRow> &ours, const QList<MappingRow> &theirs,
                          QWidget *parent = nullptr);

    QPushButton *reloadButton() const { return m_reload; }
    QPushButton *overwriteButton() const { return m_overwrite; }
    QPushButton *compareButton() const { return m_compare; }
    QPlainTextEdit *oursText() const { return m_ours; }
    QPlainTextEdit *theirsText() const { return m_theirs; }

    static QString describe(const QList<MappingRow> &rows);

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
