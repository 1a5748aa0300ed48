#pragma once

#include <QJsonArray>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace Tessera {

class TransformParamsForm;
class ValueMapEditor;

// The transforms of one mapping row as a chain: add by type, edit the selected one's
// parameters (a value map inline, the others as a form), move up or down (Ctrl+Up, Ctrl+Down),
// remove (Delete). Emits chainChanged with the whole chain after every committed edit.
class TransformChainEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit TransformChainEditor(QWidget *parent = nullptr);

    // The chain of the selected target; `enabled` false when no target is chosen.
    void setChain(const QJsonArray &chain, const QString &caption, bool enabled = true);
    QJsonArray chain() const { return m_chain; }
    int currentTransform() const;
    void selectTransform(int position);

    void addTransform(const QString &type);
    void removeCurrent();
    void moveCurrent(int delta);

    ValueMapEditor *valueMapEditor() const { return m_valueMap; }
    TransformParamsForm *paramsForm() const { return m_params; }
    QListWidget *list() const { return m_list; }
    QToolButton *addButton() const { return m_add; }

Q_SIGNALS:
    void chainChanged(const QJsonArray &chain);

private:
    void rebuildList(int select);
    void showCurrent();
    void updateButtons();
    void replaceCurrent(const QJsonObject &transform);
    void commit(const QJsonArray &chain, int select);

    QLabel *m_caption;
    QListWidget *m_list;
    QToolButton *m_add;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_remove;
    QStackedWidget *m_pages;
    QLabel *m_empty;
    ValueMapEditor *m_valueMap;
    TransformParamsForm *m_params;
    QJsonArray m_chain;
};

} // namespace Tessera
