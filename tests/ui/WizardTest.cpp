// The five enable wizards end to end against a real sandbox with its partner stand-ins, under
// the offscreen platform and the real keychain: each one clicked through as an admin would,
// then the failures an admin meets (wrong partner key, partner down, bad signature, cancel and
// resume).
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
#include "ui/marketplace/IntegrationPanel.h"
#include "ui/marketplace/MarketplaceView.h"
#include "ui/wizards/EnableWizard.h"
#include "ui/wizards/PartnerStepPage.h"

#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>

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
    onPage<QPushButton>(wizard, u"copyKeyButton"_s)->click();
    CHECK(QGuiApplication::clipboard()->text() == wizard->state()->secret(u"atsKey"_s));
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
    const QString secret = wizard->state()->secret(u"atsKey"_s);
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
