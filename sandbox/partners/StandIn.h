#pragma once

#include "sandbox/server/DeferredAnswer.h"
#include "sandbox/server/HttpAnswer.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Tessera::Sandbox {

class PartnerHttp;
class Store;

// What every stand-in needs from the sandbox.
struct PartnerEnvironment
{
    Store &store;
    PartnerHttp &http;
    double timeScale = 1.0;
    QString publicBaseUrl;                 // e.g. http://127.0.0.1:8787 (no trailing slash)
    QHash<QString, QString> probeMethods; // permission -> an API method that requires it
};

// When a partner that syncs from the ATS on a schedule (Willo) syncs next, in real time (its
// plan's interval times --time-scale). Times are ms since the epoch, 0 when none.
struct SyncSchedule
{
    qint64 intervalMs = 0;
    qint64 nextDueMs = 0;    // the last finished sync + interval, or the connection if none since
    qint64 lastSyncedMs = 0; // the last sync that finished
    qint64 lastEndedMs = 0;  // the last sync that ended, finished or failed
};

// A simulated partner (Juro, Willo, ...): its state in partner_states, its HTTP routes under
// /partners/<id>/ and the "down" switch tests use. Secrets it issues are random and never logged.
class StandIn : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StandIn)
public:
    StandIn(PartnerEnvironment &environment, QString id, QString name, QObject *parent = nullptr);

    QString id() const { return m_id; }
    QString name() const { return m_name; }

    bool isDown() const { return m_down; }
    void setDown(bool down)
    {
        const bool cameUp = m_down && !down;
        if (down && !m_down)
            m_heldWhileDown = 0;
        m_down = down;
        if (cameUp)
            wentUp();
    }
    // Due steps or syncs held back since the stand-in was last set down (tests ask for this
    // rather than wait on the clock to show that nothing happened while down).
    int heldWhileDown() const { return m_heldWhileDown; }
    void noteHeldWhileDown() { ++m_heldWhileDown; }
    // Throws ApiFailure(partner_unavailable) while down.
    void requireUp() const;

    QJsonObject state() const;
    void saveState(QJsonObject state);

    // The ATS API key secret the partner holds, empty when none.
    virtual QString heldAtsKey() const;
    // Its sync schedule while it is connected and syncs on one; nullopt otherwise.
    virtual std::optional<SyncSchedule> syncSchedule() const { return std::nullopt; }
    // What the partner received from the ATS, e.g. "New hires"; empty when it receives nothing.
    virtual QString receivedRecordsLabel() const { return {}; }
    // Those records, newest first, each {name, jobTitle, startDate, detail, receivedAt,
    // errorCount} (partnerConsole.receivedRecords).
    virtual QJsonArray receivedRecords() const { return {}; }
    // `subPath` is what follows /partners/<id>/ (no leading slash).
    virtual std::optional<HttpAnswer> route(const RawRequest &request, const QString &subPath);

    static QString randomSecret(const QString &prefix, int bytes = 24);
    static HttpAnswer jsonAnswer(int status, const QJsonObject &body);
    static HttpAnswer errorAnswer(int status, const QString &code, const QString &message);
    static HttpAnswer errorAnswer(int status, const char *code, const QString &message)
    {
        return errorAnswer(status, QString::fromLatin1(code), message);
    }
    QString unavailableMessage() const;

protected:
    // Checks the pasted Ashby key for the catalog's scopes (AtsKeyCheck); when it passes, stores
    // it as the key this partner holds and answers what `connected` returns.
    void connectAtsKey(const QString &atsApiKey, const Deferred &answer,
                       std::function<QJsonObject()> connected);
    // After setDown(false) from down: work that fell due meanwhile may be armed again.
    virtual void wentUp() {}

    PartnerEnvironment &m_env;

private:
    QString m_id;
    QString m_name;
    bool m_down = false;
    int m_heldWhileDown = 0;
};

} // namespace Tessera::Sandbox
