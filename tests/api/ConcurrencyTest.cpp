// Many clients at once: every request is answered and every write is kept.
#include "ApiHelpers.h"

#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera::Test;

namespace {

constexpr int clientCount = 8;
constexpr int requestsPerClient = 25;

SandboxProcess &sandbox()
{
    return sharedSandbox(u"concurrency"_s, SandboxProcess::defaultArguments(50));
}

struct Request
{
    TestClient *client = nullptr;
    QNetworkReply *reply = nullptr;
    QString kind; // "create", "note" or "read"
    QString email;
};

} // namespace

TEST_CASE("Eight clients with 25 mixed requests each are all served", "[api][concurrency]")
{
    TestClient admin = adminClient(sandbox());
    const qsizetype candidatesBefore = walkAll(admin, u"candidate.list"_s).records.size();
    const QString noteTarget =
        results(admin, u"candidate.create"_s, {{u"name"_s, u"Busy Person"_s}})
            .toObject()
            .value(u"id"_s)
            .toString();

    std::vector<std::unique_ptr<TestClient>> clients;
    for (int c = 0; c < clientCount; ++c)
        clients.push_back(std::make_unique<TestClient>(sandbox().baseUrl(), sandbox().adminKey()));

    // Every client's requests go out at once; each QNetworkAccessManager opens its own connections.
    std::vector<Request> requests;
    for (int r = 0; r < requestsPerClient; ++r) {
        for (int c = 0; c < clientCount; ++c) {
            TestClient &client = *clients[size_t(c)];
            Request request{&client, nullptr, {}, {}};
            switch (r % 4) {
            case 0:
                request.kind = u"create"_s;
                request.email = u"concurrent.c%1.r%2@example.org"_s.arg(c).arg(r);
                request.reply = client.start(u"candidate.create"_s,
                                             {{u"name"_s, u"Concurrent %1 %2"_s.arg(c).arg(r)},
                                              {u"email"_s, request.email}});
                break;
            case 1:
                request.kind = u"note"_s;
                request.reply = client.start(
                    u"candidate.createNote"_s,
                    {{u"candidateId"_s, noteTarget}, {u"note"_s, u"note %1/%2"_s.arg(c).arg(r)}});
                break;
            case 2:
                request.kind = u"read"_s;
                request.reply = client.start(u"candidate.list"_s, {{u"limit"_s, 20}});
                break;
            default:
                request.kind = u"read"_s;
                request.reply = client.start(u"job.list"_s);
                break;
            }
            requests.push_back(request);
        }
    }

    int creates = 0;
    int notes = 0;
    QStringList emails;
    for (const Request &request : requests) {
        const ApiReply reply = request.client->wait(request.reply);
        requireSuccess(reply);
        if (request.kind == u"create"_s) {
            ++creates;
            emails << request.email;
            CHECK(reply.resultObject().value(u"primaryEmailAddress"_s).toObject().value(u"value"_s)
                  == QJsonValue(request.email));
        } else if (request.kind == u"note"_s) {
            ++notes;
        } else {
            CHECK_FALSE(reply.resultArray().isEmpty());
        }
    }
    REQUIRE(creates + notes > 0);

    // Afterwards every write is visible.
    const QJsonArray candidates = walkAll(admin, u"candidate.list"_s).records;
    CHECK(candidates.size() == candidatesBefore + 1 + creates);
    CHECK(idSet(candidates).size() == candidates.size());
    for (const QString &email : emails) {
        INFO(email.toStdString());
        CHECK(results(admin, u"candidate.search"_s, {{u"email"_s, email}}).toArray().size() == 1);
    }
    const QJsonArray stored =
        walkAll(admin, u"candidate.listNotes"_s, {{u"candidateId"_s, noteTarget}}).records;
    CHECK(stored.size() == notes);
}
