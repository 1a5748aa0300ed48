#pragma once

#include <QWidget>
#include <QStringList>

class QLabel;
class QVBoxLayout;

namespace Tessera {

class Card;

// The wizard's side list of steps: done steps ticked, the current one marked, later ones
// plain. Labels only, so it takes no keyboard focus; each row's accessible name says its number,
// title and whether it is done or current.
class WizardStepList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardStepList)
public:
    enum class State { Done, Current, Later };

    explicit WizardStepList(QWidget *parent = nullptr);

    void setSteps(const QStringList &titles);
    void setCurrent(int index);
    int current() const { return m_current; }
    int count() const { return int(m_titles.size()); }
    State state(int index) const;
    // What a screen reader says for a row: "Step 2 of 4: Juro key, current step".
    QString accessibleText(int index) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    QStringList m_titles;
    QList<QLabel *> m_rows;
    Card *m_card;
    int m_current = 0;
};

} // namespace Tessera
