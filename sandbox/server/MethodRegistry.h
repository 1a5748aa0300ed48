#pragma once

#include "MethodCall.h"
#include "MethodResult.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace Tessera::Sandbox {

// Handlers return the whole success envelope (lists add pagination fields) or throw ApiFailure.
using MethodHandler = std::function<MethodResult(const MethodCall &)>;

struct MethodSpec
{
    QString scope; // permission identifier the key must hold, e.g. "candidatesRead"
    MethodHandler handler;
};

class MethodRegistry final
{
public:
    void add(const QString &name, const QString &scope, MethodHandler handler)
    {
        m_methods.insert(name, MethodSpec{scope, std::move(handler)});
    }
    const MethodSpec *find(const QString &name) const
    {
        const auto it = m_methods.constFind(name);
        return it == m_methods.constEnd() ? nullptr : &*it;
    }
    QStringList names() const { return m_methods.keys(); }

private:
    QHash<QString, MethodSpec> m_methods;
};

} // namespace Tessera::Sandbox
