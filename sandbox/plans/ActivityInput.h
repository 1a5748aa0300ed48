#pragma once

#include "AssessmentPackages.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace Tessera::Sandbox {

class Store;

// Reads and checks activity fields for one plan's writes (docs/API.md §3.14, "Validation").
// Every message names the field, with `prefix` in front ("" or e.g. "activities[2].").
// Throws ApiFailure: invalid_input, or integration_not_in_plan, or partner_unavailable when
// an assessment package must be checked and Justifacts could not say which it offers.
class ActivityInput final
{
public:
    ActivityInput(const Store &store, QString planId, const PackageList &packages);

    // A stage of this plan; `forNewPlacement` also refuses an archived stage.
    QJsonObject stage(const QString &stageId, const QString &field, bool forNewPlacement) const;
    // kind + integrationId + config of `entry`; returns the config as stored and fills `title`
    // with the default (the package name or workflow title) and `hidden` with what the view
    // does not show: that default (a title still equal to it follows a config change) and the
    // package name (to name a withdrawn package).
    QJsonObject checkedConfig(const QString &kind, const QString &integrationId,
                              const QJsonValue &config, const QString &prefix,
                              QString &defaultTitle, QJsonObject &hidden) const;
    void checkKind(const QString &kind, const QString &integrationId,
                   const QString &prefix) const;

    static QString checkedTitle(const QJsonValue &title, const QString &field);
    static QString requiredString(const QJsonObject &object, const QString &name,
                                  const QString &prefix);

private:
    const Store &m_store;
    QString m_planId;
    const PackageList &m_packages;
    QHash<QString, QJsonObject> m_stages; // this plan's, by id
};

} // namespace Tessera::Sandbox
