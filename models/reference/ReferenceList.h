#pragma once

#include "models/core/LoadStatus.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace Tessera {

class ApiCall;
class ApiClient;
class PagedFetch;

// One collection of reference data (jobs, plans, a plan's stages, archive reasons …) as the
// backend lists it, loaded once and shared by every view. A paged method is walked page by
// page and refreshed incrementally with its syncToken; a method without paging is read again
// whole. Records are decoded by RecordList<T>, which derives from this.
class ReferenceList : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferenceList)
public:
    enum class Paging { Paged, Single };

    ReferenceList(ApiClient *client, QString method, QJsonObject body, Paging paging,
                  QObject *parent = nullptr);
    ~ReferenceList() override;

    QString method() const { return m_method; }
    LoadStatus *status() const { return m_status; }

    // Loads the first time it is asked; later calls cost nothing.
    void ensureLoaded();
    // Asks the backend what changed (incrementally where the method has a syncToken). A refresh
    // asked for while one runs starts once more after it.
    void refresh();
    void cancel();

Q_SIGNALS:
    // The records were replaced or merged.
    void changed();
    // One record was updated in place (upsert of a record the list already had).
    void recordChanged(const QString &id);

protected:
    // Decodes `results` into the records: replaces them all, or merges them by id. Returns the
    // first decode problem when every record failed to decode, else an empty string.
    virtual QString apply(const QJsonArray &results, bool incremental) = 0;

private:
    void start(bool incremental);
    void startSingle();
    void startPaged(bool incremental);
    void finish(const QJsonArray &results, bool incremental, const QString &syncToken);
    void fail(const ApiError &error);

    QPointer<ApiClient> m_client;
    QString m_method;
    QJsonObject m_body;
    Paging m_paging;
    LoadStatus *m_status;
    QPointer<PagedFetch> m_fetch;
    QPointer<ApiCall> m_call;
    QJsonArray m_pages; // the pages of the fetch that runs
    QString m_syncToken;
    bool m_refreshAgain = false;
};

} // namespace Tessera
