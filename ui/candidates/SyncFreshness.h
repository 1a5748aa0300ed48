#pragma once

#include <QWidget>

class QToolButton;

namespace Tessera {

class CandidateDirectory;

// The Candidates page's Refresh action (the button, and F5 through refresh()): fetches only
// what changed since the last sync. Disabled while a sync runs. How old the data is shows in
// the page header's DataAgeLabel.
class SyncFreshness final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncFreshness)
public:
    explicit SyncFreshness(CandidateDirectory *directory, QWidget *parent = nullptr);

    void refresh();
    QToolButton *button() const { return m_button; }

Q_SIGNALS:
    void refreshed(); // a refresh was asked for (F5 or the button)

private:
    void update();

    CandidateDirectory *m_directory;
    QToolButton *m_button;
};

} // namespace Tessera
