#include "JuroContracts.h"

#include "PartnerHttp.h"
#include "RunSchedule.h"
#include "StandIn.h"
#include "sandbox/mapping/JuroTemplates.h"
#include "sandbox/store/Records.h"
#include "sandbox/webhooks/WebhookSignature.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

namespace {

// The events after a create, in order, and the state each leaves the contract in.
struct Step
{
    QString event;
    QString state;
};

const QList<Step> &steps()
{
    static const QList<Step> all{{u"contract.active"_s, u"active"_s},
                                 {u"contract.completed"_s, u"completed"_s}};
    return all;
}

constexpr int maxAttempts = 5;
constexpr int retryDelayMs = 50;

HttpAnswer invalidField(const QString &message)
{
    return StandIn::errorAnswer(422, "invalid_field", message);
}

QString text(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(value.toDouble(), 'g', 15)
                            : value.toVariant().toString().trimmed();
}

// Juro's check of one field value; empty when fine.
QString fieldProblem(const TargetField &field, const QJsonValue &value)
{
    const QString given = text(value);
    if (field.type == u"Email"_s) {
        const qsizetype at = given.indexOf(u'@');
        if (at <= 0 || !given.mid(at + 1).contains(u'.'))
            return u"\"%1\" is not an email address Juro can send the contract to: \"%2\"."_s
                .arg(field.label, given);
    } else if (field.type == u"Date"_s) {
        if (!QDate::fromString(given.left(10), Qt::ISODate).isValid() || given.size() < 10)
            return u"\"%1\" must be a date like 2026-04-01; Juro got \"%2\"."_s.arg(field.label,
                                                                                given);
    } else if (field.type == u"Number"_s) {
        bool ok = value.isDouble();
        if (!ok)
            given.toDouble(&ok);
        if (!ok)
            return u"\"%1\" must be a number; Juro got \"%2\"."_s.arg(field.label, given);
    } else if (field.type == u"ValueSelect"_s && !field.selectableValues.isEmpty()
               && !field.selectableValues.contains(given)) {
        return u"\"%1\" must be one of %2; Juro got \"%3\"."_s.arg(
            field.label, field.selectableValues.join(u", "_s), given);
    }
    return {};
}

} // namespace

JuroContracts::JuroContracts(StandIn &standIn, PartnerEnvironment &environment, QObject *parent)
    : QObject(parent)
    , m_standIn(standIn)
    , m_env(environment)
{
}

int JuroContracts::stepDelayMs() const
{
    return std::max(1, static_cast<int>(4000.0 * m_env.timeScale + 0.5));
}

HttpAnswer JuroContracts::route(const RawRequest &request, const QString &subPath)
{
    const QString base = u"v3/contracts"_s;
    if (subPath == base && request.verb == "POST")
        return create(QJsonDocument::fromJson(request.body).object());
    if (subPath == base && request.verb == "GET") {
        QJsonArray newestFirst;
        for (const QJsonValue contract : m_standIn.state().value(u"contracts"_s).toArray())
            newestFirst.prepend(contract);
        return StandIn::jsonAnswer(200, QJsonObject{{u"contracts"_s, newestFirst}});
    }
    const QStringList parts = subPath.mid(base.size() + 1).split(u'/');
    if (subPath.startsWith(base + u'/') && parts.size() == 2 && parts.at(1) == u"cancel"_s
        && request.verb == "POST")
        return cancel(parts.at(0));
    if (subPath.startsWith(base + u'/') && parts.size() == 1 && request.verb == "GET") {
        const QJsonObject contract = findContract(parts.at(0));
        if (contract.isEmpty())
            return StandIn::errorAnswer(404, "contract_not_found",
                                        u"Juro has no contract \"%1\"."_s.arg(parts.at(0)));
        return StandIn::jsonAnswer(200, QJsonObject{{u"contract"_s, contract}});
    }
    return StandIn::errorAnswer(404, "not_found",
                                u"Juro has no route %1 /%2."_s.arg(
                                    QString::fromLatin1(request.verb), subPath));
}

HttpAnswer JuroContracts::create(const QJsonObject &request)
{
    const QString templateId = request.value(u"templateId"_s).toString();
    const JuroTemplate *entry = JuroTemplates::find(templateId);
    if (!entry)
        return invalidField(u"Juro has no template \"%1\"; list them with GET v3/templates."_s
                                .arg(templateId));
    QJsonObject values;
    for (const QJsonValue value : request.value(u"fields"_s).toArray()) {
        const QString uid = value.toObject().value(u"uid"_s).toString();
        const auto field = std::find_if(entry->fields.begin(), entry->fields.end(),
                                        [&](const TargetField &f) { return f.id == uid; });
        if (field == entry->fields.end())
            return invalidField(u"The template \"%1\" has no field \"%2\"."_s.arg(entry->name,
                                                                                uid));
        const QJsonValue given = value.toObject().value(u"value"_s);
        if (const QString problem = fieldProblem(*field, given); !problem.isEmpty())
            return invalidField(problem);
        values.insert(uid, given);
    }
    for (const TargetField &field : entry->fields)
        if (field.required && text(values.value(field.id)).isEmpty())
            return invalidField(u"Juro needs \"%1\" to create the %2."_s.arg(
                field.label, entry->name.toLower()));
    const QString now = Records::isoTime(QDateTime::currentMSecsSinceEpoch());
    const QJsonObject contract{{u"id"_s, Records::newId()},
                               {u"templateId"_s, templateId},
                               {u"name"_s, request.value(u"name"_s)},
                               {u"fields"_s, values},
                               {u"reference"_s, request.value(u"reference"_s)},
                               {u"state"_s, u"started"_s},
                               {u"createdAt"_s, now},
                               {u"updatedAt"_s, now}};
    saveContract(contract);
    scheduleNext(contract.value(u"id"_s).toString(), 0);
    return StandIn::jsonAnswer(201, QJsonObject{{u"contract"_s, contract}});
}

HttpAnswer JuroContracts::cancel(const QString &contractId)
{
    QJsonObject contract = findContract(contractId);
    if (contract.isEmpty())
        return StandIn::errorAnswer(404, "contract_not_found",
                                    u"Juro has no contract \"%1\"."_s.arg(contractId));
    if (contract.value(u"state"_s).toString() == u"completed"_s)
        return StandIn::errorAnswer(409, "contract_completed",
                                    u"The contract is already signed by everyone, so Juro cannot "
                                    "cancel it."_s);
    contract.insert(u"state"_s, u"cancelled"_s);
    contract.insert(u"updatedAt"_s, Records::isoTime(QDateTime::currentMSecsSinceEpoch()));
    saveContract(contract);
    return StandIn::jsonAnswer(200, QJsonObject{{u"contract"_s, contract}});
}

void JuroContracts::scheduleNext(const QString &contractId, int step, int attempt)
{
    const int delay = attempt > 1 ? std::max(stepDelayMs(), retryDelayMs) : stepDelayMs();
    // The next step is stored with the contract, so a restart can pick it up (resume()).
    QJsonObject contract = findContract(contractId);
    if (contract.isEmpty())
        return;
    RunSchedule::store(contract, step, attempt, QDateTime::currentMSecsSinceEpoch() + delay);
    saveContract(contract);
    arm(contract);
}

void JuroContracts::arm(const QJsonObject &contract)
{
    const QString contractId = contract.value(u"id"_s).toString();
    const int step = RunSchedule::step(contract);
    const int attempt = RunSchedule::attempt(contract);
    RunSchedule::callAt(RunSchedule::dueMs(contract), this, [this, contractId, step, attempt] {
        send(contractId, step, attempt);
    });
}

void JuroContracts::resume()
{
    for (const QJsonValue value : m_standIn.state().value(u"contracts"_s).toArray()) {
        QJsonObject contract = value.toObject();
        const QString state = contract.value(u"state"_s).toString();
        if (state == u"cancelled"_s)
            continue;
        if (!RunSchedule::isScheduled(contract)) {
            // A contract from before steps were stored: the step after its state, now.
            if (state == u"started"_s)
                RunSchedule::store(contract, 0, 1, 0);
            else if (state == u"active"_s)
                RunSchedule::store(contract, 1, 1, 0);
            else
                continue;
        }
        arm(contract);
    }
}

void JuroContracts::send(const QString &contractId, int step, int attempt)
{
    QJsonObject contract = findContract(contractId);
    if (contract.isEmpty() || contract.value(u"state"_s).toString() == u"cancelled"_s)
        return; // cancelled: Juro stops
    if (RunSchedule::step(contract) != step)
        return; // a timer of a step that was rescheduled or done since (e.g. armed twice)
    if (m_standIn.isDown()) {
        m_standIn.noteHeldWhileDown();
        scheduleNext(contractId, step, attempt);
        return;
    }
    const Step &next = steps().at(step);
    // The contract is signed (or active) at Juro from this moment; the webhook only tells the
    // ATS. A cancel that arrives while the event is out is refused as for a signed contract.
    if (contract.value(u"state"_s).toString() != next.state) {
        contract.insert(u"state"_s, next.state);
        contract.insert(u"updatedAt"_s, Records::isoTime(QDateTime::currentMSecsSinceEpoch()));
        saveContract(contract);
    }
    const QByteArray body = QJsonDocument(QJsonObject{
                                              {u"event"_s, next.event},
                                              {u"occurredAt"_s, contract.value(u"updatedAt"_s)},
                                              {u"contract"_s, QJsonObject{
                                                   {u"id"_s, contractId},
                                                   {u"templateId"_s, contract.value(u"templateId"_s)},
                                                   {u"name"_s, contract.value(u"name"_s)},
                                                   {u"state"_s, next.state},
                                                   {u"url"_s, pageUrl(contractId)}}}})
                                .toJson(QJsonDocument::Compact);
    QJsonArray targets;
    for (const QJsonValue webhook : m_standIn.state().value(u"webhooks"_s).toArray()) {
        const QJsonArray triggers = webhook.toObject().value(u"triggers"_s).toArray();
        if (triggers.isEmpty() || triggers.contains(QJsonValue(u"all"_s))
            || triggers.contains(QJsonValue(next.event)))
            targets << webhook;
    }
    // Once the event went out (or there is nobody to tell), the next step is due.
    auto advance = [this, contractId, step] {
        QJsonObject current = findContract(contractId);
        if (current.isEmpty() || current.value(u"state"_s).toString() == u"cancelled"_s)
            return;
        if (step + 1 < steps().size()) {
            scheduleNext(contractId, step + 1);
            return;
        }
        RunSchedule::clear(current);
        saveContract(current);
    };
    if (targets.isEmpty()) {
        advance();
        return;
    }
    auto pending = std::make_shared<int>(int(targets.size()));
    auto allOk = std::make_shared<bool>(true);
    for (const QJsonValue target : targets) {
        const QJsonObject webhook = target.toObject();
        const QByteArray signature = webhookSignature(
            webhook.value(u"signatureSecret"_s).toString().toUtf8(), body);
        m_env.http.send("POST", QUrl(webhook.value(u"url"_s).toString()), body,
                        {{"Juro-Signature", signature}, {"Content-Type", "application/json"}},
                        this,
                        [this, pending, allOk, advance, contractId, step,
                         attempt](const PartnerReply &reply) mutable {
            *allOk = *allOk && reply.isHttpOk();
            if (--*pending > 0)
                return;
            // The ATS may not have stored the run yet when the first event arrives.
            if (!*allOk && attempt < maxAttempts) {
                const QJsonObject current = findContract(contractId);
                if (current.value(u"state"_s).toString() != u"cancelled"_s)
                    scheduleNext(contractId, step, attempt + 1);
                return;
            }
            advance();
        });
    }
}

QString JuroContracts::pageUrl(const QString &contractId) const
{
    return m_env.publicBaseUrl + u"/partners/juro/contracts/"_s
        + QString::fromLatin1(QUrl::toPercentEncoding(contractId));
}

HttpAnswer JuroContracts::page(const QString &contractId) const
{
    const QJsonObject contract = findContract(contractId);
    HttpAnswer answer;
    answer.headers << std::pair<QByteArray, QByteArray>("Content-Type",
                                                        "text/html; charset=utf-8");
    if (contract.isEmpty()) {
        answer.status = 404;
        answer.body = "<!doctype html><title>Juro</title><p>Juro has no such contract.</p>";
        return answer;
    }
    const auto escaped = [](const QJsonValue &value) { return text(value).toHtmlEscaped(); };
    const JuroTemplate *entry = JuroTemplates::find(contract.value(u"templateId"_s).toString());
    QString rows;
    const QJsonObject fields = contract.value(u"fields"_s).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        QString label = it.key();
        if (entry)
            for (const TargetField &field : entry->fields)
                if (field.id == it.key())
                    label = field.label;
        rows += u"<tr><th>%1</th><td>%2</td></tr>"_s.arg(label.toHtmlEscaped(),
                                                          escaped(it.value()));
    }
    const QString html =
        u"<!doctype html><meta charset=\"utf-8\"><title>%1 – Juro</title><h1>%1</h1>"
        "<p>Template: %2</p><p>State: %3</p><p>Last change: %4</p><table>%5</table>"_s.arg(
            escaped(contract.value(u"name"_s)),
            entry ? entry->name.toHtmlEscaped() : escaped(contract.value(u"templateId"_s)),
            escaped(contract.value(u"state"_s)), escaped(contract.value(u"updatedAt"_s)), rows);
    answer.body = html.toUtf8();
    return answer;
}

QJsonObject JuroContracts::findContract(const QString &contractId) const
{
    for (const QJsonValue value : m_standIn.state().value(u"contracts"_s).toArray())
        if (value.toObject().value(u"id"_s).toString() == contractId)
            return value.toObject();
    return {};
}

void JuroContracts::saveContract(const QJsonObject &contract)
{
    QJsonObject state = m_standIn.state();
    QJsonArray contracts = state.value(u"contracts"_s).toArray();
    const QString id = contract.value(u"id"_s).toString();
    bool replaced = false;
    for (qsizetype i = 0; i < contracts.size(); ++i)
        if (contracts.at(i).toObject().value(u"id"_s).toString() == id) {
            // A cancel that came while an event was out wins.
            if (contracts.at(i).toObject().value(u"state"_s).toString() == u"cancelled"_s)
                return;
            contracts.replace(i, contract);
            replaced = true;
        }
    if (!replaced)
        contracts << contract;
    state.insert(u"contracts"_s, contracts);
    m_standIn.saveState(state);
}

} // namespace Tessera::Sandbox
