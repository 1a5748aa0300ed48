#include "WilloSyncPage.h"

#include "EnableWizard.h"
#include "models/core/BackgroundWork.h"
#include "models/integrations/IntegrationService.h"
#include "models/integrations/PartnerConsole.h"
#include "models/integrations/SetupState.h"
#include "ui/common/Card.h"
#include "ui/common/Retranslator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {
constexpr int pollIntervalMs = 400;
}

WilloSyncPage::WilloSyncPage(EnableWizard *wizard)
    : CheckedPage(wizard)
    , m_progress(new QProgressBar(this))
    , m_counts(new QLabel(this))
    , m_retry(new QPushButton(this))
{
    setObjectName(u"willoSyncPage"_s);
    m_progress->setObjectName(u"syncProgress"_s);
    m_counts->setObjectName(u"syncCounts"_s);
    m_counts->setWordWrap(true);
    m_retry->hide();
    auto *card = new Card(QString(), this);
    card->body()->addWidget(m_progress);
    card->body()->addWidget(m_counts);
    body()->addWidget(card);
    auto *after = new QLabel(this);
    after->setWordWrap(true);
    after->setTextFormat(Qt::RichText);
    auto *next = new Card(QString(), this);
    next->body()->addWidget(after);
    body()->addWidget(next);
    auto *row = new QHBoxLayout;
    row->addWidget(m_retry);
    row->addStretch(1);
    body()->addLayout(row);
    Retranslator::follow(this, [=, this] {
        setTitle(tr("Willo's first sync"));
        setSubTitle(tr("Willo copies your jobs and their interview stages, so each Willo "
                       "interview can be connected to a job and a trigger stage."));
        m_retry->setText(tr("&Sync again"));
        m_progress->setAccessibleName(tr("Sync progress"));
        card->setTitle(tr("Jobs and interview stages"));
        after->setText(tr("<ol><li>Willo copies every ATS job with its interview "
                          "stages.</li><li>Once the sync has finished, Next enables Willo "
                          "and checks both ends.</li><li>Then, in Willo, connect each "
                          "interview to a job and a trigger stage.</li></ol>"));
        next->setTitle(tr("What happens next"));
        showCounts();
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        PartnerConsole *willo = setupWizard()->context().partnerConsole;
        if (!willo)
            return initializePage();
        m_retry->hide();
        willo->willoConnect(state()->secret(u"atsKey"_s), this,
                            [this](const Outcome<WilloStatus> &connected) {
                                if (!connected.ok())
                                    failCheck(connected.error);
                                initializePage();
                            });
    });
}

WilloSyncPage::~WilloSyncPage()
{
    endJob();
}

void WilloSyncPage::endJob()
{
    if (m_work && m_job)
        m_work->end(std::exchange(m_job, 0));
}

void WilloSyncPage::initializePage()
{
    m_work = setupWizard()->context().work;
    if (m_work && !m_job)
        m_job = m_work->begin(tr("Willo's first sync"));
    m_synced = false;
    m_status.reset();
    m_progress->setRange(0, 0);
    showCounts();
    ++m_generation;
    poll();
}

void WilloSyncPage::cleanupPage()
{
    endJob();
    ++m_generation; // stops polling
}

void WilloSyncPage::poll()
{
    const int generation = m_generation;
    PartnerConsole *willo = setupWizard()->context().partnerConsole;
    if (willo) {
        willo->willoStatus(this, [this, generation](const Outcome<WilloStatus> &status) {
            if (generation != m_generation)
                return;
            if (!status.ok()) {
                endJob(); // nothing polls until Retry
                failCheck(status.error);
                m_retry->show();
                return;
            }
            show(status.value);
            if (status.value.syncState == u"running" || status.value.syncState == u"idle")
                QTimer::singleShot(pollIntervalMs, this, [this, generation] {
                    if (generation == m_generation)
                        poll();
                });
        });
        return;
    }
    // A real Willo reports through the backend's connection test only.
    setupWizard()->context().service->test(
        setupWizard()->integrationId(), this,
        [this, generation](const Outcome<IntegrationTestResult> &tested) {
            if (generation != m_generation)
                return;
            const IntegrationCheck *sync = tested.ok() ? tested.value.check(u"sync"_s) : nullptr;
            WilloStatus status;
            status.syncState = sync && sync->ok ? u"done"_s : u"running"_s;
            status.jobsDone = tested.value.jobsSynced;
            status.jobsTotal = sync && sync->ok ? tested.value.jobsSynced : 0;
            show(status);
            if (!m_synced)
                QTimer::singleShot(pollIntervalMs * 5, this, [this, generation] {
                    if (generation == m_generation)
                        poll();
                });
        });
}

void WilloSyncPage::show(const WilloStatus &status)
{
    m_status = status;
    if (status.jobsTotal > 0) {
        m_progress->setRange(0, status.jobsTotal);
        m_progress->setValue(status.jobsDone);
        if (m_work && m_job)
            m_work->progress(m_job, status.jobsDone, status.jobsTotal);
    }
    if (status.syncState == u"done" || status.syncState == u"failed")
        endJob();
    if (status.syncState == u"done") {
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
        m_synced = true;
        Q_EMIT completeChanged();
    } else if (status.syncState == u"failed") {
        m_retry->show();
    }
    showCounts();
}

void WilloSyncPage::showCounts()
{
    if (!m_status) {
        m_counts->setText(tr("Starting…"));
        return;
    }
    const WilloStatus &status = *m_status;
    const QLocale locale;
    if (status.syncState == u"done")
        m_counts->setText(tr("✓ Sync finished. Jobs: %1 · interview stages: %2.")
                              .arg(locale.toString(status.jobsDone),
                                   locale.toString(status.stagesDone)));
    else if (status.syncState == u"failed")
        m_counts->setText(tr("✗ The sync stopped: %1").arg(status.message));
    else
        m_counts->setText(status.jobsTotal > 0
                              ? tr("Syncing… jobs: %1 of %2 · interview stages so far: %3")
                                    .arg(locale.toString(status.jobsDone),
                                         locale.toString(status.jobsTotal),
                                         locale.toString(status.stagesDone))
                              : tr("Waiting for Willo to start the sync…"));
}

} // namespace Tessera
