// The interview-plan designer's job picker with a thousand jobs (issue 12: "type to search, 25
// jobs and 1,000 alike"): a sandbox seeded with --jobs 1000, the jobs loaded as the console
// loads them, every job listed, typing narrows the list to exactly the jobs whose title has the
// text, and choosing one by keyboard opens that job.
#include "UiTestSupport.h"

#include "models/core/LoadStatus.h"
#include "models/reference/ReferenceData.h"
#include "ui/plans/JobPicker.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QJsonArray>
#include <QLineEdit>
#include <QSignalSpy>

#include <map>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Test;

namespace {

// Every job with an interview plan, Draft ones too, as job.list pages them to a second client:
// id → title.
std::map<QString, QString> serverJobs(TestClient &raw)
{
    std::map<QString, QString> jobs;
    QString cursor;
    do {
        QJsonObject body{{u"limit"_s, 100},
                         {u"status"_s, QJsonArray{u"Draft"_s, u"Open"_s, u"Closed"_s, u"Archived"_s}}};
        if (!cursor.isEmpty())
            body.insert(u"cursor"_s, cursor);
        const ApiReply reply = raw.call(u"job.list"_s, body);
        REQUIRE(reply.isSuccess());
        for (const QJsonValue &value : reply.results().toArray()) {
            const QJsonObject job = value.toObject();
            if (!job.value(u"defaultInterviewPlanId"_s).toString().isEmpty())
                jobs[job.value(u"id"_s).toString()] = job.value(u"title"_s).toString();
        }
        cursor = reply.envelope().value(u"moreDataAvailable"_s).toBool()
            ? reply.envelope().value(u"nextCursor"_s).toString()
            : QString();
    } while (!cursor.isEmpty());
    return jobs;
}

QStringList popupRows(QCompleter *completer)
{
    QStringList rows;
    for (int row = 0; completer->setCurrentRow(row); ++row)
        rows << completer->currentCompletion();
    return rows;
}

} // namespace

TEST_CASE("the job picker lists 1,000 jobs and typing finds exactly the matching ones",
          "[ui][plans][jobs]")
{
    SandboxProcess sandbox(SandboxProcess::defaultArguments(20) << u"--jobs"_s << u"1000"_s);
    SandboxClients clients(sandbox);
    const std::map<QString, QString> jobs = serverJobs(clients.raw);
    REQUIRE(jobs.size() == 1000); // the demo's 25 and 975 numbered copies, each with a plan
    ReferenceData reference(&clients.client);
    JobPicker picker(reference.jobs());
    picker.resize(420, picker.sizeHint().height());
    picker.show();
    picker.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&picker));
    reference.jobs()->ensureLoaded();
    REQUIRE(waitUntil([&] { return reference.jobs()->status()->state() == LoadState::Ready; }));

    // Every job is listed, once, under its id.
    REQUIRE(picker.count() == int(jobs.size()));
    for (int index = 0; index < picker.count(); ++index) {
        const auto job = jobs.find(picker.itemData(index).toString());
        REQUIRE(job != jobs.end());
        CHECK(picker.itemText(index).startsWith(job->second));
    }

    // Typing: the popup lists exactly the jobs whose title contains the text, any case.
    picker.lineEdit()->setFocus();
    picker.setEditText({});
    type(u"ENGINEER 4"_s);
    QCompleter *completer = picker.completer();
    REQUIRE(waitUntil([&] { return completer->popup()->isVisible(); }));
    QStringList expected;
    for (int index = 0; index < picker.count(); ++index)
        if (picker.itemText(index).contains(u"engineer 4"_s, Qt::CaseInsensitive))
            expected << picker.itemText(index);
    // "… Engineer 4" and "… Engineer 40" of the seven engineer jobs.
    REQUIRE(expected.size() == 14);
    QStringList shown = popupRows(completer);
    CHECK(shown.size() == completer->completionCount());
    shown.sort();
    expected.sort();
    CHECK(shown == expected);

    // One more character narrows it; choosing by keyboard opens that job.
    type(u"0"_s);
    REQUIRE(waitUntil([&] {
        return completer->completionCount() > 0 && completer->completionCount() < expected.size();
    }));
    for (const QString &row : popupRows(completer))
        CHECK(row.contains(u"engineer 40"_s, Qt::CaseInsensitive));
    QSignalSpy chosen(&picker, &JobPicker::jobChosen);
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    const QString first = completer->popup()->currentIndex().data().toString();
    REQUIRE_FALSE(first.isEmpty());
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    REQUIRE(waitUntil([&] { return !chosen.isEmpty(); }));
    const QString id = chosen.constFirst().constFirst().toString();
    REQUIRE(jobs.count(id) == 1);
    CHECK(first.startsWith(jobs.at(id)));
    CHECK(picker.currentJobId() == id);
}
