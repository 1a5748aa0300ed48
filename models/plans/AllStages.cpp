#include "AllStages.h"

#include "models/reference/ReferenceData.h"

#include <QPointer>

namespace Tessera::AllStages {

namespace {

// Waits for the plans, then for each plan's stages; deletes itself after answering.
class Collector final : public QObject
{
public:
    Collector(ReferenceData *reference, QObject *context, Done<QList<StageChoice>> done)
        : QObject(context)
        , m_reference(reference)
        , m_done(std::move(done))
    {
    }

    void start() { waitFor(m_reference->interviewPlans()); }

private:
    // Calls step() whenever `list` settles (now, if it already has).
    void waitFor(ReferenceList *list)
    {
        connect(list->status(), &LoadStatus::stateChanged, this, &Collector::step);
        list->ensureLoaded();
        step();
    }

    void step()
    {
        if (m_answered)
            return;
        const LoadStatus *plans = m_reference->interviewPlans()->status();
        if (plans->state() == LoadState::Failed)
            return answer({plans->lastError(), {}});
        if (!plans->hasLoaded() || plans->isLoading())
            return;
        QList<StageChoice> all;
        bool waiting = false;
        for (const InterviewPlan &plan : m_reference->interviewPlans()->records()) {
            if (plan.isArchived)
                continue;
            RecordList<InterviewStage> *stages = m_reference->stages(plan.id);
            if (!m_watched.contains(stages)) {
                m_watched << stages;
                waitFor(stages);
                if (m_answered)
                    return;
            }
            const LoadStatus *status = stages->status();
            if (status->state() == LoadState::Failed)
                return answer({status->lastError(), {}});
            if (!status->hasLoaded() || status->isLoading()) {
                waiting = true;
                continue;
            }
            QList<InterviewStage> ordered = stages->records();
            std::stable_sort(ordered.begin(), ordered.end(),
                             [](const InterviewStage &a, const InterviewStage &b) {
                                 return a.order < b.order;
                             });
            for (const InterviewStage &stage : ordered)
                all << StageChoice{stage.id, stage.title, plan.title};
        }
        if (!waiting)
            answer({{}, all});
    }

    void answer(const Outcome<QList<StageChoice>> &outcome)
    {
        m_answered = true;
        m_done(outcome);
        deleteLater();
    }

    QPointer<ReferenceData> m_reference;
    Done<QList<StageChoice>> m_done;
    QList<ReferenceList *> m_watched;
    bool m_answered = false;
};

} // namespace

void collect(ReferenceData *reference, QObject *context, Done<QList<StageChoice>> done)
{
    auto *collector = new Collector(reference, context, std::move(done));
    collector->start();
}

} // namespace Tessera::AllStages
