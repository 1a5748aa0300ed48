#pragma once

// Shared by the model tests: a real ApiClient against a sandbox, raw look-ups, and waiting.
#include "tests/support/CatchQt.h"
#include "tests/support/SandboxClients.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/TestClient.h"
#include "tests/support/Waiting.h"

#include "models/api/ApiClient.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QTest>

#include <functional>
#include <memory>

namespace Tessera::Test {

inline std::unique_ptr<QAbstractItemModelTester> fatalTester(QAbstractItemModel *model)
{
    return std::make_unique<QAbstractItemModelTester>(
        model, QAbstractItemModelTester::FailureReportingMode::Fatal);
}

// Fields of the first record of a list method, e.g. an offer to find its candidate.
inline QJsonObject firstResult(TestClient &client, const QString &method, const QJsonObject &body)
{
    const QJsonArray results = requireSuccess(client.call(method, body)).resultArray();
    REQUIRE_FALSE(results.isEmpty());
    return results.first().toObject();
}

// The candidate of an application.
inline QString candidateOf(TestClient &client, const QString &applicationId)
{
    return requireSuccess(client.call(QStringLiteral("application.info"),
                                      {{QStringLiteral("applicationId"), applicationId}}))
        .resultObject()
        .value(QStringLiteral("candidate"))
        .toObject()
        .value(QStringLiteral("id"))
        .toString();
}

inline QStringList idsOf(const QJsonArray &records)
{
    QStringList ids;
    for (const QJsonValue record : records)
        ids << record.toObject().value(QStringLiteral("id")).toString();
    return ids;
}

} // namespace Tessera::Test
