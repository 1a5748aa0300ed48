#pragma once

#include <QWidget>

class QLabel;

namespace Tessera {

struct Candidate;

// The top of the detail pane: name, email, phone, links, location and current stage.
class CandidateHeader final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidateHeader)
public:
    explicit CandidateHeader(QWidget *parent = nullptr);

    void setCandidate(const Candidate &candidate);
    // The stage line, e.g. "Current stage: Offer — Backend Engineer"; empty hides it.
    void setStage(const QString &text);
    void clear();
    QString name() const;

private:
    QLabel *m_name;
    QLabel *m_contact;
    QLabel *m_links;
    QLabel *m_location;
    QLabel *m_stage;
};

} // namespace Tessera
