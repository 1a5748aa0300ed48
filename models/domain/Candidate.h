#pragma once

#include "DecodeError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

namespace Tessera {

struct SocialLink
{
    QString type; // LinkedIn, GitHub, Twitter, ...
    QString url;
};

struct Candidate
{
    QString id;
    QString name;
    QString email;  // primary
    QString phone;  // primary
    QList<SocialLink> socialLinks;
    QStringList applicationIds;
    QString location; // summary, e.g. "Oakland, CA, United States"
    QString region;   // the Region component, e.g. "CA"
    QString position;
    QString company;
    QDateTime createdAt;
    QDateTime updatedAt;

    static std::variant<Candidate, DecodeError> fromJson(const QJsonObject &object);
};

} // namespace Tessera
