#include "ActivityStats.h"

#include "CandidateActivities.h"
#include "models/api/ApiProtocol.h"
#include "sandbox/integrations/IntegrationCatalog.h"
#include "sandbox/server/ApiFailure.h"
#include "sandbox/store/Records.h"
#include "sandbox/store/Store.h"
#include "sandbox/webhooks/DeliveryLog.h"

#include <QJsonArray>

#include <algorithm>
#include <array>
#include <tuple>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

namespace {

constexpr qint64 maxRangeDays = 400;
constexpr qint64 dayMs = 24LL * 3600 * 1000;

// The statuses a started run can have (not_started is never stored), in the answer's order.
const std::array<QString, 6> &statuses()
{
    static const std::array<QString, 6> all{u"requested"_s, u"started"_s,   u"in_progress"_s,
                                             u"completed"_s, u"cancelled"_s, u"failed"_s};
    return all;
}

struct Counts
{
    std::array<qint64, 6> byStatus{};
    qint64 stuck = 0;

    void add(const QJsonObject &run, qint64 nowMs)
    {
        const QString status = run.value(u"status"_s).toString();
        const auto at = std::find(statuses().begin(), statuses().end(), status);
        if (at != statuses().end())
            ++byStatus[size_t(at - statuses().begin())];
        if (CandidateActivities::isStuck(run, nowMs))
            ++stuck;
    }

    QJsonObject json() const
    {
        QJsonObject counts;
        for (size_t i = 0; i < statuses().size(); ++i)
            counts.insert(statuses()[i], byStatus[i]);
        return counts;
    }
};

struct Group
{
    int catalogIndex = 0; // unknown integrations after the catalog's
    QString integrationId;
    QString kind;
    Counts counts;
};

int catalogIndexOf(const QString &integrationId)
{
    const QList<IntegrationEntry> &all = IntegrationCatalog::all();
    for (qsizetype i = 0; i < all.size(); ++i)
        if (all.at(i).id == integrationId)
            return int(i);
    return int(all.size());
}

} // namespace

QJsonObject ActivityStats::compute(const Store &store, const QJsonObject &request, qint64 nowMs)
{
    const qint64 from = DeliveryLog::requiredTime(request, u"from"_s);
    const qint64 to = DeliveryLog::requiredTime(request, u"to"_s);
    if (from >= to)
        throw ApiFailure::invalidInput(u"Field \"from\" must be before \"to\"."_s);
    if (to - from > maxRangeDays * dayMs)
        throw ApiFailure::invalidInput(
            u"Field \"to\" is more than %1 days after \"from\"; ask for at most %1 days."_s.arg(
                maxRangeDays));
    const auto integrationId = DeliveryLog::optionalText(request, u"integrationId"_s);
    if (integrationId && !IntegrationCatalog::find(*integrationId))
        throw ApiFailure::notFound(Protocol::ErrorCode::integrationNotFound, u"integration"_s,
                                   *integrationId);

    QString where = u"created_ms >= ? AND created_ms < ?"_s;
    QVariantList binds{from, to};
    if (integrationId) {
        where += u" AND json_extract(doc, '$.integrationId') = ?"_s;
        binds << *integrationId;
    }
    QList<Group> groups;
    Counts totals;
    for (const StoredDocument &row : store.candidateActivities.select(where, binds)) {
        const QString runIntegration = row.doc.value(u"integrationId"_s).toString();
        const QString kind = row.doc.value(u"kind"_s).toString();
        auto group = std::find_if(groups.begin(), groups.end(), [&](const Group &g) {
            return g.integrationId == runIntegration && g.kind == kind;
        });
        if (group == groups.end()) {
            groups.append(Group{catalogIndexOf(runIntegration), runIntegration, kind, {}});
            group = groups.end() - 1;
        }
        group->counts.add(row.doc, nowMs);
        totals.add(row.doc, nowMs);
    }
    std::sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) {
        return std::tie(a.catalogIndex, a.integrationId, a.kind)
            < std::tie(b.catalogIndex, b.integrationId, b.kind);
    });
    QJsonArray byIntegration;
    for (const Group &group : groups)
        byIntegration.append(QJsonObject{{u"integrationId"_s, group.integrationId},
                                         {u"kind"_s, group.kind},
                                         {u"counts"_s, group.counts.json()},
                                         {u"stuck"_s, group.counts.stuck}});
    return {{u"from"_s, Records::isoTime(from)},
            {u"to"_s, Records::isoTime(to)},
            {u"byIntegration"_s, byIntegration},
            {u"totals"_s, totals.json()},
            {u"stuck"_s, totals.stuck}};
}

} // namespace Tessera::Sandbox
