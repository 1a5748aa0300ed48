#include "WebhookEventTypes.h"

#include "models/core/DisplayText.h"

#include <QHash>

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
    // The names Ashby's admin pages use, so the console matches the partners' guides.
    static const QHash<QString, const char *> labels{
        {u"applicationSubmit"_s, QT_TR_NOOP("Application Submitted")},
        {u"applicationUpdate"_s, QT_TR_NOOP("Application Updated")},
        {u"candidateHire"_s, QT_TR_NOOP("Candidate Hired")},
        {u"candidateStageChange"_s, QT_TR_NOOP("Candidate Stage Change")},
        {u"candidateDelete"_s, QT_TR_NOOP("Candidate Deleted")},
        {u"candidateMerge"_s, QT_TR_NOOP("Candidates Merged")},
        {u"interviewPlanTransition"_s, QT_TR_NOOP("Interview Plan Transition")},
        {u"interviewScheduleCreate"_s, QT_TR_NOOP("Interview Schedule Created")},
        {u"interviewScheduleUpdate"_s, QT_TR_NOOP("Interview Schedule Updated")},
        {u"jobPostingUpdate"_s, QT_TR_NOOP("Job Posting Updated")},
        {u"jobPostingPublish"_s, QT_TR_NOOP("Job Posting Published")},
        {u"jobPostingUnpublish"_s, QT_TR_NOOP("Job Posting Unpublished")},
        {u"offerCreate"_s, QT_TR_NOOP("Offer Created")},
        {u"offerUpdate"_s, QT_TR_NOOP("Offer Updated")},
        {u"offerDelete"_s, QT_TR_NOOP("Offer Deleted")},
        {u"pushToHRIS"_s, QT_TR_NOOP("Push to HRIS")},
        {u"surveySubmit"_s, QT_TR_NOOP("Survey Submitted")},
        {u"jobCreate"_s, QT_TR_NOOP("Job Created")},
        {u"jobUpdate"_s, QT_TR_NOOP("Job Updated")},
        {u"openingCreate"_s, QT_TR_NOOP("Opening Created")},
        {u"jobPostingDelete"_s, QT_TR_NOOP("Job Posting Deleted")},
        {u"signatureRequestUpdate"_s, QT_TR_NOOP("Signature Request Updated")},
        {u"ping"_s, QT_TR_NOOP("Ping")},
    };
    const auto it = labels.constFind(type);
    if (it != labels.constEnd())
        return tr(*it);
    QString words = DisplayText::words(type); // a type this console does not know yet
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    return words;
}

} // namespace Tessera
