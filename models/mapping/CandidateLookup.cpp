#include "CandidateLookup.h"

#include "models/core/CallOutcome.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

void findCandidateEmailInRegion(ApiClient *client, const QString &region, QObject *context,
                                Done<QString> done)
{
    callWithOutcome<QString>(
        client, u"candidate.list"_s, QJsonObject{{u"limit"_s, 100}}, context,
        [region](const QJsonValue &results) {
            for (const QJsonValue candidate : results.toArray()) {
                const QJsonArray parts =
                    candidate[u"location"_s][u"locationComponents"_s].toArray();
                for (const QJsonValue part : parts)
                    if (part[u"type"_s].toString() == u"Region"
                        && part[u"name"_s].toString() == region)
                        return candidate[u"primaryEmailAddress"_s][u"value"_s].toString();
            }
            return QString();
        },
        std::move(done));
}

} // namespace Tessera
