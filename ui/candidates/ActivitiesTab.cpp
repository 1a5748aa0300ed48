#include "ActivitiesTab.h"

#include "CandidateActivityCard.h"
#include "models/activities/ApplicationActivities.h"
#include "models/candidates/ApplicationsModel.h"
#include "models/candidates/CandidateDetail.h"
#include "ui/common/Card.h"
#include "ui/common/DataAgeLabel.h"
#include "ui/common/EmptyState.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/Retranslator.h"
#include "ui/common/Spacing.h"
#include "ui/common/StateStack.h"
#include "ui/common/TextStyle.h"
#include "ui/common/WebLink.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

ActivitiesTab::ActivitiesTab(CandidateDetail *detail, ApplicationActivities *activities,
                             QWidget *parent)
    : QWidget(parent)
    , m_detail(detail)
    , m_model(activities)
    , m_intro(new QLabel(this))
    , m_newButton(new QPushButton(this))
    , m_age(new DataAgeLabel(this))
    , m_banner(new MessageBanner(this))
    , m_newPanel(new Card({}, this))
    , m_packageLabel(new QLabel(m_newPanel))
    , m_packages(new QComboBox(m_newPanel))
    , m_packageDescription(new QLabel(m_newPanel))
    , m_newConfirm(new QLabel(m_newPanel))
    , m_newError(new MessageBanner(m_newPanel))
    , m_newStart(new QPushButton(m_newPanel))
    , m_newClose(new QPushButton(m_newPanel))
    , m_list(new QWidget(this))
    , m_listLayout(new QVBoxLayout(m_list))
    , m_scroll(new QScrollArea(this))
    , m_states(new StateStack(m_scroll, this))
{
    setObjectName(u"activitiesTab"_s);
    m_model->setParent(this);
    m_intro->setObjectName(u"activitiesIntro"_s);
    m_intro->setWordWrap(true);
    TextStyle::apply(m_intro, TextStyle::Role::Caption);
    m_newButton->setObjectName(u"newActivityButton"_s);
    m_age->setObjectName(u"activitiesDataAge"_s);
    m_age->track(m_model->status());
    m_banner->setObjectName(u"activitiesBanner"_s);
    m_newPanel->setObjectName(u"newActivityPanel"_s);
    m_packages->setObjectName(u"newActivityPackage"_s);
    m_packageLabel->setBuddy(m_packages);
    m_packageDescription->setObjectName(u"newActivityDescription"_s);
    m_packageDescription->setWordWrap(true);
    m_newConfirm->setObjectName(u"newActivityConfirm"_s);
    m_newConfirm->setWordWrap(true);
    m_newError->setObjectName(u"newActivityError"_s);
    m_newStart->setObjectName(u"newActivityStart"_s);
    m_newClose->setObjectName(u"newActivityClose"_s);
    m_states->setObjectName(u"activitiesStates"_s);
    m_states->empty()->setObjectName(u"activitiesEmpty"_s);
    m_scroll->setObjectName(u"activitiesScroll"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus); // the cards' buttons are the stops
    m_scroll->setWidget(m_list);
    m_listLayout->setContentsMargins(0, 0, 0, 0);
    m_listLayout->setSpacing(Spacing::Normal);
    m_listLayout->addStretch(1);

    auto *newLayout = m_newPanel->body();
    newLayout->addWidget(m_packageLabel);
    newLayout->addWidget(m_packages);
    newLayout->addWidget(m_packageDescription);
    newLayout->addWidget(m_newConfirm);
    newLayout->addWidget(m_newError);
    auto *newButtons = new QHBoxLayout;
    Spacing::setGroupMargins(newButtons);
    newButtons->addStretch(1);
    newButtons->addWidget(m_newClose);
    newButtons->addWidget(m_newStart);
    newLayout->addLayout(newButtons);
    m_newPanel->hide();

    auto *top = new QHBoxLayout;
    Spacing::setGroupMargins(top);
    top->addWidget(m_intro, 1);
    top->addWidget(m_age, 0, Qt::AlignVCenter);
    top->addWidget(m_newButton, 0, Qt::AlignVCenter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Spacing::Normal, Spacing::Normal, Spacing::Normal, Spacing::Normal);
    layout->setSpacing(Spacing::Normal);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_newPanel);
    layout->addWidget(m_states, 1);

    m_clock.setInterval(1'000);
    connect(&m_clock, &QTimer::timeout, this, [this] {
        for (CandidateActivityCard *card : std::as_const(m_cards))
            card->updateAge();
    });
    connect(m_model, &ApplicationActivities::changed, this, &ActivitiesTab::render);
    connect(m_model, &ApplicationActivities::packagesChanged, this, &ActivitiesTab::renderPackages);
    connect(m_model, &ApplicationActivities::actionFinished, this,
            [this](const QString &key, const QString &newKey) { onActionFinished(key, newKey); });
    connect(m_banner, &MessageBanner::retryRequested, m_model, &ApplicationActivities::reload);
    connect(m_newButton, &QPushButton::clicked, this, &ActivitiesTab::openNewActivity);
    connect(m_states->empty(), &EmptyState::actionTriggered, this, &ActivitiesTab::openNewActivity);
    connect(m_newClose, &QPushButton::clicked, this, [this] {
        m_newPanel->hide();
        m_model->clearActionError(ApplicationActivities::newActivityKey);
        m_newButton->setFocus(Qt::OtherFocusReason);
    });
    connect(m_packages, &QComboBox::currentIndexChanged, this, [this] { renderPackages(); });
    connect(m_newError, &MessageBanner::retryRequested, this, [this] {
        if (m_model->packagesStatus()->state() == LoadState::Failed)
            m_model->prepareNewActivity();
        else
            m_newStart->click();
    });
    connect(m_newStart, &QPushButton::clicked, this, [this] {
        const QString package = m_packages->currentData().toString();
        if (!package.isEmpty())
            m_model->startPackage(m_model->packagesIntegrationId(), package);
    });
    // Focus moving onto a card further down scrolls it into view.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && m_list->isAncestorOf(now))
            m_scroll->ensureWidgetVisible(now);
    });
    connect(detail, &CandidateDetail::stateChanged, this, &ActivitiesTab::showApplication);
    connect(detail, &CandidateDetail::applicationRefreshed, m_model, &ApplicationActivities::reload);

    Retranslator::follow(this, [this] {
        setAccessibleName(tr("Activities"));
        m_newButton->setText(tr("+ &New activity"));
        m_newButton->setAccessibleName(tr("New activity"));
        m_newButton->setToolTip(tr("Start another assessment package for this application"));
        m_newPanel->setTitle(tr("New assessment"));
        m_packageLabel->setText(tr("&Package:"));
        m_packages->setAccessibleName(tr("Assessment package"));
        m_newClose->setText(tr("Close"));
        m_scroll->setAccessibleName(tr("Activities of this application"));
        m_states->empty()->setAction(tr("+ New activity"));
        render();
        renderPackages();
    });
    showApplication();
}

QList<CandidateActivityCard *> ActivitiesTab::cards() const
{
    QList<CandidateActivityCard *> ordered;
    for (int i = 0; i < m_listLayout->count(); ++i)
        if (auto *card = qobject_cast<CandidateActivityCard *>(m_listLayout->itemAt(i)->widget()))
            ordered << card;
    return ordered;
}

QWidget *ActivitiesTab::newActivityPanel() const
{
    return m_newPanel;
}

void ActivitiesTab::showApplication()
{
    if (m_detail->state() != LoadState::Ready) {
        if (m_detail->state() == LoadState::Loading) {
            m_model->clear();
            m_newPanel->hide();
        }
        return;
    }
    const Application *current = m_detail->applications()->mostRecent();
    m_model->show(current ? current->id : QString());
}

void ActivitiesTab::render()
{
    const Application *current = m_detail->applications()->mostRecent();
    const bool supported = m_model->isSupported();
    const bool hasApplication = current && !m_model->applicationId().isEmpty();
    if (!supported)
        m_intro->setText(tr("This backend speaks only Ashby's public API, which has no candidate "
                            "activities."));
    else if (hasApplication)
        m_intro->setText(tr("For the application to %1 at the stage \"%2\".")
                             .arg(current->jobTitle, current->currentStage.title));
    else
        m_intro->setText(tr("This candidate has no application, so nothing runs for them."));
    m_newButton->setVisible(supported && hasApplication);
    m_newButton->setEnabled(!m_model->isBusy(ApplicationActivities::newActivityKey));

    const CandidateActivityCard::Subject subject{m_detail->candidate().name,
                                                  current ? current->jobTitle : QString()};
    QSet<QString> shown;
    int index = 0;
    for (const CandidateActivity &activity : m_model->activities()) {
        const QString key = activity.key();
        shown.insert(key);
        CandidateActivityCard *card = m_cards.value(key);
        if (!card) {
            card = new CandidateActivityCard(m_list);
            m_cards.insert(key, card);
            connect(card, &CandidateActivityCard::startRequested, m_model,
                    [this](const QString &activityKey, const QJsonObject &values) {
                        m_model->start(activityKey, values);
                    });
            connect(card, &CandidateActivityCard::formRequested, m_model,
                    [this](const QString &activityKey) { m_model->loadForm(activityKey); });
            connect(card, &CandidateActivityCard::cancelRequested, m_model,
                    [this](const QString &activityKey, const QString &reason) {
                        m_model->cancel(activityKey, reason);
                    });
            connect(card, &CandidateActivityCard::viewRequested, this,
                    [](const QString &url) { WebLink::open(url); });
        }
        card->setActivity(activity, m_model->integrationName(activity.integrationId), subject,
                          m_model->isBusy(key), m_model->actionError(key));
        card->setForm(m_model->form(key), m_model->isFormLoading(key));
        if (m_listLayout->indexOf(card) != index) {
            m_listLayout->removeWidget(card);
            m_listLayout->insertWidget(index, card);
        }
        card->show();
        ++index;
    }
    for (auto it = m_cards.begin(); it != m_cards.end();) {
        if (shown.contains(it.key())) {
            ++it;
            continue;
        }
        // A plan activity just started keeps its refusal form until its run card exists.
        if (m_model->isBusy(it.key())) {
            ++it;
            continue;
        }
        m_listLayout->removeWidget(it.value());
        it.value()->hide();
        it.value()->deleteLater();
        it = m_cards.erase(it);
    }
    updateFocusChain();

    const LoadState state = m_model->status()->state();
    if (!supported || !hasApplication) {
        m_states->empty()->setText(supported ? tr("Activities run for an application; this "
                                                  "candidate has none.")
                                             : tr("Candidate activities need a backend with "
                                                  "Tessera's extensions, such as the local sandbox."));
        m_states->empty()->setAction({});
        m_states->showEmpty();
    } else if (m_model->activities().isEmpty() && (state == LoadState::Loading
                                                   || state == LoadState::Idle)) {
        m_states->showLoading(tr("Loading the activities of %1…").arg(m_detail->candidate().name));
    } else if (m_model->activities().isEmpty() && state == LoadState::Ready) {
        m_states->empty()->setText(
            tr("No activities at this stage. Activities are partner steps such as a background "
               "check or a contract workflow: an admin places them on interview stages in "
               "Interview plans, and they appear here when the candidate reaches that stage. "
               "You can also start an assessment by hand with + New activity."));
        m_states->empty()->setAction(tr("+ New activity"));
        m_states->showEmpty();
    } else if (!m_model->activities().isEmpty()) {
        m_states->showContent();
    } else {
        m_states->empty()->setText(tr("The activities could not be loaded."));
        m_states->empty()->setAction({});
        m_states->showEmpty();
    }
    if (state == LoadState::Failed) {
        const ApiError &error = m_model->status()->lastError();
        m_banner->showMessage(StatusPalette::Status::Failing,
                              m_model->activities().isEmpty()
                                  ? tr("The activities could not be loaded. %1").arg(error.userMessage())
                                  : tr("The activities could not be refreshed; what is shown may be "
                                       "out of date. %1").arg(error.userMessage()),
                              error.details(), true);
    } else {
        m_banner->clear();
    }
    renderPackages();
    Q_EMIT countChanged();
}

void ActivitiesTab::openNewActivity()
{
    m_newPanel->show();
    m_model->prepareNewActivity();
    m_packages->setFocus(Qt::OtherFocusReason);
}

void ActivitiesTab::renderPackages()
{
    const QString chosen = m_packages->currentData().toString();
    const QList<AssessmentType> &packages = m_model->packages();
    bool same = m_packages->count() == packages.size();
    for (qsizetype i = 0; same && i < packages.size(); ++i)
        same = m_packages->itemData(int(i)).toString() == packages.at(i).id;
    if (!same) {
        const QSignalBlocker block(m_packages);
        m_packages->clear();
        for (const AssessmentType &package : packages)
            m_packages->addItem(package.name, package.id);
        const int keep = m_packages->findData(chosen);
        m_packages->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    const int index = m_packages->currentIndex();
    const AssessmentType *package = index >= 0 && index < packages.size() ? &packages.at(index)
                                                                           : nullptr;
    const QString integration = m_model->integrationName(m_model->packagesIntegrationId());
    m_packageDescription->setText(package ? package->description : QString());
    m_packageDescription->setVisible(package && !package->description.isEmpty());
    m_packageDescription->setAccessibleName(m_packageDescription->text());
    const Application *current = m_detail->applications()->mostRecent();
    m_newConfirm->setText(
        package ? tr("%1 receives %2's name, email address and profile link and the job \"%3\", "
                     "and starts \"%4\" for them.")
                      .arg(integration, m_detail->candidate().name,
                           current ? current->jobTitle : QString(), package->name)
                : QString());
    m_newConfirm->setVisible(package != nullptr);
    const bool busy = m_model->isBusy(ApplicationActivities::newActivityKey);
    m_newStart->setText(busy ? tr("Starting…") : tr("Start assessment"));
    m_newStart->setAccessibleName(package ? tr("Start assessment %1").arg(package->name)
                                          : tr("Start assessment"));
    m_newStart->setEnabled(package != nullptr && !busy);

    const LoadStatus *status = m_model->packagesStatus();
    const ApiError startError = m_model->actionError(ApplicationActivities::newActivityKey);
    if (status->state() == LoadState::Failed) {
        m_newError->showMessage(StatusPalette::Status::Failing,
                                tr("The packages could not be listed. %1")
                                    .arg(status->lastError().userMessage()),
                                status->lastError().details(), true);
    } else if (startError.isError()) {
        const bool refused = startError.kind() == ApiError::Kind::Logical
            && startError.code() != u"partner_unavailable"_s;
        m_newError->showMessage(StatusPalette::Status::Failing, startError.userMessage(),
                                startError.details(), !refused);
    } else if (status->state() == LoadState::Loading) {
        m_newError->showMessage(StatusPalette::Status::InProgress,
                                tr("Asking %1 which packages it offers…").arg(integration));
    } else {
        m_newError->clear();
    }
}

void ActivitiesTab::updateFocusChain()
{
    QWidget *previous = m_newButton;
    for (QWidget *widget : {static_cast<QWidget *>(m_packages), static_cast<QWidget *>(m_newClose),
                            static_cast<QWidget *>(m_newStart)}) {
        setTabOrder(previous, widget);
        previous = widget;
    }
    for (CandidateActivityCard *card : cards())
        for (QWidget *widget : card->focusChain()) {
            setTabOrder(previous, widget);
            previous = widget;
        }
}

void ActivitiesTab::onActionFinished(const QString &key, const QString &newKey)
{
    if (key == ApplicationActivities::newActivityKey) {
        if (!m_model->actionError(key).isError()) {
            m_newPanel->hide();
            if (CandidateActivityCard *card = m_cards.value(newKey))
                card->focusFirstAction();
        }
        return;
    }
    // Focus was on a card that became another (a plan activity that started): follow it.
    if (key != newKey)
        if (CandidateActivityCard *card = m_cards.value(newKey))
            card->focusFirstAction();
}

void ActivitiesTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_model->setWatched(true);
    m_clock.start();
    for (CandidateActivityCard *card : std::as_const(m_cards))
        card->updateAge();
}

void ActivitiesTab::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_model->setWatched(false);
    m_clock.stop();
}

} // namespace Tessera
