#pragma once

#include <QJsonObject>
#include <QString>

namespace Tessera::Sandbox {

class Store;

// Turns stored documents into the objects the API returns (ashby-openapi.yml shapes),
// composing related records at read time so they are never stale.
class Views final
{
public:
    explicit Views(Store &store) : m_store(store) {}

    QJsonObject application(const QJsonObject &doc) const;
    QJsonObject job(const QJsonObject &doc) const;
    QJsonObject offerSummary(const QJsonObject &doc) const; // latest version only
    static QJsonObject stage(const QJsonObject &doc);         // InterviewStage
    static QJsonObject stageWithActivities(const QJsonObject &doc);

    // Finders that throw ApiFailure with the documented not-found code.
    QJsonObject requireCandidate(const QString &id) const;
    QJsonObject requireApplication(const QString &id) const;
    QJsonObject requireJob(const QString &id) const;
    QJsonObject requireStage(const QString &id) const;

private:
    Store &m_store;
};

} // namespace Tessera::Sandbox
