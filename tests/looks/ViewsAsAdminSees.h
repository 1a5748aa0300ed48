#pragma once

// The console on its sandbox with something open in the views that show records, as an admin
// sees them: the first candidate's detail, Sora's employee mapping, the first job's interview
// plan in the designer, a webhook with an address as long as a partner's. Both looks tests
// walk it.
#include "tests/support/CatchQt.h"
#include "tests/support/ConsoleOnSandbox.h"

#include "models/admin/WebhooksModel.h"
#include "models/api/ApiCall.h"
#include "models/api/ApiClient.h"
#include "models/candidates/CandidateDetail.h"
#include "models/candidates/CandidatesModel.h"
#include "models/core/LoadStatus.h"
#include "models/mapping/MappingDocument.h"
#include "models/mapping/SourceFieldsModel.h"
#include "models/plans/PlanActivitiesDocument.h"
#include "models/reference/ReferenceData.h"
#include "models/session/BackendContext.h"
#include "ui/admin/WebhooksView.h"
#include "ui/candidates/CandidatesView.h"
#include "ui/mapping/FieldMappingsView.h"
#include "ui/plans/InterviewPlansView.h"

#include <QJsonObject>
#include <QTest>

namespace Tessera::Test {

inline void openViewsAsAdminSees(ConsoleOnSandbox &app)
{
    REQUIRE(app.startAndSync());
    MainWindow *window = app.window();
    REQUIRE(QTest::qWaitForWindowExposed(window));
    window->resize(1280, 800);

    auto *candidates = app.view<CandidatesView>(MainWindow::View::Candidates);
    REQUIRE(candidates);
    CandidatesModel *list = app.context()->candidates()->model();
    REQUIRE(list->rowCount() > 0);
    window->showView(MainWindow::View::Candidates);
    REQUIRE(candidates->selectCandidate(
        list->index(0, 0).data(CandidatesModel::IdRole).toString()));
    REQUIRE(waitUntil([candidates] { return candidates->detail()->state() == LoadState::Ready; }));

    auto *mappings = app.view<FieldMappingsView>(MainWindow::View::FieldMappings);
    REQUIRE(mappings);
    window->showView(MainWindow::View::FieldMappings);
    mappings->open(QStringLiteral("sora"), QStringLiteral("employee"));
    REQUIRE(waitUntil([mappings] {
        return mappings->document()->status()->state() == LoadState::Ready
            && mappings->sourceFields()->status()->state() == LoadState::Ready;
    }, 30'000));

    // A partner's webhook address is long (a wizard creates one per partner): the table must
    // show it whole or cut it on purpose with the full address in a tooltip. Port 9 refuses
    // the ping at once, so the webhook is saved disabled without a wait.
    bool created = false;
    ApiCall *create = app.context()->client()->call(
        QStringLiteral("webhook.create"),
        QJsonObject{{QStringLiteral("webhookType"), QStringLiteral("candidateStageChange")},
                    {QStringLiteral("requestUrl"),
                     QStringLiteral("http://127.0.0.1:9/partners/humaans/ashby-webhook/"
                                    "0f6c1d2e-5a7b-4c8d-9e0f-1a2b3c4d5e6f")},
                    {QStringLiteral("secretToken"), QStringLiteral("looks-test-secret")}},
        window);
    QObject::connect(create, &ApiCall::finished, window, [&created] { created = true; });
    REQUIRE(waitUntil([&created] { return created; }, 30'000));
    auto *hooks = app.view<WebhooksView>(MainWindow::View::Webhooks);
    REQUIRE(hooks);
    hooks->model()->load();
    REQUIRE(waitUntil([hooks] { return hooks->model()->rowCount() > 0; }, 30'000));

    auto *plans = app.view<InterviewPlansView>(MainWindow::View::InterviewPlans);
    REQUIRE(plans);
    window->showView(MainWindow::View::InterviewPlans);
    ReferenceData *reference = app.context()->reference();
    REQUIRE(waitUntil([reference] { return reference->jobs()->status()->hasLoaded(); }, 30'000));
    REQUIRE_FALSE(reference->jobs()->records().isEmpty());
    REQUIRE(plans->openJob(reference->jobs()->records().constFirst().id));
    REQUIRE(waitUntil([plans] {
        return plans->document()->status()->state() == LoadState::Ready
            && !plans->columns().isEmpty();
    }, 30'000));
}

} // namespace Tessera::Test
