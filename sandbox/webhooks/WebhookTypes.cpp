#include "WebhookTypes.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox::WebhookTypes {

const QStringList &all()
{
    static const QStringList types{
        u"applicationSubmit"_s,       u"applicationUpdate"_s,      u"candidateHire"_s,
        u"candidateStageChange"_s,    u"candidateDelete"_s,        u"candidateMerge"_s,
        u"interviewPlanTransition"_s, u"interviewScheduleCreate"_s,
        u"interviewScheduleUpdate"_s, u"jobPostingUpdate"_s,       u"jobPostingPublish"_s,
        u"jobPostingUnpublish"_s,     u"offerCreate"_s,            u"offerUpdate"_s,
        u"offerDelete"_s,             u"pushToHRIS"_s,             u"surveySubmit"_s,
        u"jobCreate"_s,               u"jobUpdate"_s,              u"openingCreate"_s,
        u"jobPostingDelete"_s,        u"signatureRequestUpdate"_s};
    return types;
}

bool isHttpUrl(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    return parsed.isValid() && (parsed.scheme() == u"http"_s || parsed.scheme() == u"https"_s)
        && !parsed.host().isEmpty();
}

} // namespace Tessera::Sandbox::WebhookTypes
