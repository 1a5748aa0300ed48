#include "ApplicationActivities.h"

#include "models/api/ActivityProtocol.h"
#include "models/api/PlanProtocol.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

ApplicationActivities::ApplicationActivities(ApiClient *client,
                                             RecordList<Integration> *integrations,
                                             QObject *parent)
    : QObject(parent)
    , m_service(client)
    , m_plans(client)
    , m_integrations(integrations)
    , m_status(new LoadStatus(this))
    , m_packagesStatus(new LoadStatus(this))
{
    connect(&m_poll, &RunPoll::due, this, &ApplicationActivities::request);
    if (m_integrations) // the integrations' names on the cards
        connect(m_integrations, &ReferenceList::changed, this, &ApplicationActivities::changed);
}

void ApplicationActivities::setSupported(bool supported)
{
    if (m_supported == supported)
        return;
    m_supported = supported;
    const QString current = m_applicationId;
    m_applicationId.clear();
    show(current);
}

void ApplicationActivities::show(const QString &applicationId)
{
    if (applicationId == m_applicationId && m_status->state() != LoadState::Failed
        && !applicationId.isEmpty())
        return;
    const bool switched = applicationId != m_applicationId;
    delete m_listContext; // an answer for the application shown before reaches nobody
    m_poll.stop();
    m_staleAnswer = false;
    m_applicationId = applicationId;
    if (switched) {
        m_loaded = false;
        m_activities.clear();
        m_errors.clear();
        m_forms.clear();
        m_formLoading.clear();
        m_status->reset();
    }
    if (!m_applicationId.isEmpty() && m_supported) {
        if (m_integrations)
            m_integrations->ensureLoaded();
        request();
    }
    Q_EMIT changed();
}

void ApplicationActivities::reload()
{
    if (m_applicationId.isEmpty() || !m_supported)
        return;
    if (m_listContext) {
        m_staleAnswer = true; // ask once more when the running answer is in
        return;
    }
    request();
}

const CandidateActivity *ApplicationActivities::find(const QString &key) const
{
    for (const CandidateActivity &activity : m_activities)
        if (activity.key() == key)
            return &activity;
    return nullptr;
}

bool ApplicationActivities::anyRunning() const
{
    return std::any_of(m_activities.cbegin(), m_activities.cend(),
                       [](const CandidateActivity &activity) {
                           // A waiting Willo invite changes when Willo looks: poll it too.
                           return activity.isRunning() || activity.dueAt.isValid();
                       });
}

void ApplicationActivities::request()
{
    if (m_applicationId.isEmpty() || !m_supported || m_listContext || !m_poll.mayAsk(m_loaded))
        return;
    m_staleAnswer = false;
    auto *context = new QObject(this);
    m_listContext = context;
    m_status->begin();
    m_service.list(m_applicationId, context,
                   [this, context](const Outcome<QList<CandidateActivity>> &outcome) {
                       context->deleteLater();
                       m_listContext = nullptr;
                       onListed(outcome);
                   });
}

void ApplicationActivities::onListed(const Outcome<QList<CandidateActivity>> &outcome)
{
    if (m_staleAnswer) { // an action answered meanwhile: this list may predate it
        request();
        return;
    }
    if (!outcome.ok()) {
        m_status->fail(outcome.error);
        // A poll that failed tries again on the schedule while runs are known to be running;
        // the first load waits for Retry.
        if (anyRunning())
            m_poll.answered(true);
        Q_EMIT changed();
        return;
    }
    m_activities = outcome.value;
    m_loaded = true;
    m_status->succeed();
    m_poll.answered(anyRunning());
    Q_EMIT changed();
}

bool ApplicationActivities::start(const QString &key, const QJsonObject &values)
{
    const CandidateActivity *activity = find(key);
    if (!activity || m_busy.contains(key) || activity->planActivityId.isEmpty()
        || !activity->id.isEmpty())
        return false;
    m_busy.insert(key);
    m_errors.remove(key);
    const QString applicationId = m_applicationId;
    m_service.startPlanned(applicationId, activity->planActivityId, values, this,
                           [this, applicationId, key](const Outcome<CandidateActivity> &outcome) {
                               onActionDone(applicationId, key, outcome);
                           });
    Q_EMIT changed();
    return true;
}

void ApplicationActivities::loadForm(const QString &key)
{
    const CandidateActivity *activity = find(key);
    if (!activity || activity->planActivityId.isEmpty() || m_formLoading.contains(key)
        || m_forms.contains(key))
        return;
    m_formLoading.insert(key);
    m_errors.remove(key);
    const QString applicationId = m_applicationId;
    m_service.form(applicationId, activity->planActivityId, this,
                   [this, applicationId, key](const Outcome<WorkflowForm> &outcome) {
                       m_formLoading.remove(key);
                       if (applicationId != m_applicationId)
                           return;
                       if (outcome.ok())
                           m_forms.insert(key, outcome.value);
                       else
                           m_errors.insert(key, outcome.error);
                       Q_EMIT changed();
                   });
    Q_EMIT changed();
}

const WorkflowForm *ApplicationActivities::form(const QString &key) const
{
    const auto it = m_forms.constFind(key);
    return it == m_forms.constEnd() ? nullptr : &it.value();
}

bool ApplicationActivities::startPackage(const QString &integrationId,
                                         const QString &assessmentTypeId)
{
    const QString key = newActivityKey;
    if (m_applicationId.isEmpty() || m_busy.contains(key) || assessmentTypeId.isEmpty())
        return false;
    m_busy.insert(key);
    m_errors.remove(key);
    const QString applicationId = m_applicationId;
    m_service.startAssessment(applicationId, integrationId, assessmentTypeId, this,
                              [this, applicationId, key](const Outcome<CandidateActivity> &outcome) {
                                  onActionDone(applicationId, key, outcome);
                              });
    Q_EMIT changed();
    return true;
}

bool ApplicationActivities::cancel(const QString &key, const QString &reason)
{
    const CandidateActivity *activity = find(key);
    if (!activity || activity->id.isEmpty() || m_busy.contains(key) || reason.trimmed().isEmpty())
        return false;
    m_busy.insert(key);
    m_errors.remove(key);
    const QString applicationId = m_applicationId;
    m_service.cancel(activity->id, reason.trimmed(), this,
                     [this, applicationId, key](const Outcome<CandidateActivity> &outcome) {
                         onActionDone(applicationId, key, outcome);
                     });
    Q_EMIT changed();
    return true;
}

void ApplicationActivities::onActionDone(const QString &applicationId, const QString &key,
                                         const Outcome<CandidateActivity> &outcome)
{
    m_busy.remove(key);
    if (applicationId != m_applicationId) // another candidate is open now; theirs is read anew
        return;
    QString newKey = key;
    if (!outcome.ok()) {
        m_errors.insert(key, outcome.error);
    } else {
        newKey = outcome.value.key();
        merge(outcome.value, key == newActivityKey ? QString() : key);
        // Something changed: follow it closely again.
        m_poll.restart();
        if (m_listContext)
            m_staleAnswer = true;
        else
            m_poll.answered(anyRunning());
    }
    Q_EMIT changed();
    Q_EMIT actionFinished(key, newKey, outcome.error);
}

void ApplicationActivities::merge(const CandidateActivity &activity, const QString &replacedKey)
{
    if (activity.key().isEmpty())
        return;
    for (qsizetype i = 0; i < m_activities.size(); ++i) {
        if (m_activities.at(i).key() == activity.key()) {
            m_activities[i] = activity;
            return;
        }
    }
    if (!replacedKey.isEmpty() && replacedKey != activity.key())
        m_activities.removeIf([&](const CandidateActivity &old) { return old.key() == replacedKey; });
    m_activities.append(activity); // runs are listed in start order, after the plan's
}

void ApplicationActivities::clearActionError(const QString &key)
{
    if (m_errors.remove(key))
        Q_EMIT changed();
}

QList<QPair<QString, QString>> ApplicationActivities::assessmentIntegrations() const
{
    QList<QPair<QString, QString>> found;
    if (!m_integrations)
        return found;
    for (const Integration &integration : m_integrations->records())
        if (integration.isEnabled()
            && integration.capabilities.activityKinds.contains(
                QLatin1StringView(Protocol::ActivityKind::assessment)))
            found.append({integration.id, integration.name});
    return found;
}

QString ApplicationActivities::integrationName(const QString &integrationId) const
{
    if (m_integrations)
        if (const Integration *integration = m_integrations->find(integrationId))
            return integration->name;
    return integrationId;
}

void ApplicationActivities::prepareNewActivity()
{
    const auto choose = [this] {
        const auto integrations = assessmentIntegrations();
        if (!integrations.isEmpty()) {
            loadPackages(integrations.constFirst().first);
            return;
        }
        ApiError none(ApiError::Kind::Logical, QString::fromLatin1(Protocol::Method::assessmentTypeList));
        none.setServerMessage(tr("No enabled integration runs assessments. Enable Justifacts in "
                                 "the Marketplace, then try again."));
        m_packages.clear();
        m_packagesStatus->fail(none);
        Q_EMIT packagesChanged();
    };
    if (!m_integrations || m_integrations->status()->hasLoaded()) {
        choose();
        return;
    }
    delete m_packagesContext;
    auto *context = new QObject(this);
    m_packagesContext = context;
    m_packagesStatus->begin();
    Q_EMIT packagesChanged();
    connect(m_integrations->status(), &LoadStatus::stateChanged, context,
            [this, context, choose](LoadState state) {
                if (state == LoadState::Loading)
                    return;
                context->deleteLater();
                if (state == LoadState::Failed) {
                    m_packagesStatus->fail(m_integrations->status()->lastError());
                    Q_EMIT packagesChanged();
                } else {
                    choose();
                }
            });
    m_integrations->ensureLoaded();
}

void ApplicationActivities::loadPackages(const QString &integrationId)
{
    m_packagesIntegrationId = integrationId;
    delete m_packagesContext;
    auto *context = new QObject(this);
    m_packagesContext = context;
    m_packagesStatus->begin();
    Q_EMIT packagesChanged();
    m_plans.assessmentTypes(integrationId, context,
                            [this, context](const Outcome<QList<AssessmentType>> &outcome) {
                                context->deleteLater();
                                if (outcome.ok()) {
                                    m_packages = outcome.value;
                                    m_packagesStatus->succeed();
                                } else {
                                    m_packagesStatus->fail(outcome.error);
                                }
                                Q_EMIT packagesChanged();
                            });
}

} // namespace Tessera
