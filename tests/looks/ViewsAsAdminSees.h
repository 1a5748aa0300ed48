#pragma once

// The console on its sandbox with something open in the views that show records, as an admin
// sees them: the first candidate's detail, Sora's employee mapping, the first job's interview
// plan in the designer. Both looks tests walk it.
#include "tests/support/CatchQt.h"
#include "tests/support/ConsoleOnSandbox.h"

#include "models/candidates/CandidateDetail.h"
#include "models/candidates/CandidatesModel.h"
#include "models/core/LoadStatus.h"
#include "models/mapping/MappingDocument.h"
#include "models/mapping/SourceFieldsModel.h"
#include "ui/candidates/CandidatesView.h"
#include "models/plans/PlanActivitiesDocument.h"
#include "models/reference/ReferenceData.h"
#include "ui/mapping/FieldMappingsView.h"
#include "ui/plans/InterviewPlansView.h"

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
