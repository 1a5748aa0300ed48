#include "JobPicker.h"

#include "models/domain/Job.h"
#include "models/reference/RecordList.h"

#include <QCompleter>
#include <QEvent>
#include <QLineEdit>
#include <QSignalBlocker>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

JobPicker::JobPicker(RecordList<Job> *jobs, QWidget *parent)
    : QComboBox(parent)
    , m_jobs(jobs)
{
    setObjectName(u"jobPicker"_s);
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMinimumContentsLength(28);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    retranslateUi();
    connect(m_jobs, &ReferenceList::changed, this, &JobPicker::rebuild);
    connect(m_jobs, &ReferenceList::recordChanged, this, &JobPicker::rebuild);
    connect(this, &QComboBox::activated, this, [this](int index) {
        Q_EMIT jobChosen(itemData(index).toString());
    });
}

void JobPicker::changeEvent(QEvent *event)
{
    QComboBox::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void JobPicker::retranslateUi()
{
    setAccessibleName(tr("Job"));
    lineEdit()->setPlaceholderText(tr("Type to find a job"));
    rebuild(); // a closed job's entry names its status
}

void JobPicker::rebuild()
{
    const QString keep = currentJobId();
    const QSignalBlocker blocker(this);
    clear();
    for (const Job &job : m_jobs->records()) {
        if (job.defaultInterviewPlanId.isEmpty())
            continue;
        // Two jobs can share a title; the status tells them apart.
        addItem(job.status.isEmpty() || job.status == u"Open"_s
                    ? job.title
                    : tr("%1 (%2)").arg(job.title, job.status),
                job.id);
    }
    const int index = findData(keep);
    setCurrentIndex(index);
    if (index < 0)
        setEditText({});
}

QString JobPicker::currentJobId() const
{
    return currentIndex() >= 0 ? currentData().toString() : QString();
}

bool JobPicker::selectJob(const QString &jobId)
{
    const int index = findData(jobId);
    if (index < 0)
        return false;
    setCurrentIndex(index);
    return true;
}

} // namespace Tessera
