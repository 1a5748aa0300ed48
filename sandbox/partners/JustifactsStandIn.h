#pragma once

#include "JustifactsChecks.h"
#include "StandIn.h"

namespace Tessera::Sandbox {

// Justifacts: an assessment partner. Issues a credential verification key and serves Ashby's
// assessment-partner API under /partners/justifacts/application/ashby/ (Basic auth with it):
// assessment.list, assessment.start and assessment.cancel (JustifactsChecks).
class JustifactsStandIn final : public StandIn
{
    Q_OBJECT
public:
    explicit JustifactsStandIn(PartnerEnvironment &environment, QObject *parent = nullptr);

    QJsonObject issueCredential();
    QString stagingBaseUrl() const;
    // Every package Justifacts has ({assessment_type_id, name, description}).
    static QJsonArray packages();
    // The packages it offers now: packages() without the withdrawn ones (assessment.list).
    QJsonArray currentPackages() const;
    // The partner stops / resumes offering a package (kept in its state, so across restarts).
    // Throw ApiFailure(invalid_input) for an id Justifacts never had.
    void withdrawPackage(const QString &assessmentTypeId);
    void restorePackage(const QString &assessmentTypeId);

    // Stores the Ashby key Justifacts reports results with, after checking its scopes.
    void connectKey(const QString &atsApiKey, const Deferred &answer);
    JustifactsChecks &checks() { return *m_checks; }

    std::optional<HttpAnswer> route(const RawRequest &request, const QString &subPath) override;

private:
    JustifactsChecks *m_checks; // child
    void setWithdrawn(const QString &assessmentTypeId, bool withdrawn);
};

} // namespace Tessera::Sandbox
