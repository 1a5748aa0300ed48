#include "ModelSync.h"

#include "models/api/ApiClient.h"
#include "models/candidates/CandidateDirectory.h"

#include <QHeaderView>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Bench {

CandidateList::CandidateList(Attached attached)
{
    if (attached == Attached::Nothing)
        return;
    proxy.setSourceModel(&model);
    if (attached == Attached::ProxyOnly)
        return;
    view.setModel(&proxy);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setAlternatingRowColors(true);
    view.verticalHeader()->hide();
    view.horizontalHeader()->setStretchLastSection(true);
    view.setWindowTitle(u"tessera-bench"_s);
    view.resize(1280, 800);
    if (attached == Attached::ShownView)
        view.show();
}

ModelSync::ModelSync(ApiClient *client, CandidatesModel *model, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
{
}

void ModelSync::start()
{
    m_pages = 0;
    m_failures = 0;
    m_mergeTotalNs = 0;
    m_mergeMaxNs = 0;
    m_mergeMaxPage = 0;
    m_error.clear();
    if (m_directory)
        m_directory->deleteLater();
    m_directory = new CandidateDirectory(m_client, nullptr, m_model, this);
    m_directory->setExpectedTotal(m_expectedTotal); // the console takes it from organization.info
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this] { m_mergeClock.start(); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        const qint64 ns = m_mergeClock.nsecsElapsed();
        m_mergeTotalNs += ns;
        ++m_pages; // batches handed to the model
        if (ns > m_mergeMaxNs) {
            m_mergeMaxNs = ns;
            m_mergeMaxPage = m_pages;
        }
    });
    connect(m_directory, &CandidateDirectory::stateChanged, this,
            [this](CandidateDirectory::State state) {
                if (state == CandidateDirectory::State::SyncingApplications) {
                    m_directory->cancel();
                    finish();
                } else if (state == CandidateDirectory::State::Failed) {
                    finish(m_directory->lastError().details());
                }
            });
    m_clock.start();
    m_directory->sync();
}

void ModelSync::finish(const QString &error)
{
    m_elapsedNs = m_clock.nsecsElapsed();
    m_error = error;
    m_model->disconnect(this);
    if (!m_model->lastDecodeError().isEmpty())
        m_failures = 1;
    Q_EMIT finished();
}

} // namespace Tessera::Bench
