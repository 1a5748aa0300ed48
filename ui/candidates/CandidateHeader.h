#pragma once

#include <QList>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace Tessera {

struct Candidate;
class ElidingLabel;
class FlowLayout;
class StatusChip;

// The top of the detail pane: name (and actions), then email, phone, location and links, then
// the job and its current stage as a chip. Values sit side by side and one that does not fit moves to the
// next line whole: an email or phone number is never broken or cut.
class CandidateHeader final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidateHeader)
public:
    explicit CandidateHeader(QWidget *parent = nullptr);

    // Right of the name, e.g. "Move to stage…", so the values below have the pane's width.
    void addAction(QWidget *widget);
    void setCandidate(const Candidate &candidate);
    // The current stage (a chip coloured by the stage's type) and the job it is for.
    void setStage(const QString &stage, const QString &stageType, const QString &job);
    void setNoApplications();
    void clearStage();
    void clear();
    QString name() const;

private:
    void setLinks(const Candidate &candidate);

    ElidingLabel *m_name;
    QHBoxLayout *m_nameRow;
    QLabel *m_email;
    QLabel *m_phone;
    QLabel *m_location;
    QLabel *m_noContact;
    QList<QPushButton *> m_links;
    FlowLayout *m_contactRow;
    QWidget *m_stageRow;
    QLabel *m_stageCaption;
    StatusChip *m_stage;
    ElidingLabel *m_job;
};

} // namespace Tessera
