// The five enable wizards end to end against a real sandbox with its partner stand-ins, under
// the offscreen platform and the real keychain: each one clicked through as an admin would,
// then the failures an admin meets (wrong partner key, partner down, bad signature, cancel and
// resume), and how the wizards show where the admin is: the side list of steps, secret fields
// with Show and Copy, the summary of what was created and checked, and honest address checks.
#include "UiTestSupport.h"

#include "app/capture/WizardDriver.h"
#include "models/core/LoadStatus.h"
#include "models/integrations/IntegrationService.h"
#include "models/integrations/IntegrationsModel.h"
#include "models/integrations/PartnerConsole.h"
#include "models/integrations/SetupState.h"
#include "models/reference/ReferenceData.h"
#include "models/secrets/SecretJob.h"
#include "models/secrets/SecretStore.h"
#include "models/settings/Settings.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/SecretLineEdit.h"
#include "ui/common/StatusChip.h"
#include "ui/marketplace/IntegrationPanel.h"
#include "ui/marketplace/MarketplaceView.h"
#include "ui/wizards/CheckText.h"
#include "ui/wizards/EnableWizard.h"
#include "ui/wizards/EndpointCheck.h"
#include "ui/wizards/EndpointHint.h"
#include "ui/wizards/FinishPage.h"
#include "ui/wizards/PartnerStepPage.h"
#include "ui/wizards/WizardStepList.h"

#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Test;

namespace {

QString testBackendId()
{
    return u"6f1c2a5e-3b7d-4e8a-9c0f-1d2e3f4a5b6c"_s;
}

SandboxProcess &partnersSandbox()
{
    return sharedSandbox(u"wizards"_s, {u"--seed"_s, u"demo"_s, u"--candidates"_s, u"40"_s,
                                        u"--time-scale"_s, u"0.01"_s});
}

struct WizardFixture
{
    explicit WizardFixture(SandboxProcess &process)
        : clients(process)
        , settings(directory.filePath(u"tessera.ini"_s))
        , secrets(&settings)
        , reference(&clients.client)
        , model(reference.integrations(), &clients.client)
        , view(&model, {})
    {
        SetupContext context;
        context.backendUrl = clients.client.baseUrl();
        context.reference = &reference;
        context.service = new IntegrationService(&clients.client, &view);
        context.partnerConsole = new PartnerConsole(&clients.client, &view);
        context.settings = &settings;
        context.secrets = &secrets;
        context.backendId = testBackendId();
        view.setContext(context);
        view.resize(1280, 800);
        view.show();
        model.load();
        REQUIRE(waitUntil([this] { return model.status()->state() == LoadState::Ready; }));
    }

    // Opens the wizard and lets the driver click it through; returns the driver's verdict.
    std::pair<bool, QString> enable(const QString &integrationId)
    {
        EnableWizard *wizard = view.openWizard(integrationId);
        REQUIRE(wizard != nullptr);
        REQUIRE(QTest::qWaitForWindowExposed(wizard));
        WizardDriver driver(wizard);
        driver.setPageTimeoutMs(30'000);
        std::optional<std::pair<bool, QString>> verdict;
        QObject::connect(&driver, &WizardDriver::finished, &driver,
                         [&verdict](bool ok, const QString &message) { verdict = {ok, message}; });
        driver.start();
        REQUIRE(waitUntil([&verdict] { return verdict.has_value(); }, 120'000));
        return *verdict;
    }

    QJsonObject info(const QString &integrationId)
    {
        return clients.raw.call(u"integration.info"_s, {{u"integrationId"_s, integrationId}})
            .resultObject();
    }

    QString keychainSecret(const QString &name)
    {
        QString value;
        bool done = false;
        QObject context;
        SecretJob *job = secrets.read(testBackendId(), name, &context);
        QObject::connect(job, &SecretJob::finished, &context, [&] {
            value = job->secret();
            done = true;
        });
        REQUIRE(waitUntil([&done] { return done; }, 10'000));
        return value;
    }

    QTemporaryDir directory;
    SandboxClients clients;
    Settings settings;
    SecretStore secrets;
    ReferenceData reference;
    IntegrationsModel model;
    MarketplaceView view;
};

template<typename T>
T *onPage(EnableWizard *wizard, const QString &objectName)
{
    return wizard->currentPage()->findChild<T *>(objectName);
}

bool waitForPage(EnableWizard *wizard, const QString &objectName)
{
    return waitUntil([wizard, objectName] {
        return wizard->currentPage() && wizard->currentPage()->objectName() == objectName;
    }, 30'000);
}

} // namespace

TEST_CASE("each wizard enables its integration end to end and proves both ends work",
          "[ui][wizards]")
{
    WizardFixture fixture(partnersSandbox());
    for (const QString &id : {u"juro"_s, u"willo"_s, u"humaans"_s, u"sora"_s, u"justifacts"_s}) {
        INFO(id.toStdString());
        const auto [ok, message] = fixture.enable(id);
        INFO(message.toStdString());
        REQUIRE(ok);
        const QJsonObject info = fixture.info(id);
        CHECK(info.value(u"state"_s) == QJsonValue(u"enabled"_s));
        const QJsonObject tested = fixture.clients.raw
                                       .call(u"integration.test"_s, {{u"integrationId"_s, id}})
                                       .resultObject();
        CHECK(tested.value(u"ok"_s) == QJsonValue(true));
        // The ATS key's secret went to the keychain for this setup, and nowhere near settings.
        const QString atsKey = fixture.keychainSecret(u"setup."_s + id + u".atsKey"_s);
        CHECK(atsKey.size() > 20);
        QFile ini(fixture.settings.filePath());
        fixture.settings.sync();
        REQUIRE(ini.open(QIODevice::ReadOnly));
        CHECK_FALSE(ini.readAll().contains(atsKey.toUtf8()));
        REQUIRE(waitUntil([&fixture, id] {
            return fixture.model.find(id)->state == Integration::State::Enabled;
        }));
    }
    // Willo: the sync interval of its plan; Justifacts: its packages.
    const QJsonObject willo = fixture.clients.raw
                                  .call(u"integration.test"_s, {{u"integrationId"_s, u"willo"_s}})
                                  .resultObject();
    CHECK(willo.value(u"details"_s)[u"syncIntervalMinutes"_s].toInt() == 30);
}

TEST_CASE("a wrong Juro key shows an inline error and keeps the input", "[ui][wizards]")
{
    WizardFixture fixture(partnersSandbox());
    EnableWizard *wizard = fixture.view.openWizard(u"juro"_s);
    REQUIRE(QTest::qWaitForWindowExposed(wizard));
    wizard->setConfirmCancel(false);
    onPage<QPushButton>(wizard, u"createKeyButton"_s)->click();
    REQUIRE(waitUntil([wizard] { return wizard->currentPage()->isComplete(); }));
    // Shown once, masked, with Copy.
    auto *shown = onPage<SecretLineEdit>(wizard, u"createdKey"_s);
    REQUIRE(shown != nullptr);
    CHECK(shown->lineEdit()->echoMode() == QLineEdit::Password);
    CHECK(shown->copyFeedback().isEmpty());
    onPage<QPushButton>(wizard, u"copyKeyButton"_s)->click();
    CHECK(QGuiApplication::clipboard()->text() == wizard->state()->secret(u"atsKey"_s));
    CHECK(shown->copyFeedback() == u"Copied — clipboard clears in 30 s"_s);
    shown->showButton()->click();
    CHECK(shown->lineEdit()->echoMode() == QLineEdit::Normal);
    shown->showButton()->click();
    CHECK(shown->lineEdit()->echoMode() == QLineEdit::Password);
    wizard->next();
    REQUIRE(waitForPage(wizard, u"juroKeyPage"_s));
    auto *key = onPage<SecretLineEdit>(wizard, u"juroApiKey"_s);
    REQUIRE(key != nullptr);
    key->setText(u"not-a-juro-key"_s);
    wizard->next();
    auto *page = qobject_cast<CheckedPage *>(wizard->currentPage());
    REQUIRE(waitUntil([page] { return !page->isChecking(); }));
    CHECK(wizard->currentPage()->objectName() == u"juroKeyPage"_s);
    CHECK_FALSE(page->banner()->text().isEmpty());
    CHECK(key->text() == u"not-a-juro-key"_s);
    saveScreenshot(wizard, u"wizard-juro-wrong-key.png"_s);

    // The simulated Juro hands out the real key; then Next goes on.
    onPage<QPushButton>(wizard, u"simulateButton"_s)->click();
    REQUIRE(waitUntil([key] { return key->text() != u"not-a-juro-key"_s; }));
    wizard->next();
    REQUIRE(waitForPage(wizard, u"juroWebhookPage"_s));
    wizard->reject();
}

TEST_CASE("a partner that is down gives an error, and retrying works once it is back",
          "[ui][wizards]")
{
    WizardFixture fixture(partnersSandbox());
    TestClient &raw = fixture.clients.raw;
    EnableWizard *wizard = fixture.view.openWizard(u"humaans"_s);
    REQUIRE(QTest::qWaitForWindowExposed(wizard));
    wizard->setConfirmCancel(false);
    onPage<QPushButton>(wizard, u"createKeyButton"_s)->click();
    REQUIRE(waitUntil([wizard] { return wizard->currentPage()->isComplete(); }));
    wizard->next();
    REQUIRE(waitForPage(wizard, u"humaansConnectPage"_s));
    REQUIRE(raw.call(u"partnerConsole.setDown"_s, {{u"partnerId"_s, u"humaans"_s},
                                                   {u"down"_s, true}})
                .isSuccess());
    auto *page = qobject_cast<PartnerStepPage *>(wizard->currentPage());
    page->simulateButton()->click();
    REQUIRE(waitUntil([page] { return !page->banner()->text().isEmpty(); }));
    CHECK_FALSE(page->isComplete());
    REQUIRE(raw.call(u"partnerConsole.setDown"_s, {{u"partnerId"_s, u"humaans"_s},
                                                   {u"down"_s, false}})
                .isSuccess());
    REQUIRE(waitUntil([page] { return page->simulateButton()->isEnabled(); }));
    page->simulateButton()->click();
    REQUIRE(waitUntil([page] { return page->isComplete(); }));
    CHECK(onPage<QLineEdit>(wizard, u"requestUrl"_s)->text().contains(u"/partners/humaans/"_s));
    wizard->reject();
}

TEST_CASE("a Juro webhook with a bad signature is detected and shown", "[ui][wizards]")
{
    WizardFixture fixture(partnersSandbox());
    TestClient &raw = fixture.clients.raw;
    EnableWizard *wizard = fixture.view.openWizard(u"juro"_s);
    REQUIRE(QTest::qWaitForWindowExposed(wizard));
    wizard->setConfirmCancel(false);
    onPage<QPushButton>(wizard, u"createKeyButton"_s)->click();
    REQUIRE(waitUntil([wizard] { return wizard->currentPage()->isComplete(); }));
    wizard->next();
    REQUIRE(waitForPage(wizard, u"juroKeyPage"_s));
    onPage<QPushButton>(wizard, u"simulateButton"_s)->click();
    REQUIRE(waitUntil([wizard] { return wizard->currentPage()->isComplete(); }));
    wizard->next();
    REQUIRE(waitForPage(wizard, u"juroWebhookPage"_s));
    // At Juro, the admin pasted the wrong secret into the webhook's signature field.
    const QString receiver = fixture.clients.client.baseUrl()
                                 .resolved(QUrl(u"/integrations/juro/webhook"_s)).toString();
    REQUIRE(raw.call(u"partnerConsole.juro.addWebhook"_s,
                     {{u"name"_s, u"Ashby"_s}, {u"url"_s, receiver},
                      {u"signatureSecret"_s, u"a-wrong-secret"_s},
                      {u"triggers"_s, QJsonArray{u"all"_s}}})
                .isSuccess());
    const QJsonObject sent = raw.call(u"partnerConsole.juro.sendTestWebhook"_s).resultObject();
    CHECK(sent.value(u"verified"_s) == QJsonValue(false));
    wizard->next(); // checks what the ATS received
    auto *page = qobject_cast<CheckedPage *>(wizard->currentPage());
    REQUIRE(waitUntil([page] { return !page->isChecking() && !page->banner()->text().isEmpty(); }));
    CHECK(wizard->currentPage()->objectName() == u"juroWebhookPage"_s);
    CHECK(page->banner()->text().contains(u"signature"_s, Qt::CaseInsensitive));
    saveScreenshot(wizard, u"wizard-juro-bad-signature.png"_s);
    wizard->reject();
}

TEST_CASE("a wizard closed midway asks first, keeps the input and resumes", "[ui][wizards]")
{
    WizardFixture fixture(partnersSandbox());
    EnableWizard *wizard = fixture.view.openWizard(u"sora"_s);
    REQUIRE(QTest::qWaitForWindowExposed(wizard));
    onPage<QPushButton>(wizard, u"createKeyButton"_s)->click();
    REQUIRE(waitUntil([wizard] { return wizard->currentPage()->isComplete(); }));
    const QString keyId = wizard->state()->value(u"atsKeyId"_s);
    // A copy of its own: the one the wizard holds is overwritten when it closes.
    const QString shown = wizard->state()->secret(u"atsKey"_s);
    const QString secret(shown.constData(), shown.size());
    REQUIRE_FALSE(secret.isEmpty());
    wizard->next();
    REQUIRE(waitForPage(wizard, u"soraConnectPage"_s));

    QPointer<EnableWizard> guard(wizard);
    wizard->reject();
    QMessageBox *question = nullptr;
    REQUIRE(waitUntil([&] {
        question = wizard->findChild<QMessageBox *>(u"cancelQuestion"_s);
        return question && question->isVisible();
    }));
    CHECK(wizard->isVisible()); // nothing closes until the admin answers
    const auto buttons = question->buttons();
    for (QAbstractButton *button : buttons)
        if (button->text().contains(u"Stop"_s))
            button->click();
    REQUIRE(waitUntil([&guard] { return !guard || !guard->isVisible(); }));

    const QByteArray draft = fixture.settings.setupDraft(testBackendId(), u"sora"_s);
    REQUIRE_FALSE(draft.isEmpty());
    CHECK(draft.contains(keyId.toUtf8()));
    CHECK_FALSE(draft.contains(secret.toUtf8())); // drafts carry no secrets

    EnableWizard *resumed = fixture.view.openWizard(u"sora"_s);
    QMessageBox *resume = nullptr;
    REQUIRE(waitUntil([&] {
        resume = fixture.view.findChild<QMessageBox *>(u"resumeQuestion"_s);
        return resume && resume->isVisible();
    }));
    const auto choices = resume->buttons();
    for (QAbstractButton *button : choices)
        if (button->text().contains(u"Resume"_s))
            button->click();
    REQUIRE(waitUntil([resumed] { return resumed->isVisible(); }));
    CHECK(resumed->currentPage()->objectName() == u"soraConnectPage"_s);
    CHECK(resumed->state()->value(u"atsKeyId"_s) == keyId);
    REQUIRE(waitUntil([resumed, secret] {
        return resumed->state()->secret(u"atsKey"_s) == secret; // back from the keychain
    }));
    resumed->setConfirmCancel(false);
    resumed->reject();
}

TEST_CASE("a hire reaches the simulated Humaans through the field mapping, shown in the panel",
          "[ui][wizards]")
{
    WizardFixture fixture(partnersSandbox());
    if (fixture.model.find(u"humaans"_s)->state != Integration::State::Enabled) {
        const auto [ok, message] = fixture.enable(u"humaans"_s);
        INFO(message.toStdString());
        REQUIRE(ok);
    }
    TestClient &raw = fixture.clients.raw;
    // Hire a candidate whose application is not hired yet: move it into a Hired stage.
    const QJsonArray applications = raw.call(u"application.list"_s, {{u"limit"_s, 100}})
                                        .resultArray();
    QString applicationId;
    QString hiredStageId;
    for (const QJsonValue value : applications) {
        const QJsonObject application = value.toObject();
        if (application.value(u"status"_s) != QJsonValue(u"Active"_s))
            continue;
        const QString planId = application.value(u"currentInterviewStage"_s)[u"interviewPlanId"_s]
                                   .toString();
        const QJsonArray stages = raw.call(u"interviewStage.list"_s,
                                           {{u"interviewPlanId"_s, planId}})
                                      .resultArray();
        for (const QJsonValue stage : stages)
            if (stage[u"type"_s] == QJsonValue(u"Hired"_s))
                hiredStageId = stage[u"id"_s].toString();
        if (!hiredStageId.isEmpty()) {
            applicationId = application.value(u"id"_s).toString();
            break;
        }
    }
    REQUIRE_FALSE(applicationId.isEmpty());
    const ApiReply moved = raw.call(u"application.changeStage"_s,
                                    {{u"applicationId"_s, applicationId},
                                     {u"interviewStageId"_s, hiredStageId}});
    REQUIRE(moved.isSuccess());

    fixture.view.openPanel(u"humaans"_s);
    auto *records = fixture.view.panel()->findChild<QLabel *>(u"partnerRecords"_s);
    auto *refresh = fixture.view.panel()->findChild<QPushButton *>(u"refreshPartnerRecords"_s);
    const QString name = moved.resultObject().value(u"candidate"_s)[u"name"_s].toString();
    REQUIRE(waitUntil([&] {
        if (records->text().contains(name.section(u' ', 0, 0)))
            return true;
        refresh->click();
        QTest::qWait(300);
        return false;
    }, 20'000));
    saveScreenshot(fixture.view.panel(), u"marketplace-humaans-new-hires.png"_s);
}

TEST_CASE("the side list of steps marks the current step and ticks the done ones as the admin "
          "goes Next and Back", "[ui][wizards]")
{
    WizardFixture fixture(partnersSandbox());
    EnableWizard *wizard = fixture.view.openWizard(u"juro"_s);
    REQUIRE(QTest::qWaitForWindowExposed(wizard));
    wizard->setConfirmCancel(false);
    WizardStepList *steps = wizard->stepList();
    REQUIRE(steps->isVisible());
    REQUIRE(steps->count() == 4);
    CHECK(steps->current() == 0);
    CHECK(steps->state(0) == WizardStepList::State::Current);
    CHECK(steps->state(1) == WizardStepList::State::Later);
    CHECK(steps->accessibleText(0) == u"Step 1 of 4: Create ATS API key, current step"_s);
    CHECK(steps->accessibleText(2) == u"Step 3 of 4: Webhook at Juro"_s);
    // Keyboard-neutral: nothing in the list takes focus, so Tab never stops in it.
    CHECK(steps->focusPolicy() == Qt::NoFocus);
    const auto rows = steps->findChildren<QWidget *>();
    for (const QWidget *row : rows)
        CHECK(row->focusPolicy() == Qt::NoFocus);

    onPage<QPushButton>(wizard, u"createKeyButton"_s)->click();
    REQUIRE(waitUntil([wizard] { return wizard->currentPage()->isComplete(); }));
    wizard->next();
    REQUIRE(waitForPage(wizard, u"juroKeyPage"_s));
    CHECK(steps->current() == 1);
    CHECK(steps->state(0) == WizardStepList::State::Done);
    CHECK(steps->state(1) == WizardStepList::State::Current);
    CHECK(steps->accessibleText(0) == u"Step 1 of 4: Create ATS API key, done"_s);
    CHECK(steps->findChild<QLabel *>(u"step1"_s)->accessibleName() == steps->accessibleText(0));
    CHECK(steps->findChild<QLabel *>(u"step1"_s)->text().startsWith(u"✓"_s));
    CHECK(steps->findChild<QLabel *>(u"step2"_s)->font().bold());
    saveScreenshot(wizard, u"wizard-juro-steps.png"_s);

    wizard->back();
    REQUIRE(waitForPage(wizard, u"atsKeyPage"_s));
    CHECK(steps->current() == 0);
    CHECK(steps->state(0) == WizardStepList::State::Current);
    CHECK(steps->state(1) == WizardStepList::State::Later);
    CHECK_FALSE(steps->findChild<QLabel *>(u"step1"_s)->text().startsWith(u"✓"_s));
    wizard->reject();
}

TEST_CASE("a closed wizard overwrites every secret it held, in its fields, state and clipboard",
          "[ui][wizards]")
{
    WizardFixture fixture(partnersSandbox());
    EnableWizard *wizard = fixture.view.openWizard(u"juro"_s);
    REQUIRE(QTest::qWaitForWindowExposed(wizard));
    wizard->setConfirmCancel(false);
    // The ATS key shown once, copied to the clipboard.
    onPage<QPushButton>(wizard, u"createKeyButton"_s)->click();
    REQUIRE(waitUntil([wizard] { return wizard->currentPage()->isComplete(); }));
    const QString shownKey = onPage<SecretLineEdit>(wizard, u"createdKey"_s)->text();
    const QString keptKey = wizard->state()->secret(u"atsKey"_s);
    REQUIRE(shownKey.size() > 20);
    const QString atsKey(shownKey.constData(), shownKey.size()); // a copy of its own
    onPage<QPushButton>(wizard, u"copyKeyButton"_s)->click();
    const QString onClipboard = QGuiApplication::clipboard()->text();
    REQUIRE(onClipboard == atsKey);
    // The Juro API key pasted back (by the simulated Juro), shown in clear for a moment.
    wizard->next();
    REQUIRE(waitForPage(wizard, u"juroKeyPage"_s));
    onPage<QPushButton>(wizard, u"simulateButton"_s)->click();
    REQUIRE(waitUntil([wizard] { return wizard->currentPage()->isComplete(); }));
    auto *juroField = onPage<SecretLineEdit>(wizard, u"juroApiKey"_s);
    juroField->showButton()->click();
    const QString pasted = juroField->text();
    REQUIRE(pasted.size() > 8);
    const QString juroKey(pasted.constData(), pasted.size());
    // ...and again as the signature secret of the webhook, copied as well.
    wizard->next();
    REQUIRE(waitForPage(wizard, u"juroWebhookPage"_s));
    const auto fields = wizard->currentPage()->findChildren<SecretLineEdit *>();
    REQUIRE(fields.size() == 1);
    const QString signature = fields.first()->text();
    REQUIRE(signature == juroKey);
    const QString keptJuroKey = wizard->state()->secret(u"juroApiKey"_s);
    // Every held copy still shares a buffer with the wizard; the wipe must reach them all.
    const auto wiped = [](const QString &held, qsizetype size) {
        return held.size() == size
            && std::all_of(held.cbegin(), held.cend(), [](QChar c) { return c.isNull(); });
    };

    QPointer<EnableWizard> guard(wizard);
    wizard->reject();
    REQUIRE(waitUntil([&guard] { return guard.isNull(); }, 5'000));
    CHECK(wiped(shownKey, atsKey.size()));
    CHECK(wiped(keptKey, atsKey.size()));
    CHECK(wiped(onClipboard, atsKey.size()));
    CHECK(wiped(pasted, juroKey.size()));
    CHECK(wiped(signature, juroKey.size()));
    CHECK(wiped(keptJuroKey, juroKey.size()));
    CHECK(QGuiApplication::clipboard()->text().isEmpty());
    // The keychain's copies are the keychain's: a resumed setup still finds both keys.
    CHECK(fixture.keychainSecret(u"setup.juro.atsKey"_s) == atsKey);
    CHECK(fixture.keychainSecret(u"setup.juro.juroApiKey"_s) == juroKey);
}

TEST_CASE("every secret a wizard shows has Show and Copy, and fixed values are plain text",
          "[ui][wizards]")
{
    WizardFixture fixture(partnersSandbox());
    EnableWizard *wizard = fixture.view.openWizard(u"juro"_s);
    REQUIRE(QTest::qWaitForWindowExposed(wizard));
    wizard->setConfirmCancel(false);
    onPage<QPushButton>(wizard, u"createKeyButton"_s)->click();
    REQUIRE(waitUntil([wizard] { return wizard->currentPage()->isComplete(); }));
    wizard->next();
    REQUIRE(waitForPage(wizard, u"juroKeyPage"_s));
    onPage<QPushButton>(wizard, u"simulateButton"_s)->click();
    REQUIRE(waitUntil([wizard] { return wizard->currentPage()->isComplete(); }));
    wizard->next();
    REQUIRE(waitForPage(wizard, u"juroWebhookPage"_s));
    const auto secrets = wizard->currentPage()->findChildren<SecretLineEdit *>();
    REQUIRE(secrets.size() == 1); // the signature secret, which is the Juro API key
    SecretLineEdit *secret = secrets.first();
    CHECK(secret->text() == wizard->state()->secret(u"juroApiKey"_s));
    CHECK(secret->lineEdit()->echoMode() == QLineEdit::Password);
    CHECK(secret->lineEdit()->font().styleHint() == QFont::TypeWriter);
    CHECK(secret->showButton()->isVisibleTo(wizard));
    REQUIRE(secret->copyButton()->isVisibleTo(wizard));
    secret->copyButton()->click();
    CHECK(QGuiApplication::clipboard()->text() == secret->text());
    CHECK(secret->copyFeedback() == u"Copied — clipboard clears in 30 s"_s);
    // "Triggers: All" and "Webhook security" are choices to make, not values to copy.
    const auto buttons = wizard->currentPage()->findChildren<QPushButton *>();
    QStringList copyButtons;
    for (const QPushButton *button : buttons)
        if (button->text() == u"Copy"_s && button->isVisibleTo(wizard))
            copyButtons << button->accessibleName();
    copyButtons.sort();
    CHECK(copyButtons == QStringList{u"Copy Signature secret"_s, u"Copy URL"_s});
    wizard->reject();
}

TEST_CASE("an http address is never called secure, and on this computer it is allowed for the "
          "sandbox", "[ui][wizards]")
{
    using Kind = EndpointCheck::Kind;
    CHECK(EndpointCheck::classify(u"https://app.justifacts.com/x/"_s) == Kind::Https);
    CHECK(EndpointCheck::classify(u"http://127.0.0.1:8080/x"_s) == Kind::LocalHttp);
    CHECK(EndpointCheck::classify(u"http://localhost/x"_s) == Kind::LocalHttp);
    CHECK(EndpointCheck::classify(u"http://[::1]:9000/"_s) == Kind::LocalHttp);
    CHECK(EndpointCheck::classify(u"http://127.0.0.1.example.com/"_s) == Kind::RemoteHttp);
    CHECK(EndpointCheck::classify(u"http://justifacts.example/"_s) == Kind::RemoteHttp);
    CHECK(EndpointCheck::classify(u"ftp://127.0.0.1/"_s) == Kind::Invalid);
    CHECK(EndpointCheck::classify(u"  "_s) == Kind::Empty);
    CHECK_FALSE(EndpointCheck::isAcceptable(u"http://justifacts.example/"_s));
    CHECK(EndpointCheck::describe(Kind::LocalHttp)
          == u"http on this computer — allowed for the sandbox."_s);
    for (Kind kind : {Kind::LocalHttp, Kind::RemoteHttp, Kind::Invalid, Kind::Empty})
        CHECK(EndpointCheck::status(kind) != StatusPalette::Status::Ok);

    // The backend passes its base-URL check for http on this computer; the summary says what
    // it is, not that it is secure.
    SetupState state(u"justifacts"_s);
    state.setValue(u"baseUrl"_s, u"http://127.0.0.1:4000/jfacts/"_s);
    const IntegrationCheck passed{u"baseUrl"_s, u"The Justifacts base URL uses https"_s, true, {}};
    CheckText::Shown shown = CheckText::describe(passed, u"Justifacts"_s, &state);
    CHECK(shown.label == u"The Justifacts base URL is http on this computer — allowed for the "
                         "sandbox"_s);
    CHECK(shown.status == StatusPalette::Status::Attention);
    CHECK_FALSE(shown.label.contains(u"secure"_s, Qt::CaseInsensitive));
    state.setValue(u"baseUrl"_s, u"https://app.justifacts.com/jfacts/"_s);
    shown = CheckText::describe(passed, u"Justifacts"_s, &state);
    CHECK(shown.status == StatusPalette::Status::Ok);
    CHECK(shown.label == u"The Justifacts base URL uses https"_s);
}

TEST_CASE("the Justifacts summary names what was created and when it was checked, and its next "
          "step opens the interview plans", "[ui][wizards]")
{
    WizardFixture fixture(partnersSandbox());
    EnableWizard *wizard = fixture.view.openWizard(u"justifacts"_s);
    REQUIRE(QTest::qWaitForWindowExposed(wizard));
    wizard->setConfirmCancel(false);
    QSignalSpy nextStep(wizard, &EnableWizard::nextStepRequested);
    auto *title = onPage<QLineEdit>(wizard, u"keyTitle"_s);
    const QString keyTitle = u"Justifacts summary test"_s;
    title->setText(keyTitle);
    onPage<QPushButton>(wizard, u"createKeyButton"_s)->click();
    REQUIRE(waitUntil([wizard] { return wizard->currentPage()->isComplete(); }));
    wizard->next();
    REQUIRE(waitForPage(wizard, u"justifactsSettingsPage"_s));
    onPage<QPushButton>(wizard, u"simulateButton"_s)->click();
    auto *baseUrl = onPage<QLineEdit>(wizard, u"baseUrl"_s);
    REQUIRE(waitUntil([wizard] { return wizard->currentPage()->isComplete(); }));
    REQUIRE(baseUrl->text().startsWith(u"http://127.0.0.1"_s)); // the sandbox's stand-in
    auto *hint = onPage<EndpointHint>(wizard, u"endpointHint"_s);
    REQUIRE(hint != nullptr);
    CHECK(hint->isVisibleTo(wizard));
    CHECK(hint->text() == u"http on this computer — allowed for the sandbox."_s);
    CHECK(hint->chip()->status() == StatusPalette::Status::Attention);
    wizard->next();
    REQUIRE(waitForPage(wizard, u"justifactsPackagesPage"_s));
    wizard->next();
    REQUIRE(waitForPage(wizard, u"finishPage"_s));
    auto *finish = qobject_cast<FinishPage *>(wizard->currentPage());
    REQUIRE(waitUntil([finish] { return finish->isEnabledAndVerified(); }, 30'000));
    saveScreenshot(wizard, u"wizard-justifacts-summary.png"_s);

    CHECK(finish->createdItems().contains(u"ATS API key: "_s + keyTitle));
    CHECK(finish->checkedAtText().startsWith(u"Checked at "_s));
    auto *baseUrlCheck = onPage<QLabel>(wizard, u"check-baseUrl"_s);
    REQUIRE(baseUrlCheck != nullptr);
    CHECK(baseUrlCheck->text().contains(u"http on this computer — allowed for the sandbox"_s));
    // Nothing on the summary calls the http connection secure or encrypted.
    const auto labels = finish->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        INFO(label->text().toStdString());
        CHECK_FALSE(label->text().contains(u"secure"_s, Qt::CaseInsensitive));
        CHECK_FALSE(label->text().contains(u"encrypted"_s, Qt::CaseInsensitive));
    }
    const auto chips = finish->findChildren<StatusChip *>();
    CHECK(chips.size() >= 4);
    for (const StatusChip *chip : chips)
        CHECK(chip->text() != u"Encrypted"_s);

    auto *next = onPage<QPushButton>(wizard, u"nextStep-interview-plans"_s);
    REQUIRE(next != nullptr);
    CHECK(next->text() == u"Add Justifacts to an interview plan"_s);
    QPointer<EnableWizard> guard(wizard);
    next->click();
    REQUIRE(nextStep.size() == 1);
    CHECK(nextStep.first().first().toString() == u"interview-plans"_s);
    REQUIRE(waitUntil([&guard] { return !guard || !guard->isVisible(); }));
    CHECK(fixture.info(u"justifacts"_s).value(u"state"_s) == QJsonValue(u"enabled"_s));
}

TEST_CASE("the Humaans summary names the webhook it created and offers the field mappings",
          "[ui][wizards]")
{
    WizardFixture fixture(partnersSandbox());
    EnableWizard *wizard = fixture.view.openWizard(u"humaans"_s);
    REQUIRE(QTest::qWaitForWindowExposed(wizard));
    wizard->setConfirmCancel(false);
    onPage<QPushButton>(wizard, u"createKeyButton"_s)->click();
    REQUIRE(waitUntil([wizard] { return wizard->currentPage()->isComplete(); }));
    wizard->next();
    REQUIRE(waitForPage(wizard, u"humaansConnectPage"_s));
    onPage<QPushButton>(wizard, u"simulateButton"_s)->click();
    REQUIRE(waitUntil([wizard] { return wizard->currentPage()->isComplete(); }));
    wizard->next();
    REQUIRE(waitForPage(wizard, u"webhookPage"_s));
    auto *secret = onPage<SecretLineEdit>(wizard, u"webhookSecret"_s);
    REQUIRE(secret != nullptr);
    CHECK(secret->lineEdit()->echoMode() == QLineEdit::Password);
    CHECK(secret->copyButton()->isVisibleTo(wizard));
    wizard->next();
    REQUIRE(waitForPage(wizard, u"finishPage"_s));
    auto *finish = qobject_cast<FinishPage *>(wizard->currentPage());
    REQUIRE(waitUntil([finish] { return finish->isEnabledAndVerified(); }, 30'000));
    const QString webhookId = wizard->state()->value(u"webhookId"_s);
    REQUIRE_FALSE(webhookId.isEmpty());
    const QStringList created = finish->createdItems();
    INFO(created.join(u" | "_s).toStdString());
    CHECK(created.contains(u"ATS webhook: Application Updated (ID %1)"_s.arg(webhookId)));
    // The webhook the summary names exists in the ATS.
    CHECK(fixture.clients.raw.call(u"webhook.info"_s, {{u"webhookId"_s, webhookId}}).isSuccess());
    REQUIRE(onPage<QPushButton>(wizard, u"nextStep-field-mappings"_s) != nullptr);
    CHECK(onPage<QPushButton>(wizard, u"nextStep-interview-plans"_s) == nullptr);
    wizard->reject();
}
