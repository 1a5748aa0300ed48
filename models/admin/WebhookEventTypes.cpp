#include "admin/WebhookEventTypes.h"

#include "items/DisplayText.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

const QStringList &WebhookEventTypes::all()
{
    static const QStringList types{
        u"applicationSubmit"_s,     u"applicationUpdate"_s,       u"candidateHire"_s,
        u"candidateStageChange"_s,  u"candidateDelete"_s,         u"candidateMerge"_s,
        u"interviewPlanTransition"_s, u"interviewScheduleCreate"_s, u"interviewScheduleUpdate"_s,
        u"jobPostingUpdate"_s,      u"jobPostingPublish"_s,       u"jobPostingUnpublish"_s,
        u"offerCreate"_s,           u"offerUpdate"_s,             u"offerDelete"_s,
        u"pushToHRIS"_s,            u"surveySubmit"_s,            u"jobCreate"_s,
        u"jobUpdate"_s,             u"openingCreate"_s,           u"jobPostingDelete"_s,
        u"signatureRequestUpdate"_s};
    return types;
}

QString WebhookEventTypes::label(const QString &type)
{
    if (type == u"pushToHRIS"_s)
        return tr("Push to HRIS");
    if (type == u"ping"_s)
        return tr("Ping");
    QString words = DisplayText::words(type);
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    return words;
}

} // namespace Tessera
