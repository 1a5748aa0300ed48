#include "AssessmentPackages.h"

#include "sandbox/integrations/IntegrationPrivate.h"
#include "sandbox/partners/PartnerHttp.h"
#include "sandbox/partners/PartnerHub.h"
#include "sandbox/store/Store.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

const AssessmentPackage *PackageList::find(const QString &id) const
{
    for (const AssessmentPackage &package : packages)
        if (package.id == id)
            return &package;
    return nullptr;
}

QStringList PackageList::ids() const
{
    QStringList ids;
    for (const AssessmentPackage &package : packages)
        ids << package.id;
    return ids;
}

void AssessmentPackages::fetch(Store &store, PartnerHub &partners, Done done)
{
    const QJsonObject settings = store.integrations.find(u"justifacts"_s)
                                     .value_or(QJsonObject{})
                                     .value(u"settings"_s)
                                     .toObject();
    const QString credential = IntegrationPrivate::credentials(store, u"justifacts"_s)
                                   .value(u"credentialKey"_s)
                                   .toString();
    QString base = settings.value(u"baseUrl"_s).toString();
    if (credential.isEmpty() || base.isEmpty()) {
        PackageList list;
        list.failure = u"Justifacts is not set up yet: enter the credential verification key and "
                       "the staging base URL in its settings, then try again."_s;
        done(list);
        return;
    }
    if (!base.endsWith(u'/'))
        base += u'/';
    partners.http().send("POST", QUrl(base + u"assessment.list"_s), "{}",
                         {{"Authorization", PartnerHttp::basicAuthorization(credential)},
                          {"Content-Type", "application/json"}},
                         &partners, [done = std::move(done)](const PartnerReply &reply) {
        PackageList list;
        if (reply.status == 0)
            list.failure = u"Justifacts could not be reached (%1). Try again later."_s.arg(
                reply.error);
        else if (reply.status == 401)
            list.failure = u"Justifacts refused the credential verification key (HTTP 401). "
                           "Check the key Justifacts sent you and update it."_s;
        else if (!reply.isSuccess())
            list.failure = u"Justifacts could not list its packages (HTTP %1): %2"_s.arg(
                QString::number(reply.status), reply.errorMessage());
        if (!list.failure.isEmpty()) {
            done(list);
            return;
        }
        list.known = true;
        for (const QJsonValue value : reply.json().value(u"results"_s).toArray()) {
            const QJsonObject package = value.toObject();
            list.packages << AssessmentPackage{package.value(u"assessment_type_id"_s).toString(),
                                               package.value(u"name"_s).toString(),
                                               package.value(u"description"_s).toString()};
        }
        done(list);
    });
}

} // namespace Tessera::Sandbox
