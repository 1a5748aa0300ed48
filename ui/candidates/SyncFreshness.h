#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QToolButton;

namespace Tessera {

class CandidateDirectory;

// "Synced 3 min ago" and a Refresh button (F5) that fetches only what changed since then.
class SyncFreshness final : public QWidget
{
    Q_OBJECT
public:
    explicit SyncFreshness(CandidateDirectory *directory, QWidget *parent = nullptr);

    void refresh();

Q_SIGNALS:
    void refreshed(); // a refresh was asked for (F5 or the button)

private:
    void update();

    CandidateDirectory *m_directory;
    QLabel *m_label;
    QToolButton *m_button;
    QTimer m_clock;
};

} // namespace Tessera
