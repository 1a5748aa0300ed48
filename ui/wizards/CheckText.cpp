#include "CheckText.h"

#include "EndpointCheck.h"
#include "models/integrations/SetupState.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

CheckText::Shown CheckText::describe(const IntegrationCheck &check, const QString &partner,
                                     const SetupState *state)
{
    Shown shown;
    shown.status = check.ok ? StatusPalette::Status::Ok : StatusPalette::Status::Failing;
    shown.word = check.ok ? tr("Passed") : tr("Failed");
    shown.label = label(check, partner);
    shown.detail = check.ok ? QString() : check.message;
    if (check.id == u"baseUrl" && check.ok) {
        // The backend accepts https and http on this computer; say which one it is.
        const EndpointCheck::Kind kind =
            EndpointCheck::classify(state ? state->value(u"baseUrl"_s) : QString());
        if (kind == EndpointCheck::Kind::LocalHttp) {
            shown.status = EndpointCheck::status(kind);
            shown.word = EndpointCheck::word(kind);
            shown.label = tr("The %1 base URL is http on this computer — allowed for the "
                             "sandbox").arg(partner);
        } else if (kind != EndpointCheck::Kind::Https) {
            shown.status = StatusPalette::Status::Attention;
            shown.word = tr("Accepted");
            shown.label = tr("The ATS accepted the %1 base URL").arg(partner);
        }
    }
    return shown;
}

QString CheckText::label(const IntegrationCheck &check, const QString &partner)
{
    const QString &id = check.id;
    if (id == u"connected")
        return tr("%1 holds an active ATS API key").arg(partner);
    if (id == u"atsKey")
        return tr("The ATS API key for %1 is active").arg(partner);
    if (id == u"inboundWebhook")
        return tr("The ATS verified the signature of the last webhook from %1").arg(partner);
    if (id == u"partnerKey")
        return tr("%1 accepts the %1 API key stored in the ATS").arg(partner);
    if (id == u"sync")
        return tr("%1 finished its first sync of jobs and stages").arg(partner);
    if (id == u"ping")
        return tr("%1 received a signed webhook from the ATS").arg(partner);
    if (id == u"webhook")
        return tr("An ATS webhook sends to %1").arg(partner);
    if (id == u"listener")
        return tr("%1 has an active stage-change listener").arg(partner);
    if (id == u"credential")
        return tr("The %1 credential verification key is stored in the ATS").arg(partner);
    if (id == u"baseUrl")
        return check.ok ? tr("The %1 base URL uses https").arg(partner)
                        : tr("The %1 base URL uses https (or http on this computer)").arg(partner);
    if (id == u"assessments")
        return tr("%1 lists its assessment packages").arg(partner);
    return check.label;
}

} // namespace Tessera
