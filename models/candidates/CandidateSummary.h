#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QMetaType>
#include <QString>

#include <vector>

namespace Tessera {

// What the candidate list holds per candidate: only what it shows and filters on (details come
// from candidate.info when one is opened), so 100,000 rows stay small.
struct CandidateSummary
{
    QString id;
    QString name;
    QString email;
    QString searchKey; // lower-case "name email"; moved into the model's SearchIndex
    QDateTime updatedAt;
    QString stage;
    QString stageType;
    QString job;
    QDateTime applicationUpdatedAt;
};

// One page of candidate.list results, decoded (off the GUI thread when large).
struct CandidatePage
{
    std::vector<CandidateSummary> rows;
    int failures = 0;
    QString firstError; // "field: problem" of the first record that could not be decoded

    static CandidatePage decode(const QJsonArray &results);
};

// The part of an application the candidate list shows.
struct ApplicationSummary
{
    QString candidateId;
    QDateTime updatedAt;
    QString stage;
    QString stageType;
    QString job;
};

struct ApplicationPage
{
    std::vector<ApplicationSummary> rows;
    int failures = 0;
    QString firstError;

    static ApplicationPage decode(const QJsonArray &results);
};

} // namespace Tessera

Q_DECLARE_METATYPE(Tessera::CandidatePage)
Q_DECLARE_METATYPE(Tessera::ApplicationPage)
