#pragma once

#include <QJsonObject>
#include <QWidget>

class QLineEdit;
class QPushButton;
class QTableView;

namespace Tessera {

class ValueMapModel;

// Edits one valueMap transform inline: a From/To table (add and remove rows, Ctrl+V pastes two
// tab- or comma-separated columns from the clipboard) and the default for values not in the
// table (empty: they pass through unchanged). Emits transformChanged after every edit.
class ValueMapEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit ValueMapEditor(QWidget *parent = nullptr);

    void setTransform(const QJsonObject &transform);
    QJsonObject transform() const;
    ValueMapModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *defaultEdit() const { return m_default; }
    // Adds the clipboard's pairs (also Ctrl+V in the table); returns how many.
    int pasteFromClipboard();
    void addRow();
    void removeSelectedRows();

Q_SIGNALS:
    void transformChanged(const QJsonObject &transform);

private:
    void emitChange();

    ValueMapModel *m_model;
    QTableView *m_table;
    QLineEdit *m_default;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_paste;
    QJsonObject m_transform;
    bool m_updating = false;
};

} // namespace Tessera
