#pragma once

#include "sandbox/store/ApiKeyTable.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tessera::Sandbox {

// One authenticated API call: its method name, JSON body and key. The typed accessors throw
// ApiFailure(invalid_input) naming the field when a field is missing or has the wrong type.
class MethodCall final
{
public:
    MethodCall(QString method, QJsonObject body, ApiKeyRecord key, QString requestId, qint64 nowMs);

    QString method() const { return m_method; }
    const QJsonObject &body() const { return m_body; }
    const ApiKeyRecord &key() const { return m_key; }
    QString requestId() const { return m_requestId; }
    qint64 nowMs() const { return m_nowMs; }

    bool has(const QString &field) const;
    QString requiredString(const QString &field) const;
    std::optional<QString> optionalString(const QString &field) const;
    std::optional<bool> optionalBool(const QString &field) const;
    std::optional<qint64> optionalInteger(const QString &field) const;
    std::optional<QStringList> optionalStringList(const QString &field) const;
    std::optional<QJsonObject> optionalObject(const QString &field) const;
    std::optional<QJsonArray> optionalArray(const QString &field) const;

private:
    QJsonValue present(const QString &field) const; // Undefined when absent or null

    QString m_method;
    QJsonObject m_body;
    ApiKeyRecord m_key;
    QString m_requestId;
    qint64 m_nowMs;
};

} // namespace Tessera::Sandbox
