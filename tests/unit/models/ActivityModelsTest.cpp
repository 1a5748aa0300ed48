// The candidate-activity value type and the poll's waits: decoding activity.list entries
// tolerantly (docs/API.md §3.15) and backing off 2 s, 4, 8, 16, 30, 30 … with a reset.
#include "tests/support/CatchQt.h"

#include "models/activities/CandidateActivity.h"
#include "models/activities/PollSchedule.h"
#include "models/activities/RunPoll.h"

#include <QSignalSpy>

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;

TEST_CASE("The poll backs off to its cap and starts over after a reset", "[unit][activities]")
{
    PollSchedule schedule;
    QList<int> waits;
    for (int i = 0; i < 7; ++i)
        waits << schedule.next();
    CHECK(waits == QList<int>{2'000, 4'000, 8'000, 16'000, 30'000, 30'000, 30'000});
    schedule.reset();
    CHECK(schedule.next() == 2'000);
    schedule.setIntervals(50, 120);
    CHECK(schedule.next() == 50);
    CHECK(schedule.next() == 100);
    CHECK(schedule.next() == 120);
}

TEST_CASE("RunPoll: due on the schedule while runs run, remembered while nobody watches, none "
          "once all are final", "[unit][activities]")
{
    RunPoll poll;
    poll.setIntervals(10, 40);
    QSignalSpy due(&poll, &RunPoll::due);
    CHECK(poll.mayAsk(false)); // the first load goes even unwatched
    poll.answered(true);
    CHECK(poll.isScheduled());
    REQUIRE(due.wait(1'000));
    CHECK(due.size() == 1);
    CHECK_FALSE(poll.isScheduled()); // one at a time: the next wait starts from the answer

    poll.setWatched(false);
    CHECK_FALSE(poll.mayAsk(true)); // nobody watches: remembered, not sent
    CHECK_FALSE(poll.isScheduled());
    poll.setWatched(true); // asked as soon as someone looks
    CHECK(due.size() == 2);
    CHECK(poll.mayAsk(true));
    poll.answered(false); // every run final: nothing more
    CHECK_FALSE(poll.isScheduled());
    CHECK(poll.remainingMs() == -1);
    poll.setWatched(false);
    poll.setWatched(true);
    CHECK(due.size() == 2);
}

TEST_CASE("An activity decodes with its history, a plan entry has no id", "[unit][activities]")
{
    const QJsonObject run{
        {u"id"_s, u"run-1"_s}, {u"planActivityId"_s, QJsonValue()},
        {u"kind"_s, u"assessment"_s}, {u"integrationId"_s, u"justifacts"_s},
        {u"title"_s, u"Basic identity check"_s}, {u"status"_s, u"in_progress"_s},
        {u"statusLabel"_s, u"In Process"_s},
        {u"statusHistory"_s, QJsonArray{QJsonObject{{u"status"_s, u"requested"_s},
                                                    {u"label"_s, u"Received"_s},
                                                    {u"at"_s, u"2026-12-05T09:00:00.000Z"_s}},
                                        QJsonObject{{u"status"_s, u"in_progress"_s},
                                                    {u"label"_s, u"In Process"_s},
                                                    {u"at"_s, u"2026-12-05T09:00:08Z"_s}}}},
        {u"result"_s, QJsonValue()}, {u"resultUrl"_s, QJsonValue()}, {u"stuck"_s, true},
        {u"allowedActions"_s, QJsonArray{u"cancel"_s}}, {u"unknownField"_s, 1}};
    auto decoded = CandidateActivity::fromJson(run);
    REQUIRE(std::holds_alternative<CandidateActivity>(decoded));
    const auto &activity = std::get<CandidateActivity>(decoded);
    CHECK(activity.key() == u"run-1"_s);
    CHECK(activity.isRunning());
    CHECK_FALSE(activity.isFinal());
    CHECK(activity.stuck);
    CHECK(activity.allows(u"cancel"_s));
    REQUIRE(activity.history.size() == 2);
    CHECK(activity.lastChangedAt() == QDateTime(QDate(2026, 12, 5), QTime(9, 0, 8), Qt::UTC));

    const QJsonObject planned{{u"id"_s, QJsonValue()}, {u"planActivityId"_s, u"act-1"_s},
                              {u"kind"_s, u"externalWorkflow"_s}, {u"integrationId"_s, u"juro"_s},
                              {u"status"_s, u"not_started"_s}};
    auto plan = CandidateActivity::fromJson(planned);
    REQUIRE(std::holds_alternative<CandidateActivity>(plan));
    CHECK(std::get<CandidateActivity>(plan).key() == CandidateActivity::planKey(u"act-1"_s));
    CHECK_FALSE(std::get<CandidateActivity>(plan).lastChangedAt().isValid());

    // Neither id: nothing to name it by. A wrong type names the field.
    CHECK(std::holds_alternative<DecodeError>(CandidateActivity::fromJson(
        {{u"kind"_s, u"assessment"_s}, {u"integrationId"_s, u"j"_s}, {u"status"_s, u"x"_s}})));
    QJsonObject wrong = run;
    wrong.insert(u"status"_s, 3);
    const auto bad = CandidateActivity::fromJson(wrong);
    REQUIRE(std::holds_alternative<DecodeError>(bad));
    CHECK(std::get<DecodeError>(bad).field.contains(u"status"_s));
}
