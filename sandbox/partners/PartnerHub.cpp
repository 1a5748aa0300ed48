#include "PartnerHub.h"

#include "HumaansStandIn.h"
#include "JuroContracts.h"
#include "JuroStandIn.h"
#include "JustifactsStandIn.h"
#include "models/api/ApiProtocol.h"
#include "PartnerHttp.h"
#include "sandbox/integrations/JuroReceiver.h"
#include "sandbox/server/MethodRegistry.h"
#include "SoraStandIn.h"
#include "WilloStandIn.h"

#include <QHostAddress>

using namespace Qt::Literals::StringLiterals;

namespace Code = Tessera::Protocol::ErrorCode;

namespace Tessera::Sandbox {

PartnerHub::PartnerHub(Store &store, double timeScale, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_http(new PartnerHttp(this))
    , m_environment{store, *m_http, timeScale, {}, {}}
    , m_juro(new JuroStandIn(m_environment, this))
    , m_willo(new WilloStandIn(m_environment, this))
    , m_humaans(new HumaansStandIn(m_environment, this))
    , m_sora(new SoraStandIn(m_environment, this))
    , m_justifacts(new JustifactsStandIn(m_environment, this))
{
}

PartnerHub::~PartnerHub() = default;

void PartnerHub::setBaseUrl(const QUrl &baseUrl)
{
    QUrl reachable = baseUrl;
    const QHostAddress host(baseUrl.host());
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        reachable.setHost(u"127.0.0.1"_s);
    else if (host == QHostAddress::AnyIPv6)
        reachable.setHost(u"::1"_s);
    m_environment.publicBaseUrl = reachable.toString(QUrl::StripTrailingSlash);
    m_http->setAtsBaseUrl(reachable);
}

void PartnerHub::learnMethods(const MethodRegistry &registry)
{
    QStringList names = registry.names();
    names.sort();
    for (const QString &name : names) {
        const QString scope = registry.find(name)->scope;
        if (!m_environment.probeMethods.contains(scope) && !name.startsWith(u"sandbox."_s)
            && !name.startsWith(u"partnerConsole."_s))
            m_environment.probeMethods.insert(scope, name);
    }
}

void PartnerHub::resumeRuns()
{
    m_juro->contracts().resume();
    m_justifacts->checks().resume();
}

StandIn *PartnerHub::find(const QString &partnerId) const
{
    for (StandIn *standIn : all())
        if (standIn->id() == partnerId)
            return standIn;
    return nullptr;
}

QList<StandIn *> PartnerHub::all() const
{
    return {m_juro, m_willo, m_humaans, m_sora, m_justifacts};
}

std::optional<HttpAnswer> PartnerHub::route(const RawRequest &request)
{
    try {
        return routeOrThrow(request);
    } catch (const std::exception &) {
        return StandIn::errorAnswer(500, Code::internalError,
                                    u"The sandbox failed to answer %1; see its log."_s.arg(
                                        request.path));
    }
}

std::optional<HttpAnswer> PartnerHub::routeOrThrow(const RawRequest &request)
{
    if (request.path == u"/integrations/juro/webhook"_s)
        return receiveJuroWebhook(m_store, request);
    static const QString prefix = u"/partners/"_s;
    if (!request.path.startsWith(prefix))
        return std::nullopt;
    const QString rest = request.path.mid(prefix.size());
    const qsizetype slash = rest.indexOf(u'/');
    StandIn *standIn = find(slash < 0 ? rest : rest.left(slash));
    if (!standIn)
        return StandIn::errorAnswer(404, Code::notFound,
                                    u"There is no partner stand-in at %1."_s.arg(request.path));
    if (standIn->isDown())
        return StandIn::errorAnswer(503, Code::partnerUnavailable, standIn->unavailableMessage());
    if (auto answer = standIn->route(request, slash < 0 ? QString() : rest.mid(slash + 1)))
        return answer;
    return StandIn::errorAnswer(404, Code::notFound,
                                u"%1 has nothing at %2."_s.arg(standIn->name(), request.path));
}

} // namespace Tessera::Sandbox
