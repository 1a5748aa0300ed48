// SecretStore with no Secret Service: ctest runs these hidden [.nokeychain] cases with
// DBUS_SESSION_BUS_ADDRESS pointing to a socket that does not exist.
#include "SecretTestSupport.h"

#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Test;
using Kind = SecretError::Kind;

namespace {

void requireNoSessionBus()
{
    INFO("run through ctest (secrets.nokeychain.*), which points D-Bus to a missing socket");
    REQUIRE(qgetenv("DBUS_SESSION_BUS_ADDRESS") == "unix:path=/nonexistent");
}

void checkActionable(const SecretResult &result)
{
    INFO("message: " << result.message.toStdString());
    CHECK_FALSE(result);
    CHECK(result.kind == Kind::Unavailable);
    CHECK(result.message.contains(u"No Secret Service is running"_s));
    CHECK(result.message.contains(u"gnome-keyring"_s));
    CHECK(result.message.contains(u"session only"_s));
}

} // namespace

TEST_CASE("SecretStore without a Secret Service reports Unavailable", "[secrets][.nokeychain]")
{
    requireNoSessionBus();
    StoreFixture f;
    QSignalSpy storageChanged(&f.store, &SecretStore::storageChanged);
    const QString backend = newBackendId();
    const QString secret = u"tsk_unavailable_"_s + newBackendId();

    const SecretResult written = f.write(backend, u"apiKey"_s, secret);
    checkActionable(written);
    CHECK(written.attempts == 2); // retried once on Linux
    CHECK(f.store.storage() == SecretStore::Storage::Unavailable);
    REQUIRE(storageChanged.count() == 1);
    CHECK(storageChanged.at(0).at(0).value<SecretStore::Storage>()
          == SecretStore::Storage::Unavailable);
    CHECK(f.settings.secretNames(backend).isEmpty()); // the index entry was rolled back

    checkActionable(f.read(backend, u"apiKey"_s));
    checkActionable(f.remove(backend, u"apiKey"_s));
    checkActionable(waitFor(f.store.checkAvailability(&f.context)));
    CHECK(storageChanged.count() == 1);
    CHECK_FALSE(f.diskContains(secret));
}

TEST_CASE("SecretStore without a Secret Service: forgetBackend keeps the index it could not "
          "clear",
          "[secrets][.nokeychain]")
{
    requireNoSessionBus();
    StoreFixture f;
    const QString backend = newBackendId();
    REQUIRE(f.settings.addSecretName(backend, u"apiKey"_s)); // written in an earlier session
    checkActionable(f.forget(backend));
    CHECK(f.settings.secretNames(backend) == QStringList{u"apiKey"_s});
}

TEST_CASE("SecretStore keeps secrets for the session only when asked, and nothing reaches disk",
          "[secrets][.nokeychain]")
{
    requireNoSessionBus();
    StoreFixture f;
    const QString backend = newBackendId();
    const QString other = newBackendId();
    const QString secret = u"tsk_session_"_s + newBackendId();
    const QString replaced = u"tsk_replaced_"_s + newBackendId();

    // The console first learns that the keychain is missing, then the user chooses.
    checkActionable(f.write(backend, u"apiKey"_s, replaced));
    QSignalSpy storageChanged(&f.store, &SecretStore::storageChanged);
    f.store.keepForSessionOnly(true);
    CHECK(f.store.isSessionOnly());
    CHECK(f.store.storage() == SecretStore::Storage::SessionOnly);
    CHECK(storageChanged.count() == 1);

    REQUIRE(f.write(backend, u"apiKey"_s, replaced));
    REQUIRE(f.write(backend, u"apiKey"_s, secret));
    REQUIRE(f.write(backend, u"webhookSecret"_s, replaced));
    REQUIRE(f.write(other, u"apiKey"_s, replaced));
    const SecretResult read = f.read(backend, u"apiKey"_s);
    REQUIRE(read);
    CHECK(read.secret == secret);
    CHECK(read.attempts == 0);

    REQUIRE(f.remove(backend, u"webhookSecret"_s));
    CHECK(f.read(backend, u"webhookSecret"_s).kind == Kind::NotFound);

    REQUIRE(f.forget(other));
    CHECK(f.read(other, u"apiKey"_s).kind == Kind::NotFound);
    CHECK(f.read(backend, u"apiKey"_s).secret == secret);

    CHECK(f.settings.backendsWithSecrets().isEmpty());
    CHECK_FALSE(f.diskContains(secret));
    CHECK_FALSE(f.diskContains(replaced));
    CHECK_FALSE(f.diskContains(u"tsk_"_s));
    CHECK(f.store.storage() == SecretStore::Storage::SessionOnly);

    // Back to the keychain: the session's secrets are gone and the keychain is still missing.
    f.store.keepForSessionOnly(false);
    CHECK(f.store.storage() == SecretStore::Storage::Unavailable);
    checkActionable(f.read(backend, u"apiKey"_s));
}
