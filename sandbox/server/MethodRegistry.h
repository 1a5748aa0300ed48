#pragma once

#include "ApiProfile.h"
#include "MethodCall.h"
#include "MethodResult.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace Tessera::Sandbox {

// Handlers return the whole success envelope (lists add pagination fields) or throw ApiFailure.
using MethodHandler = std::function<MethodResult(const MethodCall &)>;

struct MethodSpec
{
    QString scope; // permission identifier the key must hold, e.g. "candidatesRead"
    MethodHandler handler;
};

// The methods a sandbox serves. A method its profile (ApiProfile) leaves out is never added, so
// it answers exactly as a method that does not exist.
class MethodRegistry final
{
public:
    explicit MethodRegistry(QString profile = ApiProfile::full) : m_profile(std::move(profile)) {}

    void add(const QString &name, const QString &scope, MethodHandler handler)
    {
        if (!ApiProfile::serves(m_profile, name))
            return;
        if (!m_methods.contains(name))
            m_order << name;
        m_methods.insert(name, MethodSpec{scope, std::move(handler)});
    }
    const MethodSpec *find(const QString &name) const
    {
        const auto it = m_methods.constFind(name);
        return it == m_methods.constEnd() ? nullptr : &*it;
    }
    QStringList names() const { return m_methods.keys(); }
    // In the order they were added.
    const QStringList &orderedNames() const { return m_order; }
    QString profile() const { return m_profile; }

private:
    QString m_profile;
    QStringList m_order;
    QHash<QString, MethodSpec> m_methods;
};

} // namespace Tessera::Sandbox
