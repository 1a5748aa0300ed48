#pragma once

// Catch2 printing for Qt types and assertions for API replies. Include it in every test file.
#include "TestClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

namespace Catch {

template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};

template<>
struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray &value) { return '"' + value.toStdString() + '"'; }
};

template<>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &value)
    {
        return "[" + value.join(QStringLiteral(", ")).toStdString() + "]";
    }
};

template<>
struct StringMaker<QJsonValue>
{
    static std::string convert(const QJsonValue &value)
    {
        if (value.isUndefined())
            return "undefined";
        // Wrapped in an array so scalars serialize too.
        const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return text.mid(1, text.size() - 2).toStdString();
    }
};

template<>
struct StringMaker<QJsonObject>
{
    static std::string convert(const QJsonObject &value)
    {
        return QJsonDocument(value).toJson(QJsonDocument::Compact).toStdString();
    }
};

template<>
struct StringMaker<QJsonArray>
{
    static std::string convert(const QJsonArray &value)
    {
        return QJsonDocument(value).toJson(QJsonDocument::Compact).toStdString();
    }
};

} // namespace Catch

namespace Tessera::Test {

// The reply is a success envelope over HTTP 200; returns it for chaining.
inline const ApiReply &requireSuccess(const ApiReply &reply)
{
    INFO(reply.describe());
    REQUIRE(reply.httpStatus == 200);
    REQUIRE(reply.isSuccess());
    return reply;
}

// The reply is an Ashby error envelope with this HTTP status and errorInfo.code, and carries the
// documented envelope fields (errors[] naming the code, a requestId).
inline void requireError(const ApiReply &reply, int httpStatus, const QString &code)
{
    INFO(reply.describe());
    REQUIRE(reply.httpStatus == httpStatus);
    REQUIRE_FALSE(reply.parseError.has_value());
    const QJsonObject envelope = reply.envelope();
    CHECK(envelope.value(QStringLiteral("success")) == QJsonValue(false));
    CHECK(reply.errorCode() == code);
    CHECK_FALSE(reply.errorMessage().isEmpty());
    CHECK_FALSE(envelope.value(QStringLiteral("errorInfo"))
                    .toObject()
                    .value(QStringLiteral("requestId"))
                    .toString()
                    .isEmpty());
    CHECK(envelope.value(QStringLiteral("errors")).toArray().contains(QJsonValue(code)));
}

// requireError for a logical invalid_input whose message names `field` (in quotes).
inline void requireInvalidInput(const ApiReply &reply, const QString &field = {})
{
    requireError(reply, 200, QStringLiteral("invalid_input"));
    if (!field.isEmpty()) {
        INFO(reply.describe());
        CHECK(reply.errorMessage().contains(u'"' + field + u'"'));
    }
}

// Successful call; returns `results`.
inline QJsonValue results(TestClient &client, const QString &method, const QJsonObject &body = {})
{
    return requireSuccess(client.call(method, body)).results();
}

// The results object of a method that must succeed.
inline QJsonObject object(TestClient &client, const QString &method, const QJsonObject &body = {})
{
    return results(client, method, body).toObject();
}

} // namespace Tessera::Test
