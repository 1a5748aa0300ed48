#include "Database.h"

#include "Migrations.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcStore, "tessera.sandbox.store")

namespace Tessera::Sandbox {

namespace {

const QStringList sequencedTables{
    u"organization"_s, u"departments"_s, u"users"_s, u"stage_groups"_s, u"interview_plans"_s,
    u"interview_stages"_s, u"jobs"_s, u"candidates"_s, u"applications"_s,
    u"application_history"_s, u"offers"_s, u"notes"_s, u"custom_fields"_s, u"archive_reasons"_s};

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes;
}

} // namespace

Database::Database(QString filePath)
    : m_path(std::move(filePath))
    , m_connectionPrefix(u"tessera-sandbox-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Database::~Database()
{
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (!name.startsWith(m_connectionPrefix))
            continue;
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

QSqlDatabase Database::connection() const
{
    const QString name = m_connectionPrefix + u'-'
        + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        qCWarning(lcStore) << "cannot open" << m_path << db.lastError().text();
        return db;
    }
    QSqlQuery pragma(db);
    pragma.exec(u"PRAGMA journal_mode=WAL"_s);
    pragma.exec(u"PRAGMA synchronous=NORMAL"_s);
    pragma.exec(u"PRAGMA temp_store=MEMORY"_s);
    pragma.exec(u"PRAGMA secure_delete=ON"_s); // freed cells are zeroed, not left readable
    return db;
}

bool Database::open()
{
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        m_error = u"Cannot open the database %1: %2"_s.arg(m_path, db.lastError().text());
        return false;
    }
    if (!migrate())
        return false;

    m_instanceId = meta(u"instance_id"_s).toLatin1();
    if (m_instanceId.isEmpty()) {
        m_instanceId = randomBytes(12).toHex();
        setMeta(u"instance_id"_s, QString::fromLatin1(m_instanceId));
    }
    m_tokenSecret = QByteArray::fromHex(meta(u"token_secret"_s).toLatin1());
    if (m_tokenSecret.isEmpty()) {
        m_tokenSecret = randomBytes(32);
        setMeta(u"token_secret"_s, QString::fromLatin1(m_tokenSecret.toHex()));
    }

    QSqlQuery query(db);
    for (const QString &table : sequencedTables) {
        if (query.exec(u"SELECT MAX(seq) FROM "_s + table) && query.next())
            m_seq = std::max(m_seq, query.value(0).toLongLong());
    }
    return true;
}

bool Database::migrate()
{
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    const int from = schemaVersion();
    const auto &steps = Migrations::steps();
    if (from > steps.size()) {
        m_error = u"The database %1 has schema version %2, newer than this sandbox (%3). "
                  "Use a newer tessera-sandbox or another --data directory."_s
                      .arg(m_path).arg(from).arg(steps.size());
        return false;
    }
    for (int version = from; version < steps.size(); ++version) {
        db.transaction();
        for (const QString &statement : steps.at(version)) {
            if (!query.exec(statement)) {
                m_error = u"Migration to schema version %1 failed: %2"_s
                              .arg(version + 1).arg(query.lastError().text());
                db.rollback();
                return false;
            }
        }
        query.exec(u"PRAGMA user_version=%1"_s.arg(version + 1));
        db.commit();
        qCInfo(lcStore) << "migrated schema to version" << version + 1;
    }
    return true;
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(u"PRAGMA user_version"_s) && query.next())
        return query.value(0).toInt();
    return 0;
}

bool Database::isEmpty() const
{
    QSqlQuery query(connection());
    return query.exec(u"SELECT COUNT(*) FROM organization"_s) && query.next()
        && query.value(0).toInt() == 0;
}

qint64 Database::nextSeq()
{
    return ++m_seq;
}

void Database::setBulkLoading(bool bulk)
{
    QSqlQuery pragma(connection());
    if (bulk) {
        pragma.exec(u"PRAGMA journal_mode=MEMORY"_s);
        pragma.exec(u"PRAGMA cache_size=-131072"_s);
    } else {
        pragma.exec(u"PRAGMA cache_size=-8192"_s);
        pragma.exec(u"PRAGMA journal_mode=WAL"_s);
    }
}

bool Database::transaction()
{
    return connection().transaction();
}

bool Database::commit()
{
    return connection().commit();
}

QString Database::meta(const QString &key) const
{
    QSqlQuery query(connection());
    query.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

void Database::setMeta(const QString &key, const QString &value)
{
    QSqlQuery query(connection());
    query.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"_s);
    query.addBindValue(key);
    query.addBindValue(value);
    query.exec();
}

void Database::compact()
{
    QSqlQuery query(connection());
    query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    if (!query.exec(u"VACUUM"_s))
        qCWarning(lcStore) << "VACUUM failed:" << query.lastError().text();
    query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
}

void Database::removeMeta(const QString &key)
{
    QSqlQuery query(connection());
    query.prepare(u"DELETE FROM meta WHERE key = ?"_s);
    query.addBindValue(key);
    query.exec();
}

} // namespace Tessera::Sandbox
