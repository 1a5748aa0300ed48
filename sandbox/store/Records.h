#pragma once

#include <QJsonObject>
#include <QString>

namespace Tessera::Sandbox {

class Store;

// Helpers that keep documents and their indexed columns consistent; used by the seed and by
// the write methods alike.
namespace Records {

QString isoTime(qint64 epochMs); // 2026-01-05T10:00:00.000Z
qint64 epochMs(const QString &isoTime);
QString newId();                 // random UUID

void insertCandidate(Store &store, const QJsonObject &candidate, qint64 createdMs);
void updateCandidate(Store &store, const QJsonObject &candidate);
QString primaryEmail(const QJsonObject &candidate);

// Application documents keep ids of the stage, job and archive reason; views compose the rest.
void insertApplication(Store &store, const QJsonObject &application, qint64 createdMs);
void updateApplication(Store &store, const QJsonObject &application);

// A history row: the application entered `stage` at `enteredMs` (and left at `leftMs`, 0 = still
// there).
void insertHistory(Store &store, const QString &id, const QString &applicationId,
                   const QJsonObject &stage, int stageNumber, qint64 enteredMs,
                   const QString &actorId, qint64 leftMs = 0);

} // namespace Records
} // namespace Tessera::Sandbox
