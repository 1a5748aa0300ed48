#pragma once

#include <QList>
#include <QString>

namespace Tessera::Bench {

// plan_job_filter_ms (issue 12: "type to search, 25 jobs and 1,000 alike"): a sandbox seeded
// with `--jobs N`, its jobs loaded into ReferenceData as the console does, and the interview-plan
// designer's shown JobPicker. Each keystroke is a real key event to the picker's line edit and
// is timed until the completer has filtered every job and its popup is laid out and painted.
struct JobFilterKeystroke
{
    QString text;      // the picker's text after the keystroke
    int matches = 0;   // jobs the popup lists
    double ms = 0;     // key event to painted popup
    double cpuMs = 0;  // GUI-thread CPU time of the same
};

struct PlanJobFilterRun
{
    qint64 seedMs = 0; // sandbox start with the seed, to "listening"
    int jobs = 0;      // entries of the picker (jobs with an interview plan)
    QList<JobFilterKeystroke> keystrokes;
};

// Types `word` and deletes it again, `runs` times. Throws std::runtime_error on failure.
PlanJobFilterRun measurePlanJobFilter(const QString &sandboxPath, int jobs, const QString &word,
                                      int runs, int timeoutMs);

} // namespace Tessera::Bench
