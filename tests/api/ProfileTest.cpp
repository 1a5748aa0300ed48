// tessera-sandbox --profile ashby serves only the methods of Ashby's public API; every extension
// answers exactly as a method that does not exist.
#include "ApiHelpers.h"

using namespace Qt::Literals::StringLiterals;
using namespace Tessera::Test;

namespace {

SandboxProcess &ashbySandbox()
{
    return sharedSandbox(u"profile-ashby"_s, SandboxProcess::defaultArguments(40)
                                                 << u"--profile"_s << u"ashby"_s);
}

// Everything of an answer but its requestId and the method name in the message.
struct Shape
{
    int httpStatus = 0;
    QString code;
    QStringList errors;
    QString message;
};

Shape shapeOf(const ApiReply &reply, const QString &method)
{
    QStringList errors;
    for (const QJsonValue error : reply.envelope().value(u"errors"_s).toArray())
        errors << error.toString();
    return {reply.httpStatus, reply.errorCode(), errors,
            reply.errorMessage().replace(method, u"<method>"_s)};
}

} // namespace

TEST_CASE("Profile ashby serves Ashby's public methods", "[api][profile]")
{
    TestClient admin = adminClient(ashbySandbox());
    CHECK_FALSE(walkAll(admin, u"candidate.list"_s).records.isEmpty());
    const QJsonArray jobs = walkAll(admin, u"job.list"_s).records;
    REQUIRE_FALSE(jobs.isEmpty());
    const QJsonValue planId = jobs.first().toObject().value(u"defaultInterviewPlanId"_s);
    CHECK_FALSE(results(admin, u"interviewStage.list"_s, {{u"interviewPlanId"_s, planId}})
                    .toArray().isEmpty());
    CHECK(results(admin, u"apiKey.info"_s).toObject().contains(u"title"_s));
    CHECK_FALSE(walkAll(admin, u"application.list"_s).records.isEmpty());
    const Move move = takeMove(admin, false);
    const QJsonObject moved = changeStage(admin, move);
    CHECK(moved.value(u"currentInterviewStage"_s).toObject().value(u"id"_s)
          == move.stage.value(u"id"_s));
    const QJsonObject webhook =
        results(admin, u"webhook.create"_s,
                {{u"webhookType"_s, u"applicationUpdate"_s},
                 {u"requestUrl"_s, u"http://127.0.0.1:9/hook"_s},
                 {u"secretToken"_s, u"profile-test-secret"_s}})
            .toObject();
    CHECK(results(admin, u"webhook.info"_s, {{u"webhookId"_s, webhook.value(u"id"_s)}})
              .toObject().value(u"id"_s) == webhook.value(u"id"_s));
    // offer.approve is Ashby's: served (an unknown version is its own error, not unknown_method).
    requireError(admin.call(u"offer.approve"_s, {{u"offerVersionId"_s, u"no-such-version"_s}}),
                 200, u"offer_not_found"_s);
}

TEST_CASE("Profile ashby answers every extension exactly as an unknown method",
          "[api][profile]")
{
    TestClient admin = adminClient(ashbySandbox());
    const QString nonsense = u"noSuch.method"_s;
    const Shape unknown = shapeOf(admin.call(nonsense), nonsense);
    CHECK(unknown.httpStatus == 404);
    CHECK(unknown.code == u"unknown_method"_s);
    for (const QString &method :
         {u"organization.info"_s, u"integration.list"_s, u"integration.info"_s,
          u"integration.enable"_s, u"integration.test"_s, u"apiKey.create"_s, u"apiKey.list"_s,
          u"apiKey.revoke"_s, u"field.list"_s, u"customField.update"_s, u"fieldMapping.info"_s,
          u"fieldMapping.set"_s, u"fieldMapping.preview"_s, u"fieldMapping.apply"_s,
          u"externalWorkflow.list"_s, u"externalWorkflow.create"_s, u"partnerConsole.setDown"_s,
          u"partnerConsole.receivedRecords"_s, u"partnerConsole.humaans.connect"_s,
          u"sandbox.configure"_s, u"webhook.list"_s, u"webhook.ping"_s,
          u"webhookDelivery.list"_s, u"webhookDelivery.info"_s, u"webhookDelivery.redeliver"_s,
          u"activity.form"_s, u"activity.list"_s, u"activity.start"_s}) {
        INFO(method.toStdString());
        const ApiReply reply = admin.call(method, {{u"integrationId"_s, u"humaans"_s},
                                                   {u"target"_s, u"employee"_s}});
        requireError(reply, 404, u"unknown_method"_s);
        const Shape shape = shapeOf(reply, method);
        CHECK(shape.httpStatus == unknown.httpStatus);
        CHECK(shape.errors == unknown.errors);
        CHECK(shape.message == unknown.message);
    }
}

TEST_CASE("Profile full is the default, --help names it, an unknown profile exits 2",
          "[api][profile][cli]")
{
    SandboxProcess &full = sharedSandbox(u"profile-full"_s, SandboxProcess::defaultArguments(10)
                                                                << u"--profile"_s << u"full"_s);
    TestClient fullAdmin = adminClient(full);
    requireSuccess(fullAdmin.call(u"organization.info"_s));
    requireSuccess(fullAdmin.call(u"fieldMapping.info"_s,
                                  {{u"integrationId"_s, u"humaans"_s}, {u"target"_s, u"employee"_s}}));

    const ProcessResult help = SandboxProcess::runToExit({u"--help"_s});
    REQUIRE(help.finished);
    CHECK(help.standardOutput.contains(u"--profile"_s));
    CHECK(help.standardOutput.contains(u"ashby"_s));

    QTemporaryDir data;
    REQUIRE(data.isValid());
    const ProcessResult bad = SandboxProcess::runToExit(
        {u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s, data.path(), u"--profile"_s, u"workday"_s});
    INFO(bad.standardError.toStdString());
    REQUIRE(bad.finished);
    CHECK(bad.exitCode == 2);
    CHECK(bad.standardError.contains(u"--profile takes full or ashby"_s));
    CHECK_FALSE(bad.standardOutput.contains(u"listening"_s));
}
