#pragma once

#include "CheckedPage.h"
#include "models/integrations/SetupTypes.h"

#include <QPointer>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Tessera {

class BackgroundWork;

// Willo's first sync of jobs and stages, with a real progress bar and counts.
class WilloSyncPage final : public CheckedPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WilloSyncPage)
public:
    explicit WilloSyncPage(EnableWizard *wizard);
    ~WilloSyncPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isSynced() const { return m_synced; }

protected:
    bool inputComplete() const override { return m_synced; }

private:
    void poll();
    void show(const WilloStatus &status);
    void showCounts();
    void endJob();

    QProgressBar *m_progress;
    QLabel *m_counts;
    QPushButton *m_retry;
    std::optional<WilloStatus> m_status; // the last one shown; none while starting
    bool m_synced = false;
    int m_generation = 0;
    QPointer<BackgroundWork> m_work;
    int m_job = 0; // the sync's line in the status bar while it runs
};

} // namespace Tessera
