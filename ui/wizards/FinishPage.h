#pragma once

#include "CheckedPage.h"
#include "models/integrations/SetupTypes.h"

#include <QTime>

#include <functional>
#include <optional>

class QFormLayout;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;

namespace Tessera {

class Card;
struct Integration;

// The last page: enables the integration, tests both ends at once and sums up: what this setup
// created (key, webhook, listener), every check with its result and the time it ran, what to
// know next per partner (e.g. Willo's sync interval), and the next step as a button that opens
// the view where it is done. Finish closes the wizard.
class FinishPage final : public CheckedPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FinishPage)
public:
    using Summary = std::function<QString(const IntegrationTestResult &)>;
    struct NextStep
    {
        QString text; // "Review the field mappings"
        QString view; // "field-mappings"
    };

    FinishPage(EnableWizard *wizard, Summary summary = {});
    static QString stepTitle();
    // What to do next, from what the integration can do (its capabilities), not its name.
    static QList<NextStep> nextSteps(const Integration &integration);

    void initializePage() override;
    bool isEnabledAndVerified() const { return m_done; }
    // "ATS API key: Juro", one line per thing this setup created.
    QStringList createdItems() const;
    QString checkedAtText() const;

protected:
    bool inputComplete() const override { return m_done; }

private:
    void enableAndTest();
    void showResult();
    void retranslate();
    void showCreated();
    void showNextSteps();
    void clearLayout(QLayout *layout);

    Summary m_summary;
    QLabel *m_headline;
    Card *m_created;
    QFormLayout *m_createdForm;
    Card *m_checks;
    QGridLayout *m_checkGrid;
    QLabel *m_partnerNote;
    QHBoxLayout *m_nextRow;
    QPushButton *m_retry;
    bool m_done = false;
    std::optional<IntegrationTestResult> m_result; // the last test's, shown until the next
    QTime m_checkedAt;
};

} // namespace Tessera
