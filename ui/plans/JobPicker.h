#pragma once

#include <QComboBox>

namespace Tessera {

struct Job;
template<typename T>
class RecordList;

// The job whose plan the designer shows: type any part of its title (a popup lists the matches,
// fast for a thousand jobs), or open the list. Jobs without an interview plan are left out.
class JobPicker final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobPicker)
public:
    explicit JobPicker(RecordList<Job> *jobs, QWidget *parent = nullptr);

    QString currentJobId() const;
    bool selectJob(const QString &jobId);

Q_SIGNALS:
    void jobChosen(const QString &jobId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();

    RecordList<Job> *m_jobs;
};

} // namespace Tessera
