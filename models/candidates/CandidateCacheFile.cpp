#include "CandidateCacheFile.h"

#include "CacheCipher.h"

#include <QAtomicInteger>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {

constexpr int formatVersion = 1;
constexpr auto readOnlyOption = "QSQLITE_OPEN_READONLY";

// One Qt SQL connection, used and removed on the thread that made it.
class Connection final
{
    Q_DISABLE_COPY_MOVE(Connection)
public:
    Connection(const QString &path, bool readOnly)
    {
        static QAtomicInteger<quint64> counter;
        m_name = u"tessera-candidate-cache-"_s + QString::number(counter.fetchAndAddRelaxed(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QLatin1String(readOnlyOption));
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

QByteArray associatedData(const QString &backendId, int part)
{
    return "tessera.candidate-cache.v1:" + backendId.toUtf8() + ':' + QByteArray::number(part);
}

qint64 toMs(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

QDateTime fromMs(qint64 ms)
{
    return ms == std::numeric_limits<qint64>::min() ? QDateTime()
                                                    : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

void writeText(QDataStream &out, const QString &text)
{
    out << text.toUtf8();
}

QString readText(QDataStream &in, QHash<QString, QString> *strings = nullptr)
{
    QByteArray utf8;
    in >> utf8;
    QString text = QString::fromUtf8(utf8);
    if (!strings)
        return text;
    // Stage and job titles repeat across thousands of rows: share one copy.
    const auto it = strings->constFind(text);
    if (it != strings->constEnd())
        return *it;
    strings->insert(text, text);
    return text;
}

QByteArray encodeChunk(const std::vector<CandidateSummary> &rows, size_t first, size_t last)
{
    QByteArray bytes;
    bytes.reserve(qsizetype(last - first) * 120);
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << quint32(last - first);
    for (size_t i = first; i < last; ++i) {
        const CandidateSummary &row = rows[i];
        writeText(out, row.id);
        writeText(out, row.name);
        writeText(out, row.email);
        out << toMs(row.updatedAt);
        writeText(out, row.stage);
        writeText(out, row.stageType);
        writeText(out, row.job);
        out << toMs(row.applicationUpdatedAt);
    }
    return bytes;
}

QByteArray encodeHeader(const CandidateCacheSnapshot &snapshot, int chunks)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << quint32(formatVersion) << quint32(chunks) << qint64(snapshot.rows.size())
        << snapshot.tokens << toMs(snapshot.syncedAt);
    return bytes;
}

bool exec(QSqlQuery &query, const QString &sql)
{
    return query.exec(sql);
}

} // namespace

QString CandidateCacheFile::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + u"/candidate-cache"_s;
}

QString CandidateCacheFile::path(const QString &directory, const QString &backendId)
{
    return directory + u'/' + backendId + u".sqlite"_s;
}

CandidateCacheFile::Contents CandidateCacheFile::read(const QString &path, const QByteArray &key,
                                                      const QString &backendId)
{
    Contents contents;
    if (!QFileInfo::exists(path))
        return contents;
    contents.status = Status::Unreadable;
    if (!CacheCipher::initialize()) {
        contents.problem = u"libsodium could not be initialised"_s;
        return contents;
    }
    Connection connection(path, true);
    if (!connection.isOpen()) {
        contents.problem = u"cannot open: "_s + connection.error();
        return contents;
    }
    QSqlQuery query(connection.db());
    if (!exec(query, u"SELECT part, data FROM sealed ORDER BY part"_s)) {
        contents.problem = u"not a cache file: "_s + query.lastError().text();
        return contents;
    }
    quint32 chunks = 0;
    int part = 0;
    while (query.next()) {
        if (query.value(0).toInt() != part) {
            contents.problem = u"part %1 is missing"_s.arg(part);
            return contents;
        }
        const auto plain = CacheCipher::open(query.value(1).toByteArray(), key,
                                             associatedData(backendId, part));
        if (!plain) {
            contents.problem = u"part %1 does not decrypt (wrong key or damaged file)"_s.arg(part);
            return contents;
        }
        if (part == 0) {
            QDataStream in(*plain);
            in.setVersion(QDataStream::Qt_6_4);
            quint32 version = 0;
            qint64 rows = 0;
            qint64 syncedAt = 0;
            in >> version >> chunks >> rows >> contents.tokens >> syncedAt;
            if (in.status() != QDataStream::Ok || version != formatVersion) {
                contents.problem = u"unknown format"_s;
                return contents;
            }
            contents.syncedAt = fromMs(syncedAt);
        } else {
            contents.chunks.push_back(*plain);
        }
        ++part;
    }
    if (part == 0 || contents.chunks.size() != chunks) {
        contents.problem = u"incomplete: %1 of %2 parts"_s.arg(contents.chunks.size()).arg(chunks);
        contents.chunks.clear();
        return contents;
    }
    contents.status = Status::Loaded;
    return contents;
}

qint64 CandidateCacheFile::rowsIn(const QByteArray &plainChunk)
{
    QDataStream in(plainChunk);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 count = 0;
    in >> count;
    return count;
}

CandidatePage CandidateCacheFile::decodeChunk(const QByteArray &plain,
                                              QHash<QString, QString> &strings)
{
    CandidatePage page;
    QDataStream in(plain);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 count = 0;
    in >> count;
    page.rows.reserve(std::min<size_t>(count, rowsPerChunk));
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        CandidateSummary row;
        row.id = readText(in);
        row.name = readText(in);
        row.email = readText(in);
        qint64 ms = 0;
        in >> ms;
        row.updatedAt = fromMs(ms);
        row.stage = readText(in, &strings);
        row.stageType = readText(in, &strings);
        row.job = readText(in, &strings);
        in >> ms;
        row.applicationUpdatedAt = fromMs(ms);
        row.searchKey = QString(row.name + u' ' + row.email).toLower();
        page.rows.push_back(std::move(row));
    }
    if (in.status() != QDataStream::Ok) {
        page.failures = 1;
        page.firstError = u"cache: a chunk ends early"_s;
    }
    return page;
}

QString CandidateCacheFile::write(const QString &path, const QByteArray &key,
                                  const QString &backendId, const CandidateCacheSnapshot &snapshot)
{
    if (!CacheCipher::initialize())
        return u"libsodium could not be initialised"_s;
    const QFileInfo target(path);
    QDir directory = target.dir();
    if (!directory.mkpath(u"."_s))
        return u"cannot create "_s + directory.path();
    QFile::setPermissions(directory.path(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString temporary = path + u".new"_s;
    QFile::remove(temporary);
    {
        // Created empty with mode 0600 before SQLite opens it, so it is never readable by others.
        QFile file(temporary);
        if (!file.open(QIODevice::WriteOnly)
            || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner))
            return u"cannot create "_s + temporary + u": "_s + file.errorString();
    }
    QString error;
    {
        Connection connection(temporary, false);
        if (!connection.isOpen())
            return u"cannot open "_s + temporary + u": "_s + connection.error();
        QSqlDatabase db = connection.db();
        QSqlQuery query(db);
        // The file is renamed into place only once complete: no journal needed.
        const bool created = exec(query, u"PRAGMA journal_mode=OFF"_s)
            && exec(query, u"CREATE TABLE meta (name TEXT PRIMARY KEY, value)"_s)
            && exec(query, u"CREATE TABLE sealed (part INTEGER PRIMARY KEY, data BLOB NOT NULL)"_s);
        if (!created)
            error = query.lastError().text();
        const int chunks = int((snapshot.rows.size() + rowsPerChunk - 1) / rowsPerChunk);
        if (error.isEmpty() && db.transaction()) {
            QSqlQuery meta(db);
            meta.prepare(u"INSERT INTO meta (name, value) VALUES (?, ?)"_s);
            const QList<std::pair<QString, QVariant>> values{
                {u"format"_s, formatVersion},
                {u"rows"_s, qint64(snapshot.rows.size())},
                {u"syncedAt"_s, snapshot.syncedAt.toString(Qt::ISODateWithMs)},
            };
            for (const auto &[name, value] : values) {
                meta.addBindValue(name);
                meta.addBindValue(value);
                if (!meta.exec() && error.isEmpty())
                    error = meta.lastError().text();
            }
            QSqlQuery sealed(db);
            sealed.prepare(u"INSERT INTO sealed (part, data) VALUES (?, ?)"_s);
            for (int part = 0; part <= chunks && error.isEmpty(); ++part) {
                QByteArray plain;
                if (part == 0) {
                    plain = encodeHeader(snapshot, chunks);
                } else {
                    const size_t first = size_t(part - 1) * rowsPerChunk;
                    plain = encodeChunk(snapshot.rows, first,
                                        std::min(snapshot.rows.size(), first + rowsPerChunk));
                }
                sealed.addBindValue(part);
                sealed.addBindValue(CacheCipher::seal(plain, key, associatedData(backendId, part)));
                if (!sealed.exec())
                    error = sealed.lastError().text();
            }
            if (!db.commit() && error.isEmpty())
                error = db.lastError().text();
        } else if (error.isEmpty()) {
            error = db.lastError().text();
        }
    }
    if (error.isEmpty()
        && std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData())
            != 0)
        error = u"cannot rename "_s + temporary + u" to "_s + path;
    if (!error.isEmpty())
        QFile::remove(temporary);
    return error;
}

bool CandidateCacheFile::remove(const QString &path)
{
    QFile::remove(path + u".new"_s);
    return !QFileInfo::exists(path) || QFile::remove(path);
}

CandidateCacheFileInfo CandidateCacheFile::info(const QString &path)
{
    CandidateCacheFileInfo info;
    const QFileInfo file(path);
    if (!file.exists())
        return info;
    info.exists = true;
    info.bytes = file.size();
    Connection connection(path, true);
    if (!connection.isOpen())
        return info;
    QSqlQuery query(connection.db());
    if (!exec(query, u"SELECT name, value FROM meta"_s))
        return info;
    while (query.next()) {
        const QString name = query.value(0).toString();
        if (name == u"rows"_s)
            info.rows = query.value(1).toLongLong();
        else if (name == u"syncedAt"_s)
            info.syncedAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    }
    return info;
}

} // namespace Tessera
