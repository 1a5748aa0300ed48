#include "ScopeText.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::ScopeText {

QString label(const QString &scope)
{
    static const QHash<QString, const char *> labels{
        {u"candidatesRead"_s, QT_TRANSLATE_NOOP("ScopeText", "Read candidates and applications")},
        {u"candidatesWrite"_s, QT_TRANSLATE_NOOP("ScopeText", "Change candidates, notes and stages")},
        {u"jobsRead"_s, QT_TRANSLATE_NOOP("ScopeText", "Read jobs")},
        {u"jobsWrite"_s, QT_TRANSLATE_NOOP("ScopeText", "Change jobs")},
        {u"interviewsRead"_s, QT_TRANSLATE_NOOP("ScopeText", "Read interview plans and stages")},
        {u"interviewsWrite"_s, QT_TRANSLATE_NOOP("ScopeText", "Change interviews")},
        {u"hiringProcessMetadataRead"_s,
         QT_TRANSLATE_NOOP("ScopeText", "Read custom fields and archive reasons")},
        {u"organizationRead"_s, QT_TRANSLATE_NOOP("ScopeText", "Read the organisation and users")},
        {u"organizationWrite"_s, QT_TRANSLATE_NOOP("ScopeText", "Change organisation settings")},
        {u"offersRead"_s, QT_TRANSLATE_NOOP("ScopeText", "Read offers")},
        {u"offersWrite"_s, QT_TRANSLATE_NOOP("ScopeText", "Change offers")},
        {u"apiKeysRead"_s, QT_TRANSLATE_NOOP("ScopeText", "Read API keys and webhooks")},
        {u"apiKeysWrite"_s, QT_TRANSLATE_NOOP("ScopeText", "Change API keys and webhooks")},
    };
    const auto it = labels.constFind(scope);
    return it == labels.constEnd() ? scope : QCoreApplication::translate("ScopeText", *it);
}

QString list(const QStringList &scopes)
{
    if (scopes.isEmpty())
        return QCoreApplication::translate("ScopeText", "Read all and write all");
    QString html = u"<ul style=\"margin-left: -24px; margin-top: 0px\">"_s;
    for (const QString &scope : scopes)
        html += u"<li>"_s + label(scope).toHtmlEscaped() + u" <small>("_s
            + scope.toHtmlEscaped() + u")</small></li>"_s;
    return html + u"</ul>"_s;
}

} // namespace Tessera::ScopeText
