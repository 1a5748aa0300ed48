// SecretStore against the real Secret Service: scripts/test runs the tests in a private D-Bus
// session with an unlocked gnome-keyring.
#include "SecretTestSupport.h"

#include <QRandomGenerator>
#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Test;
using Kind = SecretError::Kind;

namespace {

// Random so that runs never see each other's secrets, and easy to grep for.
QString uniqueSecret(const QString &label)
{
    return u"tsk_"_s + label + u'_' + QUuid::createUuid().toString(QUuid::Id128);
}

QString randomSecret(qsizetype length)
{
    static const QString alphabet =
        u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_.:;!?#$%&*()[]{}"_s;
    QString secret(length, Qt::Uninitialized);
    for (QChar &c : secret)
        c = alphabet.at(QRandomGenerator::global()->bounded(alphabet.size()));
    return secret;
}

} // namespace

TEST_CASE("SecretStore: write, read, overwrite and remove", "[secrets]")
{
    StoreFixture f;
    QSignalSpy storageChanged(&f.store, &SecretStore::storageChanged);
    CHECK(f.store.storage() == SecretStore::Storage::Unknown);
    const QString backend = newBackendId();
    const QString first = uniqueSecret(u"first"_s);
    const QString second = uniqueSecret(u"second"_s);

    const SecretResult written = f.write(backend, u"apiKey"_s, first);
    REQUIRE(written);
    CHECK(written.attempts == 1);
    CHECK(f.store.storage() == SecretStore::Storage::Keychain);
    REQUIRE(storageChanged.count() == 1);
    CHECK(storageChanged.at(0).at(0).value<SecretStore::Storage>()
          == SecretStore::Storage::Keychain);
    CHECK(f.settings.secretNames(backend) == QStringList{u"apiKey"_s});

    SecretResult read = f.read(backend, u"apiKey"_s);
    REQUIRE(read);
    CHECK(read.secret == first);

    REQUIRE(f.write(backend, u"apiKey"_s, second));
    read = f.read(backend, u"apiKey"_s);
    REQUIRE(read);
    CHECK(read.secret == second);
    CHECK(f.settings.secretNames(backend) == QStringList{u"apiKey"_s});

    REQUIRE(f.remove(backend, u"apiKey"_s));
    CHECK(f.settings.secretNames(backend).isEmpty());
    read = f.read(backend, u"apiKey"_s);
    CHECK_FALSE(read);
    CHECK(read.kind == Kind::NotFound);
    CHECK(read.secret.isEmpty());

    // Removing what is not there succeeds.
    CHECK(f.remove(backend, u"apiKey"_s));
    CHECK(storageChanged.count() == 1);
}

TEST_CASE("SecretStore: a missing secret is NotFound, from a working keychain", "[secrets]")
{
    StoreFixture f;
    const SecretResult read = f.read(newBackendId(), u"apiKey"_s);
    CHECK_FALSE(read);
    CHECK(read.kind == Kind::NotFound);
    CHECK_FALSE(read.message.isEmpty());
    CHECK(read.attempts == 1);
    CHECK(f.store.storage() == SecretStore::Storage::Keychain);
}

TEST_CASE("SecretStore: forgetBackend removes all and only that backend's secrets", "[secrets]")
{
    StoreFixture f;
    const QString gone = newBackendId();
    const QString kept = newBackendId();
    const QString keptSecret = uniqueSecret(u"kept"_s);
    REQUIRE(f.write(gone, u"apiKey"_s, uniqueSecret(u"a"_s)));
    REQUIRE(f.write(gone, u"webhookSecret"_s, uniqueSecret(u"b"_s)));
    REQUIRE(f.write(gone, u"partner.credential"_s, uniqueSecret(u"c"_s)));
    REQUIRE(f.write(kept, u"apiKey"_s, keptSecret));
    CHECK(f.settings.secretNames(gone).size() == 3);

    REQUIRE(f.forget(gone));
    CHECK(f.settings.secretNames(gone).isEmpty());
    CHECK_FALSE(f.settings.backendsWithSecrets().contains(gone));
    for (const QString &name : {u"apiKey"_s, u"webhookSecret"_s, u"partner.credential"_s})
        CHECK(f.read(gone, name).kind == Kind::NotFound);

    const SecretResult other = f.read(kept, u"apiKey"_s);
    REQUIRE(other);
    CHECK(other.secret == keptSecret);
    CHECK(f.settings.secretNames(kept) == QStringList{u"apiKey"_s});

    // Nothing left to forget.
    CHECK(f.forget(gone));
}

TEST_CASE("SecretStore: two backends with the same secret name do not collide", "[secrets]")
{
    StoreFixture f;
    const QString a = newBackendId();
    const QString b = newBackendId();
    const QString secretA = uniqueSecret(u"a"_s);
    const QString secretB = uniqueSecret(u"b"_s);
    REQUIRE(f.write(a, u"apiKey"_s, secretA));
    REQUIRE(f.write(b, u"apiKey"_s, secretB));
    CHECK(f.read(a, u"apiKey"_s).secret == secretA);
    CHECK(f.read(b, u"apiKey"_s).secret == secretB);
    REQUIRE(f.remove(a, u"apiKey"_s));
    CHECK(f.read(a, u"apiKey"_s).kind == Kind::NotFound);
    CHECK(f.read(b, u"apiKey"_s).secret == secretB);
    REQUIRE(f.forget(b));
}

TEST_CASE("SecretStore: a 10 KB secret and a non-ASCII one round-trip", "[secrets]")
{
    StoreFixture f;
    const QString backend = newBackendId();
    const QString large = randomSecret(10 * 1024);
    const QString unicode = u"pässwörd-密码-🔑-"_s + uniqueSecret(u"u"_s);
    REQUIRE(f.write(backend, u"large"_s, large));
    REQUIRE(f.write(backend, u"unicode"_s, unicode));
    const SecretResult readLarge = f.read(backend, u"large"_s);
    REQUIRE(readLarge);
    CHECK(readLarge.secret.size() == large.size());
    CHECK(readLarge.secret == large);
    CHECK(f.read(backend, u"unicode"_s).secret == unicode);
    REQUIRE(f.forget(backend));
}

TEST_CASE("SecretStore: the settings file never contains a secret", "[secrets]")
{
    StoreFixture f;
    const QString backend = newBackendId();
    const QString secret = uniqueSecret(u"grep-me"_s);
    REQUIRE(f.write(backend, u"apiKey"_s, secret));
    REQUIRE(f.read(backend, u"apiKey"_s));
    REQUIRE(f.settings.sync());

    QFile file(f.settings.filePath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    INFO(contents.toStdString());
    CHECK(contents.contains("apiKey"));           // the index names it ...
    CHECK_FALSE(contents.contains(secret.toUtf8())); // ... but never holds it
    CHECK_FALSE(contents.contains("tsk_"));
    CHECK_FALSE(f.diskContains(secret));
    REQUIRE(f.forget(backend));
}

TEST_CASE("SecretStore: jobs finish once, after the call returned", "[secrets]")
{
    StoreFixture f;
    const QString backend = newBackendId();
    SecretJob *job = f.store.write(backend, u"apiKey"_s, uniqueSecret(u"x"_s), &f.context);
    CHECK_FALSE(job->isFinished());
    CHECK(job->parent() == &f.context);
    CHECK(job->operation() == SecretJob::Operation::Write);
    CHECK(job->backendId() == backend);
    CHECK(job->name() == u"apiKey"_s);
    CHECK(waitFor(job)); // waitFor requires exactly one finished()

    SecretJob *invalid = f.store.read(backend, u"bad:name"_s, &f.context);
    CHECK_FALSE(invalid->isFinished());
    const SecretResult result = waitFor(invalid);
    CHECK(result.kind == Kind::Other);
    CHECK(result.attempts == 0);
    REQUIRE(f.forget(backend));
}

TEST_CASE("SecretStore: invalid ids and names are refused without touching the index",
          "[secrets]")
{
    StoreFixture f;
    const QString backend = newBackendId();
    CHECK(f.write(u"not-a-uuid"_s, u"apiKey"_s, u"x"_s).kind == Kind::Other);
    CHECK(f.write(backend, u"a:b"_s, u"x"_s).kind == Kind::Other);
    CHECK(f.write(backend, QString(), u"x"_s).kind == Kind::Other);
    CHECK(f.forget(u"../etc"_s).kind == Kind::Other);
    CHECK(f.settings.backendsWithSecrets().isEmpty());
}

TEST_CASE("SecretStore: destroying the context drops the result, not the operation",
          "[secrets]")
{
    StoreFixture f;
    const QString backend = newBackendId();
    const QString secret = uniqueSecret(u"ctx"_s);
    bool finished = false;
    {
        QObject shortLived;
        SecretJob *job = f.store.write(backend, u"apiKey"_s, secret, &shortLived);
        QObject::connect(job, &SecretJob::finished, &f.context, [&finished] { finished = true; });
    }
    // The keychain queue is first-in-first-out, so this read sees the write.
    const SecretResult read = f.read(backend, u"apiKey"_s);
    REQUIRE(read);
    CHECK(read.secret == secret);
    CHECK(f.settings.secretNames(backend) == QStringList{u"apiKey"_s});
    CHECK_FALSE(finished);
    REQUIRE(f.forget(backend));
}

TEST_CASE("SecretStore: checkAvailability answers OK with a working keychain", "[secrets]")
{
    StoreFixture f;
    const SecretResult result = waitFor(f.store.checkAvailability(&f.context));
    CHECK(result);
    CHECK(f.store.storage() == SecretStore::Storage::Keychain);
}

TEST_CASE("SecretStore: session-only secrets never reach the keychain", "[secrets]")
{
    StoreFixture f;
    QSignalSpy storageChanged(&f.store, &SecretStore::storageChanged);
    const QString backend = newBackendId();
    const QString secret = uniqueSecret(u"session"_s);

    f.store.keepForSessionOnly(true);
    CHECK(f.store.storage() == SecretStore::Storage::SessionOnly);
    CHECK(storageChanged.count() == 1);
    const SecretResult written = f.write(backend, u"apiKey"_s, secret);
    REQUIRE(written);
    CHECK(written.attempts == 0);
    CHECK(f.read(backend, u"apiKey"_s).secret == secret);
    CHECK(f.settings.secretNames(backend).isEmpty());

    f.store.keepForSessionOnly(false); // forgets the session's secrets
    CHECK(f.store.storage() == SecretStore::Storage::Unknown);
    CHECK(storageChanged.count() == 2);
    CHECK(f.read(backend, u"apiKey"_s).kind == Kind::NotFound); // from the keychain
    CHECK(f.store.storage() == SecretStore::Storage::Keychain);
    CHECK_FALSE(f.diskContains(secret));
}
