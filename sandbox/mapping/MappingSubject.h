#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Tessera::Sandbox {

class Store;

// The records a mapping reads for one candidate: the candidate, one of its applications with
// its job, department and stage, and that application's current offer (the newest accepted one
// or one whose latest version is approved). Absent parts carry the
// sentence that explains why their fields are empty.
struct MappingSubject
{
    QJsonObject candidate;
    std::optional<QJsonObject> application;
    std::optional<QJsonObject> job;
    std::optional<QJsonObject> department;
    std::optional<QJsonObject> stage;
    std::optional<QJsonObject> offer; // the current offer's latest version plus its status
    QString noApplication; // why `application` is absent
    QString noOffer;       // why `offer` is absent

    // The candidate's application with a current offer, else a hired one, else the newest.
    // Throws ApiFailure(candidate_not_found).
    static MappingSubject forCandidate(const Store &store, const QString &candidateId);
    // Throws ApiFailure(application_not_found).
    static MappingSubject forApplication(const Store &store, const QString &applicationId);
    // The subject for an application document already read.
    static MappingSubject of(const Store &store, const QJsonObject &candidate,
                             const std::optional<QJsonObject> &application);

    // Accepted, or its latest version approved.
    static bool isCurrentOffer(const QJsonObject &offer);
    // Reads the offer fields from this offer (an offer workflow runs on the offer it started on).
    void useOffer(const QJsonObject &chosen);
};

} // namespace Tessera::Sandbox
