// The Connect dialog checks address and key against a real backend before accepting.
#include "tests/support/CatchQt.h"
#include "tests/support/SandboxProcess.h"

#include "ui/connect/ConnectDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Test;

namespace {

SandboxProcess &sandbox()
{
    return sharedSandbox(u"connect"_s, SandboxProcess::defaultArguments(20));
}

template<typename T>
T *findNamed(QWidget &dialog, const QString &accessibleName)
{
    for (T *widget : dialog.findChildren<T *>())
        if (widget->accessibleName() == accessibleName)
            return widget;
    return nullptr;
}

struct DialogDriver
{
    QNetworkAccessManager network;
    ConnectDialog dialog{&network};
    QLineEdit *url = findNamed<QLineEdit>(dialog, u"Backend address"_s);
    QLineEdit *key = findNamed<QLineEdit>(dialog, u"API key"_s);
    QLabel *status = findNamed<QLabel>(dialog, u"Connection check"_s);
    QPushButton *connect = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);

    DialogDriver()
    {
        REQUIRE(url);
        REQUIRE(key);
        REQUIRE(status);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        // Keyboard only: choose "Connect to a backend" and type into the fields.
        for (QRadioButton *choice : dialog.findChildren<QRadioButton *>())
            if (choice->text() == ConnectDialog::tr("Connect to a backend"))
                choice->click();
    }
    void type(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }
};

} // namespace

TEST_CASE("the sandbox choice is accepted at once", "[app][connect]")
{
    QNetworkAccessManager network;
    ConnectDialog dialog(&network);
    dialog.show();
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::keyClick(&dialog, Qt::Key_Return);
    CHECK(accepted.count() == 1);
    CHECK(dialog.choice() == ConnectDialog::Choice::Sandbox);
}

TEST_CASE("a remote http address needs the explicit insecure choice", "[app][connect]")
{
    DialogDriver driver;
    driver.type(driver.url, u"http://ats.example.com"_s);
    driver.type(driver.key, u"some-key"_s);
    CHECK_FALSE(driver.connect->isEnabled());
    CHECK(driver.status->text().contains(u"https://"_s));
    driver.dialog.findChild<QCheckBox *>()->setChecked(true);
    CHECK(driver.connect->isEnabled());
}

TEST_CASE("a wrong key is refused inline and the input is kept", "[app][connect]")
{
    DialogDriver driver;
    driver.type(driver.url, sandbox().baseUrl().toString());
    driver.type(driver.key, u"tsk_wrong"_s);
    QSignalSpy accepted(&driver.dialog, &QDialog::accepted);
    REQUIRE(driver.connect->isEnabled());
    driver.connect->click();
    REQUIRE(QTest::qWaitFor([&driver] { return driver.connect->isEnabled(); }, 10'000));
    CHECK(accepted.isEmpty());
    CHECK(driver.status->text().contains(u"rejected"_s));
    CHECK(driver.key->text() == u"tsk_wrong"_s);
    CHECK(driver.dialog.isVisible());
}

TEST_CASE("a working key is checked, then accepted with its title", "[app][connect]")
{
    DialogDriver driver;
    driver.type(driver.url, sandbox().baseUrl().toString());
    driver.type(driver.key, sandbox().adminKey());
    QSignalSpy accepted(&driver.dialog, &QDialog::accepted);
    QTest::keyClick(driver.key, Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&accepted] { return accepted.count() == 1; }, 10'000));
    CHECK(driver.dialog.choice() == ConnectDialog::Choice::Backend);
    CHECK(driver.dialog.probeResult().keyTitle == u"Sandbox admin"_s);
    CHECK(driver.dialog.probeResult().scopes.contains(u"candidatesRead"_s));
    CHECK(driver.dialog.backendName() == u"Northwind Robotics"_s);
    CHECK(driver.dialog.apiKey() == sandbox().adminKey());
}

TEST_CASE("a backend that is down gives a message, not a hang", "[app][connect]")
{
    DialogDriver driver;
    driver.type(driver.url, u"http://127.0.0.1:1"_s);
    driver.type(driver.key, u"any"_s);
    driver.connect->click();
    REQUIRE(QTest::qWaitFor([&driver] { return driver.connect->isEnabled(); }, 10'000));
    CHECK(driver.status->text().contains(u"not reachable"_s));
}
