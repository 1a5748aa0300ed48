#pragma once

#include "CheckedPage.h"
#include "models/integrations/SetupTypes.h"

#include <functional>

class QLabel;
class QPushButton;

namespace Tessera {

// The last page: enables the integration, tests both ends at once and shows the result (and,
// per partner, what to know next, e.g. Willo's sync interval). Finish closes the wizard.
class FinishPage final : public CheckedPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FinishPage)
public:
    using Summary = std::function<QString(const IntegrationTestResult &)>;
    FinishPage(EnableWizard *wizard, Summary summary = {});
    static QString stepTitle();

    void initializePage() override;
    bool isEnabledAndVerified() const { return m_done; }

protected:
    bool inputComplete() const override { return m_done; }

private:
    void enableAndTest();

    Summary m_summary;
    QLabel *m_result;
    QPushButton *m_retry;
    bool m_done = false;
};

} // namespace Tessera
