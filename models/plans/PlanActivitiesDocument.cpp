#include "PlanActivitiesDocument.h"

#include "models/api/ApiProtocol.h"
#include "models/api/PlanProtocol.h"
#include "models/core/DecodeList.h"
#include "models/settings/Settings.h"

#include <QJsonArray>
#include <QSet>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {
// Local id → server id for the activities a save created: the answer lists each stage's
// activities in the order they were sent.
QHash<QString, QString> idsAssigned(const QHash<QString, QList<PlanActivity>> &sent,
                                    const QHash<QString, QList<PlanActivity>> &answered)
{
    QHash<QString, QString> ids;
    for (auto it = sent.cbegin(); it != sent.cend(); ++it) {
        const QList<PlanActivity> server = answered.value(it.key());
        for (qsizetype i = 0; i < it.value().size() && i < server.size(); ++i)
            if (it.value().at(i).id != server.at(i).id)
                ids.insert(it.value().at(i).id, server.at(i).id);
    }
    return ids;
}
} // namespace

PlanActivitiesDocument::PlanActivitiesDocument(ApiClient *client, QObject *parent)
    : EditableDocument(parent)
    , m_service(client)
{
}

void PlanActivitiesDocument::load(const QString &interviewPlanId)
{
    m_planId = interviewPlanId;
    reload();
}

void PlanActivitiesDocument::reload()
{
    beginLoad();
    m_pendingList.reset();
    m_automationsDone = false;
    m_automations.clear();
    m_automationsError = {};
    m_service.list(m_planId, requests(), [this](const Outcome<ActivityList> &outcome) {
        if (!outcome.ok()) {
            status()->fail(outcome.error);
            return;
        }
        m_pendingList = outcome.value;
        finishWhenBothLoaded();
    });
    m_service.automations(m_planId, requests(),
                          [this](const Outcome<QList<PlanAutomation>> &outcome) {
                              m_automationsDone = true;
                              m_automations = outcome.value;
                              m_automationsError = outcome.error;
                              finishWhenBothLoaded();
                          });
}

// Ready once both the activities and the automations answered (automations may fail alone).
void PlanActivitiesDocument::finishWhenBothLoaded()
{
    if (!m_pendingList || !m_automationsDone)
        return;
    undoStack()->clear();
    adopt(*m_pendingList);
    m_pendingList.reset();
    finishLoad();
}

PlanActivitiesDocument::Stages PlanActivitiesDocument::group(const QList<PlanActivity> &activities)
{
    Stages stages;
    for (const PlanActivity &activity : activities)
        stages[activity.interviewStageId].append(activity);
    return stages;
}

QList<PlanActivity> PlanActivitiesDocument::flatten(const Stages &stages)
{
    QList<PlanActivity> all;
    for (auto it = stages.cbegin(); it != stages.cend(); ++it)
        all.append(it.value());
    return all;
}

std::optional<ActivityPlacement> PlanActivitiesDocument::find(const Stages &stages,
                                                              const QString &id)
{
    for (auto it = stages.cbegin(); it != stages.cend(); ++it)
        for (qsizetype i = 0; i < it.value().size(); ++i)
            if (it.value().at(i).id == id)
                return ActivityPlacement{it.value().at(i), int(i)};
    return std::nullopt;
}

void PlanActivitiesDocument::adopt(const ActivityList &list)
{
    setVersion(list.version);
    m_stages = group(list.activities);
    m_savedStages = m_stages;
    Q_EMIT activitiesChanged();
    notifyDirty();
}

QList<PlanActivity> PlanActivitiesDocument::activitiesOn(const QString &stageId) const
{
    return m_stages.value(stageId);
}

QList<PlanActivity> PlanActivitiesDocument::activities() const
{
    return flatten(m_stages);
}

QList<PlanActivity> PlanActivitiesDocument::savedActivities() const
{
    return flatten(m_savedStages);
}

std::optional<ActivityPlacement> PlanActivitiesDocument::placement(const QString &activityId) const
{
    return find(m_stages, activityId);
}

bool PlanActivitiesDocument::hasDuplicate(const QString &stageId, const QString &kind,
                                          const QString &configId, const QString &exceptId) const
{
    for (const PlanActivity &activity : m_stages.value(stageId))
        if (activity.id != exceptId && activity.kind == kind && activity.configId() == configId)
            return true;
    return false;
}

int PlanActivitiesDocument::unsavedCount() const
{
    QSet<QString> ids;
    for (const PlanActivity &activity : flatten(m_stages))
        ids.insert(activity.id);
    for (const PlanActivity &activity : flatten(m_savedStages))
        ids.insert(activity.id);
    int count = 0;
    for (const QString &id : std::as_const(ids)) {
        const auto now = find(m_stages, id);
        const auto saved = find(m_savedStages, id);
        if (now.has_value() != saved.has_value()
            || (now && (!now->activity.sameAs(saved->activity) || now->index != saved->index)))
            ++count;
    }
    return count;
}

bool PlanActivitiesDocument::push(const QString &text,
                                  const QList<ActivityChangeCommand::Change> &changes)
{
    QList<ActivityChangeCommand::Change> recorded;
    for (const ActivityChangeCommand::Change &change : changes) {
        const bool same = change.before.has_value() == change.after.has_value()
            && (!change.before
                || (change.before->activity.sameAs(change.after->activity)
                    && change.before->index == change.after->index));
        if (!same)
            recorded.append(change);
    }
    if (recorded.isEmpty() || status()->state() != LoadState::Ready)
        return false;
    undoStack()->push(new ActivityChangeCommand(this, text, recorded));
    return true;
}

QString PlanActivitiesDocument::add(const PaletteItem &item, const QString &stageId, int index)
{
    if (stageId.isEmpty() || item.configId.isEmpty() || item.isRefused())
        return {};
    PlanActivity activity;
    activity.id = PlanActivity::newLocalId();
    activity.interviewStageId = stageId;
    activity.kind = item.kind;
    activity.integrationId = item.integrationId;
    activity.title = item.title;
    activity.config = {{PlanActivity::configKey(item.kind), item.configId}};
    const int size = int(m_stages.value(stageId).size());
    const int at = index < 0 || index > size ? size : index;
    if (!push(tr("Add %1").arg(item.title), {{activity.id, std::nullopt, {{activity, at}}}}))
        return {};
    return activity.id;
}

bool PlanActivitiesDocument::remove(const QString &activityId)
{
    const auto before = placement(activityId);
    if (!before)
        return false;
    return push(tr("Remove %1").arg(before->activity.title), {{activityId, before, std::nullopt}});
}

bool PlanActivitiesDocument::move(const QString &activityId, const QString &stageId, int index)
{
    const auto before = placement(activityId);
    if (!before || stageId.isEmpty())
        return false;
    QList<PlanActivity> target = m_stages.value(stageId);
    if (before->activity.interviewStageId == stageId)
        target.removeAt(before->index);
    const int size = int(target.size());
    ActivityPlacement after{before->activity, index < 0 || index > size ? size : index};
    after.activity.interviewStageId = stageId;
    return push(tr("Move %1").arg(before->activity.title), {{activityId, before, after}});
}

bool PlanActivitiesDocument::reorder(const QString &activityId, int delta)
{
    const auto before = placement(activityId);
    if (!before)
        return false;
    const int to = before->index + delta;
    if (to < 0 || to >= m_stages.value(before->activity.interviewStageId).size())
        return false;
    return move(activityId, before->activity.interviewStageId, to);
}

bool PlanActivitiesDocument::changeConfig(const QString &activityId, const QString &configId,
                                          const QString &title)
{
    const auto before = placement(activityId);
    if (!before || configId.isEmpty())
        return false;
    ActivityPlacement after = *before;
    after.activity.config = {{PlanActivity::configKey(after.activity.kind), configId}};
    after.activity.title = title;
    // The backend computed the problems for the old package; it checks the new one on save.
    after.activity.problems.clear();
    return push(tr("Change %1").arg(before->activity.title), {{activityId, before, after}});
}

QList<PlanActivitiesDocument::ActivityChangeCommand::Change>
PlanActivitiesDocument::replaceAllWith(const Stages &stages) const
{
    QList<ActivityChangeCommand::Change> changes;
    for (const PlanActivity &activity : flatten(m_stages))
        changes.append({activity.id, placement(activity.id), std::nullopt});
    for (auto it = stages.cbegin(); it != stages.cend(); ++it)
        for (qsizetype i = 0; i < it.value().size(); ++i)
            changes.append({it.value().at(i).id, std::nullopt,
                            ActivityPlacement{it.value().at(i), int(i)}});
    return changes;
}

bool PlanActivitiesDocument::revert()
{
    if (!isDirty())
        return false;
    undoStack()->push(new ActivityChangeCommand(this, tr("Revert"), replaceAllWith(m_savedStages)));
    return true;
}

void PlanActivitiesDocument::applyChange(const QString &activityId,
                                   const std::optional<ActivityPlacement> &next)
{
    for (auto it = m_stages.begin(); it != m_stages.end(); ++it) {
        QList<PlanActivity> &list = it.value();
        for (qsizetype i = 0; i < list.size(); ++i)
            if (list.at(i).id == activityId) {
                list.removeAt(i);
                break;
            }
    }
    if (next) {
        QList<PlanActivity> &list = m_stages[next->activity.interviewStageId];
        list.insert(qBound(0, next->index, int(list.size())), next->activity);
    }
    // Empty stages compare equal to missing ones.
    for (auto it = m_stages.begin(); it != m_stages.end();)
        it = it.value().isEmpty() ? m_stages.erase(it) : std::next(it);
    Q_EMIT activitiesChanged();
    notifyDirty();
    writeDraft();
}

void PlanActivitiesDocument::save()
{
    if (!beginSave())
        return;
    const Stages sent = m_stages;
    m_service.set(m_planId, version(), flatten(sent), requests(),
                  [this, sent](const Outcome<ActivityList> &outcome) {
        if (outcome.ok()) {
            // New activities get their server ids: the undo history holds local ones.
            const bool unchanged = m_stages == sent;
            undoStack()->clear();
            if (unchanged) {
                adopt(outcome.value);
            } else {
                // Edited while saving: the edits stay, and what was new in the sent list takes
                // the server's ids (same stage, same position), so the next save updates those
                // activities instead of adding them again.
                setVersion(outcome.value.version);
                m_savedStages = group(outcome.value.activities);
                const QHash<QString, QString> serverIds = idsAssigned(sent, m_savedStages);
                for (QList<PlanActivity> &stage : m_stages)
                    for (PlanActivity &activity : stage)
                        activity.id = serverIds.value(activity.id, activity.id);
                Q_EMIT activitiesChanged();
                notifyDirty();
            }
            finishSave();
            return;
        }
        const bool conflict =
            outcome.error.code() == QLatin1StringView(Protocol::ErrorCode::versionConflict);
        // The backend checks the input before the version: an activity someone else removed
        // meanwhile is refused as invalid input. Whether the plan moved on decides which it is.
        const bool maybeConflict =
            outcome.error.code() == QLatin1StringView(Protocol::ErrorCode::invalidInput);
        if (!conflict && !maybeConflict) {
            failSave(outcome.error);
            return;
        }
        setSaveError(outcome.error);
        // Someone else saved: fetch what they saved, then let the admin decide.
        m_service.list(m_planId, requests(),
                       [this, conflict, error = outcome.error](const Outcome<ActivityList> &list) {
            if (!list.ok()) {
                failSave(list.error);
                return;
            }
            if (!conflict && list.value.version == version()) {
                failSave(error);
                return;
            }
            m_server = list.value;
            reportConflict();
        });
    });
}

void PlanActivitiesDocument::adoptServerState()
{
    adopt(m_server);
}

void PlanActivitiesDocument::prepareOverwrite()
{
    // Activities the other side removed are sent as new ones.
    QSet<QString> theirs;
    for (const PlanActivity &activity : std::as_const(m_server.activities))
        theirs.insert(activity.id);
    for (auto it = m_stages.begin(); it != m_stages.end(); ++it)
        for (PlanActivity &activity : it.value())
            if (!activity.isLocal() && !theirs.contains(activity.id))
                activity.id = PlanActivity::newLocalId();
    undoStack()->clear();
    setVersion(m_server.version);
}

QByteArray PlanActivitiesDocument::loadDraft() const
{
    return settings()->planDraft(backendId(), m_planId);
}

void PlanActivitiesDocument::storeDraft(const QByteArray &bytes)
{
    settings()->setPlanDraft(backendId(), m_planId, bytes);
    settings()->sync();
}

QJsonObject PlanActivitiesDocument::draftContent() const
{
    QJsonArray list;
    for (const PlanActivity &activity : flatten(m_stages))
        list.append(activity.toJson());
    return {{u"activities"_s, list}};
}

PlanActivitiesDocument::Stages PlanActivitiesDocument::fromDraft(const QJsonObject &draft)
{
    QList<PlanActivity> activities;
    Tessera::decodeList(draft.value(u"activities"_s).toArray(), activities);
    return group(activities);
}

bool PlanActivitiesDocument::draftMatches(const QJsonObject &draft) const
{
    return fromDraft(draft) == m_stages;
}

void PlanActivitiesDocument::restoreDraft()
{
    const std::optional<QJsonObject> draft = takeDraft();
    if (!draft)
        return;
    undoStack()->push(new ActivityChangeCommand(this, tr("Restore unsaved changes"),
                                                replaceAllWith(fromDraft(*draft))));
}

} // namespace Tessera
