#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Tessera::Sandbox {

class PartnerHub;
class Store;

struct AssessmentPackage
{
    QString id; // Justifacts' assessment_type_id, e.g. "6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b02"
    QString name;
    QString description;
};

// The packages an assessment partner offers now, or why they could not be read.
struct PackageList
{
    bool known = false; // false: not asked (no assessment involved) or the partner failed
    QList<AssessmentPackage> packages;
    QString failure; // a sentence for an admin when asking failed

    const AssessmentPackage *find(const QString &id) const;
    QStringList ids() const;
};

// Asks Justifacts for its current packages the way the ATS does: POST <base URL>assessment.list
// over HTTP with the stored credential verification key (integration.update's credentials and
// settings.baseUrl). Never blocks; `done` runs on the sandbox's thread.
class AssessmentPackages final
{
public:
    using Done = std::function<void(const PackageList &)>;
    static void fetch(Store &store, PartnerHub &partners, Done done);
};

} // namespace Tessera::Sandbox
