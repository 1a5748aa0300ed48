#include "JustifactsStandIn.h"

#include "models/api/ApiProtocol.h"
#include "sandbox/server/ApiFailure.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Code = Tessera::Protocol::ErrorCode;

namespace Tessera::Sandbox {

JustifactsStandIn::JustifactsStandIn(PartnerEnvironment &environment, QObject *parent)
    : StandIn(environment, u"justifacts"_s, u"Justifacts"_s, parent)
    , m_checks(new JustifactsChecks(*this, environment, this))
{
}

void JustifactsStandIn::connectKey(const QString &atsApiKey, const Deferred &answer)
{
    connectAtsKey(atsApiKey, answer, [] { return QJsonObject{{u"connected"_s, true}}; });
}

QString JustifactsStandIn::stagingBaseUrl() const
{
    return m_env.publicBaseUrl + u"/partners/justifacts/application/ashby/"_s;
}

QJsonObject JustifactsStandIn::issueCredential()
{
    requireUp();
    QJsonObject doc = state();
    if (doc.value(u"credentialKey"_s).toString().isEmpty()) {
        doc.insert(u"credentialKey"_s, randomSecret(u"jf_"_s));
        saveState(doc);
    }
    return QJsonObject{{u"credentialKey"_s, doc.value(u"credentialKey"_s)},
                       {u"stagingBaseUrl"_s, stagingBaseUrl()}};
}

QJsonArray JustifactsStandIn::packages()
{
    const auto package = [](const QString &id, const QString &name, const QString &description) {
        return QJsonObject{{u"assessment_type_id"_s, id}, {u"name"_s, name},
                           {u"description"_s, description}};
    };
    return {package(u"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b01"_s, u"Basic identity check"_s,
                    u"Identity and right-to-work verification."_s),
            package(u"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b02"_s, u"Standard background check"_s,
                    u"Identity, employment history (5 years) and education."_s),
            package(u"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b03"_s, u"Enhanced background check"_s,
                    u"Standard plus criminal record and credit history."_s),
            package(u"6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b04"_s, u"Reference check"_s,
                    u"Two professional references, collected by Justifacts."_s)};
}

QJsonArray JustifactsStandIn::currentPackages() const
{
    const QJsonArray withdrawn = state().value(u"withdrawnPackages"_s).toArray();
    QJsonArray current;
    for (const QJsonValue package : packages())
        if (!withdrawn.contains(package.toObject().value(u"assessment_type_id"_s)))
            current << package;
    return current;
}

void JustifactsStandIn::withdrawPackage(const QString &assessmentTypeId)
{
    setWithdrawn(assessmentTypeId, true);
}

void JustifactsStandIn::restorePackage(const QString &assessmentTypeId)
{
    setWithdrawn(assessmentTypeId, false);
}

void JustifactsStandIn::setWithdrawn(const QString &assessmentTypeId, bool withdrawn)
{
    QStringList known;
    for (const QJsonValue package : packages())
        known << package.toObject().value(u"assessment_type_id"_s).toString();
    if (!known.contains(assessmentTypeId))
        throw ApiFailure::invalidInput(
            u"Field \"assessmentTypeId\" names no Justifacts package \"%1\"; Justifacts has %2."_s
                .arg(assessmentTypeId, known.join(u", "_s)));
    QJsonObject doc = state();
    QJsonArray list = doc.value(u"withdrawnPackages"_s).toArray();
    const bool listed = list.contains(QJsonValue(assessmentTypeId));
    if (listed == withdrawn)
        return;
    if (withdrawn) {
        list << assessmentTypeId;
    } else {
        for (qsizetype i = list.size() - 1; i >= 0; --i)
            if (list.at(i).toString() == assessmentTypeId)
                list.removeAt(i);
    }
    doc.insert(u"withdrawnPackages"_s, list);
    saveState(doc);
}

std::optional<HttpAnswer> JustifactsStandIn::route(const RawRequest &request,
                                                   const QString &subPath)
{
    if (subPath.startsWith(u"reports/"_s)) {
        // The result page a recruiter opens from the ATS (assessment_profile_url).
        HttpAnswer page;
        page.headers << std::pair<QByteArray, QByteArray>("Content-Type",
                                                          "text/html; charset=utf-8");
        page.body = "<!doctype html><title>Justifacts report</title><h1>Justifacts report</h1>"
                    "<p>Result: Clear</p>";
        return page;
    }
    const QString prefix = u"application/ashby/"_s;
    const QString method = subPath.startsWith(prefix) ? subPath.mid(prefix.size()) : QString();
    if (method != u"assessment.list"_s && method != u"assessment.start"_s
        && method != u"assessment.cancel"_s)
        return std::nullopt;
    const QString held = state().value(u"credentialKey"_s).toString();
    const auto given = Protocol::apiKeyFromAuthorization(request.headers.value("authorization"));
    if (held.isEmpty() || !given
        || !Protocol::constantTimeEquals(given->toUtf8(), held.toUtf8()))
        return errorAnswer(401, Code::unauthenticated,
                           u"Justifacts does not recognise this credential verification key. Use "
                           "the key Justifacts issued to your organisation."_s);
    if (request.verb != "POST")
        return errorAnswer(405, Code::invalidInput, u"Use POST."_s);
    if (method == u"assessment.list"_s)
        return jsonAnswer(200, QJsonObject{{u"success"_s, true}, {u"results"_s, currentPackages()}});
    QJsonParseError error;
    const QJsonDocument body = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !body.isObject())
        return jsonAnswer(422, QJsonObject{{u"success"_s, false},
                                           {u"message"_s, u"Justifacts expects a JSON object."_s}});
    if (method == u"assessment.start"_s)
        return m_checks->start(body.object(), currentPackages());
    return m_checks->cancel(body.object());
}

} // namespace Tessera::Sandbox
