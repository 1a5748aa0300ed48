#pragma once

#include "CheckedPage.h"
#include "models/plans/StageChoice.h"

class QComboBox;
class QLineEdit;
class QPushButton;

namespace Tessera {

class EndpointHint;
class SecretLineEdit;

// Sora's "Candidate stage change" listener: the stage from the ATS's real stage list, and the
// Endpoint URL and Secret key Sora shows for it.
class SoraListenerPage final : public CheckedPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SoraListenerPage)
public:
    explicit SoraListenerPage(EnableWizard *wizard);

    void initializePage() override;
    QComboBox *stageBox() const { return m_stage; }

protected:
    bool inputComplete() const override;
    void runCheck() override;

private:
    void loadStages();
    void addListenerInSimulatedSora();
    void showStages();
    static QString stageText(const StageChoice &stage);

    QLineEdit *m_workflow;
    QComboBox *m_stage;
    QLineEdit *m_endpoint;
    SecretLineEdit *m_secret;
    EndpointHint *m_endpointHint;
    QPushButton *m_simulate = nullptr;
    QList<StageChoice> m_stages; // as the stage box lists them
    bool m_loadingStages = false; // a collection of the stages is on its way
    bool m_stagesFailed = false;
};

} // namespace Tessera
