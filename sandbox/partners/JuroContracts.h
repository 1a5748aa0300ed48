#pragma once

#include "sandbox/server/HttpAnswer.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

namespace Tessera::Sandbox {

class StandIn;
struct PartnerEnvironment;

// Juro's contracts API as the stand-in serves it (x-api-key checked by JuroStandIn):
// POST v3/contracts creates a contract from a template and field values (201, or 422 with a
// sentence for a bad field), GET v3/contracts lists them newest first, GET v3/contracts/<id>
// reads one, POST v3/contracts/<id>/cancel
// stops it. After a create Juro "pulls the data" and the contract is signed: it sends the
// events contract.active and then contract.completed, stepDelayMs() apart, to its webhooks as
// signed POSTs (Juro-Signature), again a few times when the receiver does not answer 2xx.
// A contract takes each state when Juro decides it, before the event goes out. Contracts live
// in the stand-in's state ("contracts") with their next step and when it is due, so resume()
// carries them on after a restart. page() is the read-only contract page a recruiter opens.
class JuroContracts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JuroContracts)
public:
    JuroContracts(StandIn &standIn, PartnerEnvironment &environment, QObject *parent = nullptr);

    // `subPath` starts with "v3/contracts".
    HttpAnswer route(const RawRequest &request, const QString &subPath);
    int stepDelayMs() const;
    // At start-up: re-arms every contract not completed or cancelled, and every event that was
    // still being delivered, at its stored due time (now if that passed).
    void resume();
    // GET /partners/juro/contracts/<id>: the contract's name, template, state and field values
    // as an HTML page (no key needed, nothing secret on it); pageUrl() is its address.
    HttpAnswer page(const QString &contractId) const;
    QString pageUrl(const QString &contractId) const;

private:
    HttpAnswer create(const QJsonObject &request);
    HttpAnswer cancel(const QString &contractId);
    void scheduleNext(const QString &contractId, int step, int attempt = 1);
    void arm(const QJsonObject &contract); // at its stored next step
    void send(const QString &contractId, int step, int attempt);
    QJsonObject findContract(const QString &contractId) const;
    void saveContract(const QJsonObject &contract);

    StandIn &m_standIn;
    PartnerEnvironment &m_env;
};

} // namespace Tessera::Sandbox
