#include "AtsKeyCheck.h"

#include "models/api/ApiProtocol.h"
#include "PartnerHttp.h"
#include "StandIn.h"

#include <QJsonArray>
#include <QUrl>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Code = Tessera::Protocol::ErrorCode;

namespace Tessera::Sandbox {

namespace {

AtsKeyCheck verdict(const QString &partnerName, QStringList missing)
{
    AtsKeyCheck check;
    if (missing.isEmpty()) {
        check.ok = true;
        return check;
    }
    missing.sort();
    check.code = QString::fromLatin1(Code::missingScopes);
    check.missingScopes = missing;
    check.message = u"%1 could not use this key: it is missing the %2 permission%3. Create a key "
                    "with %4 (or the \"integration:%5\" preset) and paste it again."_s
                        .arg(partnerName, missing.join(u", "_s),
                             missing.size() > 1 ? u"s"_s : QString(), missing.join(u", "_s),
                             partnerName.toLower());
    return check;
}

AtsKeyCheck failure(const char *code, const QString &message)
{
    AtsKeyCheck check;
    check.code = QString::fromLatin1(code);
    check.message = message;
    return check;
}

void probe(PartnerEnvironment &env, QObject *context, const QString &partnerName,
           const QString &apiKey, const QStringList &scopes,
           std::function<void(const AtsKeyCheck &)> done)
{
    struct Probe
    {
        qsizetype pending = 0;
        QStringList missing;
        QString error;
        std::function<void(const AtsKeyCheck &)> done;
    };
    auto run = std::make_shared<Probe>();
    run->done = std::move(done);
    run->pending = scopes.size();
    const QByteArray basic = PartnerHttp::basicAuthorization(apiKey);
    for (const QString &scope : scopes) {
        const QString method = env.probeMethods.value(scope);
        if (method.isEmpty()) {
            if (--run->pending == 0)
                run->done(verdict(partnerName, run->missing));
            continue;
        }
        env.http.send("POST", QUrl(env.http.atsUrl(method)), "[]", {{"Authorization", basic}},
                      context, [run, scope, partnerName](const PartnerReply &reply) {
            if (reply.status == 403 && reply.errorCode() == QLatin1StringView(Code::missingPermission))
                run->missing << scope;
            else if (reply.status == 0)
                run->error = reply.error;
            if (--run->pending > 0)
                return;
            if (!run->error.isEmpty())
                run->done(failure(Code::partnerError,
                                  u"%1 could not reach Ashby to check the key: %2."_s.arg(
                                      partnerName, run->error)));
            else
                run->done(verdict(partnerName, run->missing));
        });
    }
}

} // namespace

void checkAtsKey(PartnerEnvironment &env, QObject *context, const QString &partnerName,
                 const QString &apiKey, const QStringList &requiredScopes,
                 std::function<void(const AtsKeyCheck &)> done)
{
    if (apiKey.trimmed().isEmpty()) {
        done(failure(Code::invalidApiKey,
                     u"Paste the Ashby API key into %1; the field is empty."_s.arg(partnerName)));
        return;
    }
    env.http.callAts(apiKey, u"apiKey.info"_s, {}, context,
                     [&env, context, partnerName, apiKey, requiredScopes,
                      done = std::move(done)](const PartnerReply &reply) {
        if (reply.isSuccess()) {
            const QJsonArray held = reply.json().value(u"results"_s).toObject()
                                        .value(u"scopes"_s).toArray();
            QStringList missing;
            for (const QString &scope : requiredScopes)
                if (!held.contains(QJsonValue(scope)))
                    missing << scope;
            done(verdict(partnerName, missing));
        } else if (reply.status == 403
                   && reply.errorCode() == QLatin1StringView(Code::missingPermission)) {
            probe(env, context, partnerName, apiKey, requiredScopes, done);
        } else if (reply.status == 401 || reply.status == 403) {
            done(failure(Code::invalidApiKey,
                         u"%1 could not use this key: Ashby refused it (%2). Create a new API key "
                         "in Ashby and paste it again."_s.arg(partnerName, reply.errorMessage())));
        } else {
            done(failure(Code::partnerError,
                         u"%1 could not check the key with Ashby: %2."_s.arg(
                             partnerName, reply.errorMessage())));
        }
    });
}

} // namespace Tessera::Sandbox
