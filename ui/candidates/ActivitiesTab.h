#pragma once

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace Tessera {

class ApplicationActivities;
class CandidateActivityCard;
class CandidateDetail;
class Card;
class DataAgeLabel;
class MessageBanner;
class StateStack;

// Candidates → Activities: what runs for the open candidate's current application
// (ApplicationActivities): a card per activity, "+ New activity" to start another package
// (inline: the package with its description, what is sent to whom, Start), loading, empty and
// error states. While it is on screen the model keeps running activities current; hidden (another
// tab, another view, the window minimised) it asks nothing.
class ActivitiesTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivitiesTab)
public:
    ActivitiesTab(CandidateDetail *detail, ApplicationActivities *activities,
                  QWidget *parent = nullptr);

    ApplicationActivities *model() const { return m_model; }
    // The card of an activity (its run id, or CandidateActivity::planKey(planActivityId)).
    CandidateActivityCard *card(const QString &key) const { return m_cards.value(key); }
    QList<CandidateActivityCard *> cards() const;
    QPushButton *newActivityButton() const { return m_newButton; }
    QWidget *newActivityPanel() const;
    StateStack *states() const { return m_states; }
    MessageBanner *banner() const { return m_banner; }

Q_SIGNALS:
    // The tab's title should change (the count).
    void countChanged();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showApplication();
    void render();
    void renderPackages();
    void openNewActivity();
    void updateFocusChain();
    void onActionFinished(const QString &key, const QString &newKey);

    CandidateDetail *m_detail;
    ApplicationActivities *m_model;
    QLabel *m_intro;
    QPushButton *m_newButton;
    DataAgeLabel *m_age;
    MessageBanner *m_banner;
    Card *m_newPanel;
    QLabel *m_packageLabel;
    QComboBox *m_packages;
    QLabel *m_packageDescription;
    QLabel *m_newConfirm;
    MessageBanner *m_newError;
    QPushButton *m_newStart;
    QPushButton *m_newClose;
    QWidget *m_list;
    QVBoxLayout *m_listLayout;
    QScrollArea *m_scroll;
    StateStack *m_states;
    QHash<QString, CandidateActivityCard *> m_cards;
    QTimer m_clock; // "Updated N s ago" on the cards
};

} // namespace Tessera
