#include "SoakPlans.h"

#include "SoakScript.h"

#include "models/api/ApiError.h"
#include "models/plans/PlanActivitiesDocument.h"
#include "models/plans/PlanActivity.h"
#include "models/plans/PlanActivityService.h"

#include <QMap>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Soak {

namespace {
constexpr int maxActivitiesPerPlan = 6;
// Juro's workflow that starts from an interview-plan activity (the demo seed, --enable-all).
const QString juroWorkflowId = u"wf-demo-employment-contract"_s;
} // namespace

SoakPlans::SoakPlans(SoakScript *script, ApiClient *client, SoakLedger *ledger,
                     Settings *settings, const QString &backendId, QObject *parent)
    : QObject(parent)
    , m_script(script)
    , m_client(client)
    , m_ledger(ledger)
    , m_settings(settings)
    , m_backendId(backendId)
{
}

QJsonArray SoakPlans::shape(const QList<PlanActivity> &activities)
{
    QMap<QString, QJsonArray> stages;
    for (const PlanActivity &activity : activities)
        stages[activity.interviewStageId].append(
            QJsonArray{activity.kind, activity.integrationId, activity.configId()});
    QJsonArray shape;
    for (auto it = stages.cbegin(); it != stages.cend(); ++it)
        shape.append(QJsonArray{it.key(), it.value()});
    return shape;
}

QStringList SoakPlans::packages() const
{
    QStringList ids;
    for (const PaletteItem &item : m_palette)
        if (item.integrationId == u"justifacts"_s)
            ids.append(item.configId);
    return ids;
}

void SoakPlans::setUp(std::function<void()> then)
{
    m_script->step(u"listing Justifacts' packages"_s);
    const PlanActivityService service(m_client);
    service.assessmentTypes(
        u"justifacts"_s, this,
        [this, then = std::move(then)](const Outcome<QList<AssessmentType>> &outcome) {
            if (!outcome.ok() || outcome.value.isEmpty())
                return m_script->fail(u"assessmentType.list failed: "_s
                                      + outcome.error.details());
            for (const AssessmentType &type : outcome.value)
                m_palette.append({u"assessment"_s, u"justifacts"_s, u"Justifacts"_s, type.id,
                                  type.name, type.description, {}});
            m_palette.append({u"externalWorkflow"_s, u"juro"_s, u"Juro"_s, juroWorkflowId,
                              u"Employment contract"_s, {}, u"interviewPlanActivity"_s});
            loadPlans(0, then);
        });
}

void SoakPlans::loadPlans(int index, std::function<void()> then)
{
    if (index == m_ledger->plans.size()) {
        then();
        return;
    }
    auto *document = new PlanActivitiesDocument(m_client, this);
    document->setDraftStore(m_settings, m_backendId);
    m_documents.append(document);
    connect(document, &PlanActivitiesDocument::saved, this, [this, index] {
        ++m_ledger->plans[index].confirmedSaves;
        m_ledger->count(WriteOutcome::Confirmed);
        finishSave();
    });
    connect(document, &PlanActivitiesDocument::saveStateChanged, this,
            [this, index](PlanActivitiesDocument::SaveState state) {
                if (state == PlanActivitiesDocument::SaveState::Conflict)
                    onConflict(index);
                else if (state == PlanActivitiesDocument::SaveState::Failed)
                    onFailed(index);
            });
    // After a failed load the next one finds the unsaved edits in the draft: keep them.
    connect(document, &PlanActivitiesDocument::draftAvailable, this, [this, index, document] {
        ++m_ledger->plans[index].draftsRestored;
        document->restoreDraft();
    });
    m_script->step(u"loading plan %1"_s.arg(m_ledger->plans.at(index).id));
    load(index, [this, index, then = std::move(then)] {
        PlanActivitiesDocument *loaded = m_documents.at(index);
        if (loaded->status()->state() != LoadState::Ready)
            return m_script->fail(u"interview plan %1 did not load: %2"_s.arg(
                m_ledger->plans.at(index).id, loaded->status()->lastError().details()));
        m_ledger->plans[index].baseVersion = loaded->version();
        loadPlans(index + 1, then);
    });
}

void SoakPlans::load(int index, std::function<void()> then)
{
    PlanActivitiesDocument *document = m_documents.at(index);
    auto *once = new QObject(this);
    connect(document->status(), &LoadStatus::stateChanged, once,
            [this, once, document, then = std::move(then)](LoadState state) {
                if (state == LoadState::Loading)
                    return;
                once->deleteLater();
                if (state == LoadState::Failed) {
                    ++m_ledger->loadFailures;
                    ++m_ledger->loadFailureCauses[describe(document->status()->lastError())];
                }
                // After the document's own follow-ups (a draft offered), as the designer sees it.
                QTimer::singleShot(0, this, then);
            });
    if (document->interviewPlanId().isEmpty())
        document->load(m_ledger->plans.at(index).id);
    else
        document->reload();
}

void SoakPlans::edit(std::function<void()> then)
{
    if (m_documents.isEmpty()) {
        then();
        return;
    }
    const int turn = m_turn++;
    const int index = turn % int(m_documents.size());
    PlanActivitiesDocument *document = m_documents.at(index);
    if (document->status()->state() != LoadState::Ready) {
        m_script->step(u"reloading plan %1"_s.arg(m_ledger->plans.at(index).id));
        load(index, std::move(then));
        return;
    }
    // Add, move, remove in turn, within two to six activities; every fourth save carries a
    // second edit.
    const QList<PlanActivity> all = document->activities();
    int op = (turn / int(m_documents.size())) % 3;
    if (all.size() < 2)
        op = 0;
    else if (all.size() >= maxActivitiesPerPlan && op == 0)
        op = 2;
    if (op == 0)
        addOne(index, turn);
    else if (op == 1)
        moveOne(index, turn);
    else
        document->remove(all.at(turn % all.size()).id);
    if (turn % 4 == 3 && document->activities().size() < maxActivitiesPerPlan)
        addOne(index, turn + 1);
    save(index, std::move(then));
}

bool SoakPlans::addOne(int index, int turn)
{
    PlanActivitiesDocument *document = m_documents.at(index);
    const QStringList &stages = m_ledger->plans.at(index).stageIds;
    for (int k = 0; k < stages.size() * m_palette.size(); ++k) {
        const QString &stage = stages.at((turn + k) % stages.size());
        const PaletteItem &item = m_palette.at((turn + k / stages.size()) % m_palette.size());
        // The designer asks before putting the same package twice on a stage; the soak does not.
        if (document->hasDuplicate(stage, item.kind, item.configId))
            continue;
        return !document->add(item, stage, turn % 2 ? 0 : -1).isEmpty();
    }
    return false;
}

bool SoakPlans::moveOne(int index, int turn)
{
    PlanActivitiesDocument *document = m_documents.at(index);
    const QStringList &stages = m_ledger->plans.at(index).stageIds;
    const QList<PlanActivity> all = document->activities();
    const PlanActivity &activity = all.at(turn % all.size());
    const qsizetype from = stages.indexOf(activity.interviewStageId);
    for (int k = 1; k < stages.size(); ++k) {
        const QString &stage = stages.at((from + k) % stages.size());
        if (!document->hasDuplicate(stage, activity.kind, activity.configId(), activity.id))
            return document->move(activity.id, stage, turn % 2 ? 0 : -1);
    }
    return document->reorder(activity.id, -1);
}

void SoakPlans::save(int index, std::function<void()> then)
{
    PlanActivitiesDocument *document = m_documents.at(index);
    m_script->step(u"saving plan %1"_s.arg(m_ledger->plans.at(index).id));
    m_saveDone = std::move(then);
    m_script->beginWrite(u"interviewPlanActivity.set"_s);
    document->save();
    if (document->saveState() != PlanActivitiesDocument::SaveState::Saving)
        finishSave(); // nothing was sent
}

void SoakPlans::finishSave()
{
    if (auto then = std::exchange(m_saveDone, nullptr))
        then();
}

void SoakPlans::onConflict(int index)
{
    // The soak is the only writer of its plans: a conflict means one of its own saves landed
    // although its answer was lost. Anything else is a write from nowhere.
    PlanActivitiesDocument *document = m_documents.at(index);
    SoakLedger::Plan &plan = m_ledger->plans[index];
    if (m_uncertainShapes.value(index).contains(shape(document->serverState().activities)))
        ++plan.ownConflicts;
    else
        m_ledger->violations.append(
            u"plan %1 changed to activities the soak never saved (version %2)"_s.arg(
                plan.id).arg(document->serverState().version));
    m_ledger->count(WriteOutcome::Refused);
    document->resolveReload();
    finishSave();
}

void SoakPlans::onFailed(int index)
{
    PlanActivitiesDocument *document = m_documents.at(index);
    SoakLedger::Plan &plan = m_ledger->plans[index];
    const ApiError error = document->saveError();
    const WriteOutcome outcome = m_script->outcomeOf(error);
    m_ledger->count(outcome);
    if (outcome == WriteOutcome::Uncertain) {
        ++plan.uncertainSaves;
        m_uncertainShapes[index].append(shape(document->activities()));
    } else if (outcome == WriteOutcome::Refused) {
        ++plan.refusedSaves;
        ++m_ledger->refusals[error.method() + u": "_s + error.code()];
        // Refused before acting (e.g. Justifacts could not be asked): the admin drops the edits.
        if (error.kind() == ApiError::Kind::Logical)
            document->revert();
    }
    finishSave();
}

bool SoakPlans::settle(std::function<void()> then)
{
    for (int i = 0; i < m_documents.size(); ++i) {
        PlanActivitiesDocument *document = m_documents.at(i);
        if (document->status()->state() != LoadState::Ready) {
            m_script->step(u"settling the load of plan %1"_s.arg(m_ledger->plans.at(i).id));
            load(i, std::move(then));
            return true;
        }
        if (document->isDirty()
            || document->saveState() != PlanActivitiesDocument::SaveState::Idle) {
            save(i, std::move(then));
            return true;
        }
    }
    return false;
}

} // namespace Tessera::Soak
