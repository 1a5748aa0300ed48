#pragma once

#include <QString>
#include <QStringList>

namespace Tessera::ScopeText {

// "Read candidates" for "candidatesRead"; the identifier itself when unknown.
QString label(const QString &scope);
// An HTML bullet list of readable scopes with their identifiers.
QString list(const QStringList &scopes);

} // namespace Tessera::ScopeText
