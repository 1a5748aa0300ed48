#include "Pager.h"

#include "ApiFailure.h"
#include "models/api/ApiProtocol.h"
#include "sandbox/store/Database.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox {

namespace {
constexpr auto encoding = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
const QString fullMode = u"f"_s;
const QString incrementalMode = u"i"_s;

ApiFailure syncTokenExpired(const QString &why)
{
    return ApiFailure(QString::fromLatin1(Protocol::ErrorCode::syncTokenExpired),
                      why + u" Drop the token and run a full sync."_s);
}
} // namespace

Pager::Pager(const Database &database, const SyncPolicy &policy)
    : m_database(database)
    , m_policy(policy)
{
}

int Pager::limitOf(const MethodCall &call)
{
    const auto limit = call.optionalInteger(u"limit"_s);
    if (!limit)
        return maxLimit;
    if (*limit < 1 || *limit > maxLimit)
        throw ApiFailure::invalidInput(
            u"Field \"limit\" must be between 1 and %1."_s.arg(maxLimit));
    return static_cast<int>(*limit);
}

QString Pager::seal(const QJsonObject &payload) const
{
    const QByteArray body = QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64(encoding);
    const QByteArray mac = QMessageAuthenticationCode::hash(body, m_database.tokenSecret(),
                                                            QCryptographicHash::Sha256)
                               .left(12)
                               .toBase64(encoding);
    return QString::fromLatin1(QByteArray(body + '.' + mac));
}

std::optional<QJsonObject> Pager::open(const QString &sealed) const
{
    const QByteArray text = sealed.toLatin1();
    const qsizetype dot = text.lastIndexOf('.');
    if (dot <= 0)
        return std::nullopt;
    const QByteArray body = text.left(dot);
    const QByteArray expected = QMessageAuthenticationCode::hash(body, m_database.tokenSecret(),
                                                                 QCryptographicHash::Sha256)
                                    .left(12)
                                    .toBase64(encoding);
    if (!Protocol::constantTimeEquals(expected, text.mid(dot + 1)))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromBase64(body, encoding));
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

// The query a cursor belongs to: the method and every filter, but not the paging fields.
QString Pager::fingerprint(const MethodCall &call) const
{
    QJsonObject filters = call.body();
    for (const auto &paging : {u"cursor"_s, u"limit"_s, u"syncToken"_s})
        filters.remove(paging);
    const QByteArray digest = QCryptographicHash::hash(
        QByteArray(call.method().toUtf8() + QJsonDocument(filters).toJson(QJsonDocument::Compact)),
        QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.left(9).toBase64(encoding));
}

MethodResult Pager::page(const MethodCall &call, const ListQuery &query,
                         const Presenter &present) const
{
    const int limit = limitOf(call);
    const QString queryId = fingerprint(call);

    QString mode = fullMode;
    qint64 after = 0;                          // rid (full) or seq (incremental) already delivered
    qint64 highWater = m_database.currentSeq(); // changes up to here are covered by this sync

    if (const auto cursor = call.optionalString(u"cursor"_s)) {
        const auto state = open(*cursor);
        if (!state || state->value(u"q"_s).toString() != queryId)
            throw ApiFailure::invalidInput(
                u"Field \"cursor\" is not a cursor of this query. Start again without a cursor."_s);
        mode = state->value(u"m"_s).toString();
        after = state->value(u"k"_s).toInteger();
        highWater = state->value(u"h"_s).toInteger();
    } else if (const auto token = call.optionalString(u"syncToken"_s)) {
        if (!query.supportsSyncToken)
            throw ApiFailure::invalidInput(u"This method does not support \"syncToken\"."_s);
        const auto state = open(*token);
        if (!state || state->value(u"i"_s).toString() != QString::fromLatin1(m_database.instanceId()))
            throw syncTokenExpired(u"The sync token was not issued by this server."_s);
        if (call.nowMs() - state->value(u"t"_s).toInteger() > m_policy.tokenLifetimeMs)
            throw syncTokenExpired(u"The sync token has expired."_s);
        mode = incrementalMode;
        after = state->value(u"s"_s).toInteger();
    }

    const bool incremental = mode == incrementalMode;
    const bool descending = !incremental && query.newestFirst;
    if (descending && !call.has(u"cursor"_s))
        after = std::numeric_limits<qint64>::max();
    QString where = incremental ? u"seq > ? AND seq <= ?"_s
                                : descending ? u"rid < ?"_s : u"rid > ?"_s;
    QVariantList binds{after};
    if (incremental)
        binds << highWater;
    if (!query.where.isEmpty()) {
        where += u" AND ("_s + query.where + u')';
        binds += query.binds;
    }

    if (incremental && !call.has(u"cursor"_s)
        && query.table->count(where, binds) > m_policy.maxIncrementalRecords) {
        throw ApiFailure(QString::fromLatin1(Protocol::ErrorCode::incrementalSyncTooLarge),
                         u"More than %1 records changed since this sync token. Drop the token "
                         "and run a full sync."_s.arg(m_policy.maxIncrementalRecords));
    }

    const auto rows = query.table->selectRaw(
        where, binds, incremental ? u"seq"_s : descending ? u"rid DESC"_s : u"rid"_s, limit + 1);
    const bool more = rows.size() > limit;
    const qsizetype count = std::min<qsizetype>(rows.size(), limit);
    QByteArray rawResults = "[";
    QJsonArray results;
    for (qsizetype i = 0; i < count; ++i) {
        if (present) {
            results.append(present(QJsonDocument::fromJson(rows.at(i).json).object()));
        } else {
            if (i > 0)
                rawResults += ',';
            rawResults += rows.at(i).json;
        }
    }
    rawResults += ']';

    QJsonObject envelope{{u"success"_s, true}};
    envelope.insert(u"moreDataAvailable"_s, more);
    if (more) {
        const RawDocument &last = rows.at(limit - 1);
        envelope.insert(u"nextCursor"_s,
                        seal({{u"m"_s, mode},
                              {u"k"_s, incremental ? last.seq : last.rid},
                              {u"h"_s, highWater},
                              {u"q"_s, queryId}}));
    } else if (query.supportsSyncToken) {
        envelope.insert(u"syncToken"_s,
                        seal({{u"s"_s, highWater},
                              {u"t"_s, call.nowMs()},
                              {u"i"_s, QString::fromLatin1(m_database.instanceId())}}));
    }
    if (present) {
        envelope.insert(u"results"_s, results);
        return envelope;
    }
    return MethodResult(envelope, rawResults);
}

} // namespace Tessera::Sandbox
