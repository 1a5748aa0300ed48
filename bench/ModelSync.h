#pragma once

#include "models/candidates/CandidateFilterModel.h"
#include "models/candidates/CandidatesModel.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTableView>

namespace Tessera {
class ApiClient;
class CandidateDirectory;
} // namespace Tessera

namespace Tessera::Bench {

// The candidate list as the console would show it: CandidatesModel → CandidateFilterModel →
// a visible (offscreen) QTableView, so model signals, proxy mapping, layout and painting cost
// what they cost in the app. The filter typing needs the proxy (any mode but Nothing).
class CandidateList final
{
public:
    // What hangs off the model; anything but Shown is for finding where time goes.
    enum class Attached {
        ShownView,  // proxy + visible (offscreen) view: the app, and the default
        HiddenView, // proxy + view that is never shown (no layout, no painting)
        ProxyOnly,  // proxy, no view
        Nothing,    // the bare model
    };
    explicit CandidateList(Attached attached = Attached::ShownView);
    CandidateList(const CandidateList &) = delete;
    CandidateList &operator=(const CandidateList &) = delete;

    CandidatesModel model;
    CandidateFilterModel proxy;
    QTableView view; // declared last: destroyed before the models it shows
};

// CandidateDirectory::sync() — the console's own code — timed over its candidates stream only
// (the applications stream is not part of the comparison with the baseline).
class ModelSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelSync)
public:
    ModelSync(ApiClient *client, CandidatesModel *model, QObject *parent = nullptr);

    void setExpectedTotal(qint64 total) { m_expectedTotal = total; }
    void start();

    double elapsedMs() const { return double(m_elapsedNs) / 1e6; }
    int pages() const { return m_pages; }
    int decodeFailures() const { return m_failures; }
    // Time on the GUI thread inside the model's row inserts (model signals, proxy and view
    // bookkeeping); the rows were decoded on a worker thread.
    double mergeTotalMs() const { return double(m_mergeTotalNs) / 1e6; }
    double mergeMaxMs() const { return double(m_mergeMaxNs) / 1e6; }
    int mergeMaxPage() const { return m_mergeMaxPage; } // 1-based
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void finished();

private:
    void finish(const QString &error = {});

    ApiClient *m_client;
    CandidatesModel *m_model;
    QPointer<CandidateDirectory> m_directory;
    QElapsedTimer m_mergeClock;
    QElapsedTimer m_clock;
    qint64 m_elapsedNs = 0;
    int m_pages = 0;
    int m_failures = 0;
    qint64 m_mergeTotalNs = 0;
    qint64 m_mergeMaxNs = 0;
    int m_mergeMaxPage = 0;
    QString m_error;
    qint64 m_expectedTotal = 0;
};

} // namespace Tessera::Bench
