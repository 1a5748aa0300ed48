#include "SecretsAtRest.h"

#include "SecretBox.h"
#include "Store.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace Tessera::Sandbox {

namespace {

const QString checkMetaKey = u"data_key_check"_s;
const QByteArray checkContext = "meta.data_key_check";
const QByteArray checkText = "tessera-sandbox data key";

int execCount(Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    query.prepare(sql);
    execOrThrow(query);
    return query.numRowsAffected();
}

} // namespace

SecretsAtRest::KeyFile SecretsAtRest::loadKeyFile(const QString &dir, bool mayCreate)
{
    KeyFile result;
    QFile file(QDir(dir).filePath(QLatin1String(keyFileName)));
    if (!file.exists()) {
        if (!mayCreate)
            return result; // error filled by the caller, which knows why it is needed
        const QByteArray key = SecretBox::generateKey();
        const QFile::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly)
            || !file.setPermissions(ownerOnly) || file.write(key.toHex() + '\n') < 0
            || !file.flush()) {
            result.error = u"Cannot write %1: %2"_s.arg(file.fileName(), file.errorString());
            return result;
        }
        result.key = key;
        result.created = true;
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = u"Cannot read %1: %2"_s.arg(file.fileName(), file.errorString());
        return result;
    }
    const QByteArray hex = file.read(1024).trimmed();
    const QByteArray key = QByteArray::fromHex(hex);
    if (hex.size() != 2 * SecretBox::keyBytes || key.toHex() != hex.toLower()) {
        result.error = u"%1 is not a data key (64 hex digits)."_s.arg(file.fileName());
        return result;
    }
    result.key = key;
    return result;
}

bool SecretsAtRest::isBound(const Database &database)
{
    return !database.meta(checkMetaKey).isEmpty();
}

bool SecretsAtRest::unlock(Database &database, const QByteArray &key)
{
    if (!SecretBox::isValidKey(key))
        return false;
    auto box = std::make_shared<const SecretBox>(key);
    const QString check = database.meta(checkMetaKey);
    if (check.isEmpty()) {
        database.setMeta(checkMetaKey, box->seal(checkText, checkContext));
    } else if (box->open(check, checkContext) != checkText) {
        return false;
    }
    database.setSecretBox(std::move(box));
    return true;
}

int SecretsAtRest::sealExisting(Store &store)
{
    int sealed = 0;
    for (DocumentTable *table : {&store.webhooks, &store.integrationPrivate, &store.partnerStates}) {
        for (const StoredDocument &row : table->select()) {
            if (table->clearSealedFields(row.doc).isEmpty())
                continue;
            table->update(row.doc.value(u"id"_s).toString(), row.doc); // seals on the way in
            ++sealed;
        }
    }
    if (sealed > 0) {
        qCInfo(lcStore) << "sealed the secrets of" << sealed << "rows with the data key";
        store.database.compact(); // the values in clear must not linger in freed pages
    }
    return sealed;
}

int SecretsAtRest::resetSecrets(Store &store)
{
    Database &database = store.database;
    Transaction transaction(database);
    int changed = execCount(
        database, u"UPDATE webhooks SET enabled = 0, doc = json_set(json_remove(doc, "
                  "'$.secretToken'), '$.enabled', json('false'), '$.lastError', "
                  "'The secret token was dropped with the sandbox''s data key. Set a new one "
                  "and enable the webhook again.') "
                  "WHERE json_extract(doc, '$.secretToken') IS NOT NULL"_s);
    changed += execCount(database,
                         u"UPDATE integration_private SET doc = json_remove(doc, '$.credentials') "
                         "WHERE json_extract(doc, '$.credentials') IS NOT NULL"_s);
    changed += execCount(database, u"UPDATE partner_states SET doc = json_object('id', id) "
                                   "WHERE doc != json_object('id', id)"_s);
    changed += execCount(database, u"DELETE FROM idempotency_keys"_s);
    database.removeMeta(checkMetaKey);
    transaction.commit();
    database.compact();
    return changed;
}

} // namespace Tessera::Sandbox
