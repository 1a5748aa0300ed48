#pragma once

// Shared by the interview-plan designer tests: a sandbox seeded with --enable-all, the designer
// as the console builds it, the demo's first job and its plan, drops sent as a drag sends them.

#include "UiTestSupport.h"

#include "app/ViewFactory.h"
#include "models/core/DragIds.h"
#include "models/core/LoadStatus.h"
#include "models/plans/PlanActivitiesDocument.h"
#include "models/plans/PlanPalette.h"
#include "models/reference/ReferenceData.h"
#include "models/settings/Settings.h"
#include "ui/plans/ActivityCard.h"
#include "ui/plans/InterviewPlansView.h"
#include "ui/plans/PlanMime.h"
#include "ui/plans/StageColumn.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QJsonArray>
#include <QMimeData>
#include <QPushButton>
#include <QTemporaryDir>

#include <memory>

namespace Tessera::Test {

inline QStringList plansSandboxArguments()
{
    return SandboxProcess::defaultArguments(20) << QStringLiteral("--enable-all");
}

inline const QString plansBackendId = QStringLiteral("0b7c6f4e-58a1-4f0e-9d43-2a6c1e9b7d21");

// An activity as the server stores it, in the order of its stage.
struct ServerActivity
{
    QString id;
    QString stageId;
    QString configId;
    int order = 0;
};

inline QList<ServerActivity> serverActivities(TestClient &raw, const QString &planId,
                                              int *version = nullptr)
{
    const ApiReply reply = raw.call(QStringLiteral("interviewPlanActivity.list"),
                                    {{QStringLiteral("interviewPlanId"), planId}});
    REQUIRE(reply.isSuccess());
    if (version)
        *version = reply.resultObject().value(QStringLiteral("version")).toInt();
    QList<ServerActivity> list;
    for (const QJsonValue value : reply.resultObject().value(QStringLiteral("activities")).toArray()) {
        const QJsonObject object = value.toObject();
        const QJsonObject config = object.value(QStringLiteral("config")).toObject();
        list.append({object.value(QStringLiteral("id")).toString(),
                     object.value(QStringLiteral("interviewStageId")).toString(),
                     config.value(QStringLiteral("assessmentTypeId"))
                         .toString(config.value(QStringLiteral("externalWorkflowId")).toString()),
                     object.value(QStringLiteral("order")).toInt()});
    }
    return list;
}

struct PlansFixture
{
    explicit PlansFixture(SandboxProcess &process)
        : clients(process)
        , settings(directory.filePath(QStringLiteral("tessera.ini")))
    {
        const ApiReply jobs = clients.raw.call(QStringLiteral("job.list"),
                                               {{QStringLiteral("limit"), 1}});
        REQUIRE(jobs.isSuccess());
        jobId = jobs.resultArray().first().toObject().value(QStringLiteral("id")).toString();
        planId = jobs.resultArray().first().toObject()
                     .value(QStringLiteral("defaultInterviewPlanId")).toString();
        const ApiReply stages = clients.raw.call(QStringLiteral("interviewStage.list"),
                                                 {{QStringLiteral("interviewPlanId"), planId}});
        REQUIRE(stages.isSuccess());
        for (const QJsonValue stage : stages.resultArray())
            stageIds.insert(stage.toObject().value(QStringLiteral("title")).toString(),
                            stage.toObject().value(QStringLiteral("id")).toString());
        makeView();
    }

    void makeView()
    {
        view.reset(ViewFactory::interviewPlans(&clients.client, &reference, &settings,
                                               plansBackendId));
        view->resize(1400, 860);
        view->show();
        view->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(view.get()));
        view->start();
        REQUIRE(waitUntil([this] { return reference.jobs()->status()->hasLoaded(); }));
        REQUIRE(view->openJob(jobId));
        REQUIRE(waitUntil([this] {
            return document()->status()->state() == LoadState::Ready && !view->columns().isEmpty()
                && palette()->status()->state() == LoadState::Ready
                && !palette()->items().isEmpty();
        }));
    }

    PlanActivitiesDocument *document() const { return view->document(); }
    PlanPalette *palette() const { return view->palette(); }
    QString stage(const QString &title) const
    {
        REQUIRE(stageIds.contains(title));
        return stageIds.value(title);
    }
    // The stage's column once it is shown and laid out (the board is rebuilt after each edit).
    StageColumn *column(const QString &title) const
    {
        const QString id = stage(title);
        REQUIRE(waitUntil([this, &id] {
            StageColumn *shown = view->column(id);
            return shown && shown->isVisible() && shown->addButton()->geometry().top() > 0;
        }, 5'000));
        return view->column(id);
    }
    // The palette key of the package or workflow with this title.
    QString paletteKey(const QString &title) const
    {
        for (const PaletteItem &item : palette()->items())
            if (item.title == title)
                return item.key();
        FAIL("no palette item " << title.toStdString());
        return {};
    }
    QStringList configsOn(const QString &title) const
    {
        QStringList ids;
        for (const PlanActivity &activity : document()->activitiesOn(stage(title)))
            ids << activity.configId();
        return ids;
    }
    // Enter, move and drop on the column at the position of card `index` (or below the last),
    // as a drag does.
    void sendDrop(QMimeData *data, const QString &stageTitle, int index = -1)
    {
        StageColumn *target = column(stageTitle);
        QPoint at(target->width() / 2, target->addButton()->geometry().top() - 2);
        if (index >= 0 && index < target->cards().size())
            at = target->cards().at(index)->geometry().topLeft() + QPoint(10, 2);
        QDragEnterEvent enter(at, Qt::CopyAction | Qt::MoveAction, data, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        REQUIRE(enter.isAccepted());
        QDragMoveEvent move(at, Qt::CopyAction | Qt::MoveAction, data, Qt::LeftButton,
                            Qt::NoModifier);
        QApplication::sendEvent(target, &move);
        QDropEvent drop(QPointF(at), Qt::CopyAction | Qt::MoveAction, data, Qt::LeftButton,
                        Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
        delete data;
    }

    QTemporaryDir directory;
    SandboxClients clients;
    Settings settings;
    ReferenceData reference{&clients.client};
    std::unique_ptr<InterviewPlansView> view;
    QString jobId;
    QString planId;
    QHash<QString, QString> stageIds;
};

} // namespace Tessera::Test
