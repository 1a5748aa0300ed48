// tessera-sandbox: the standalone local backend (see README.md and docs/API.md).
#include "Sandbox.h"
#include "sandbox/seed/DemoData.h"
#include "sandbox/server/ApiProfile.h"
#include "SignalWatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using Tessera::Sandbox::Sandbox;
using Tessera::Sandbox::SandboxOptions;

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

bool parseRate(const QCommandLineParser &parser, const QString &option, double &rate)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    rate = parser.value(option).toDouble(&ok);
    if (ok && rate >= 0 && rate <= 1)
        return true;
    err() << "tessera-sandbox: --" << option << " takes a share between 0 and 1\n";
    return false;
}

bool parseCount(const QCommandLineParser &parser, const QString &option, int &value, int minimum)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    value = parser.value(option).toInt(&ok);
    if (ok && value >= minimum)
        return true;
    err() << "tessera-sandbox: --" << option << " takes a whole number >= " << minimum << "\n";
    return false;
}

bool parseListen(const QString &text, SandboxOptions &options)
{
    const qsizetype colon = text.lastIndexOf(u':');
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (colon <= 0 || !ok || port > 65535 || !options.address.setAddress(host)) {
        err() << "tessera-sandbox: --listen takes HOST:PORT with a numeric address, e.g. "
                 "127.0.0.1:8787\n";
        return false;
    }
    options.port = static_cast<quint16>(port);
    return true;
}

bool parseTimeScale(const QCommandLineParser &parser, double &scale)
{
    if (!parser.isSet(u"time-scale"_s))
        return true;
    bool ok = false;
    scale = parser.value(u"time-scale"_s).toDouble(&ok);
    if (ok && scale > 0 && scale <= 1000)
        return true;
    err() << "tessera-sandbox: --time-scale takes a factor above 0 and at most 1000, e.g. 0.001\n";
    return false;
}

bool parseProfile(const QCommandLineParser &parser, QString &profile)
{
    profile = parser.value(u"profile"_s);
    if (Tessera::Sandbox::ApiProfile::names().contains(profile))
        return true;
    err() << "tessera-sandbox: --profile takes "
          << Tessera::Sandbox::ApiProfile::names().join(u" or "_s) << ", not \"" << profile
          << "\"\n";
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"tessera-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A local backend that speaks the Ashby-style ATS API of docs/API.md."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"listen"_s, u"Address to listen on (port 0 picks a free port)."_s, u"HOST:PORT"_s,
         u"127.0.0.1:8787"_s},
        {u"data"_s, u"Directory for the SQLite database and admin.key."_s, u"DIR"_s},
        {u"seed"_s, u"Seed an empty store: \"demo\"."_s, u"NAME"_s},
        {u"candidates"_s, u"Candidates in the demo seed (default 2000)."_s, u"N"_s},
        {u"jobs"_s,
         u"Jobs in the demo seed: its own 25 and numbered open copies of them up to N "
         "(default 25)."_s,
         u"N"_s},
        {u"enable-all"_s,
         u"With --seed demo on a new data directory: enable and configure every integration "
         "against its partner stand-in, with demo Juro workflows and a Justifacts package on "
         "the first plan's Background Check stage."_s},
        {u"deliveries"_s,
         u"Seed N historical webhook deliveries over the last 30 days into an empty delivery "
         "log (default 0)."_s,
         u"N"_s},
        {u"plan"_s, u"Organisation plan: Foundations, Plus, Enterprise, \"Legacy Plus\"."_s,
         u"NAME"_s},
        {u"fault-latency-ms"_s, u"Delay every answer by MS milliseconds."_s, u"MS"_s},
        {u"fault-5xx-rate"_s, u"Share of requests answered 503."_s, u"SHARE"_s},
        {u"fault-429-rate"_s, u"Share of requests answered 429 with Retry-After."_s, u"SHARE"_s},
        {u"fault-malformed-rate"_s, u"Share of requests answered with a truncated body."_s,
         u"SHARE"_s},
        {u"fault-drop-rate"_s, u"Share of connections closed without an answer."_s, u"SHARE"_s},
        {u"fault-retry-after"_s, u"Retry-After seconds on injected 429s (default 1)."_s, u"S"_s},
        {u"fault-seed"_s, u"Seed of the fault generator (default 1)."_s, u"N"_s},
        {u"rate-limit"_s, u"Requests per second allowed per key (default unlimited)."_s, u"N"_s},
        {u"time-scale"_s, u"Multiply webhook retry delays and timeouts by F (default 1)."_s,
         u"F"_s},
        {u"max-body-bytes"_s,
         u"Answer 413 to a request body over N bytes, unread (default 1048576)."_s, u"N"_s},
        {u"profile"_s,
         u"Methods served: \"full\" (default, every method of docs/API.md) or \"ashby\" "
         "(only Ashby's public API; extensions answer unknown_method)."_s,
         u"NAME"_s, u"full"_s},
        {u"reset-secrets"_s,
         u"Drop the stored secrets that the data key (DIR/data.key) no longer opens: webhook "
         "secret tokens (their webhooks are disabled), partner credentials and what the partner "
         "stand-ins hold. Then exit; the next start makes a new data key."_s},
    });
    parser.process(app);

    SandboxOptions options;
    options.dataDir = parser.value(u"data"_s);
    if (parser.isSet(u"reset-secrets"_s)) {
        const QString dir = options.dataDir.isEmpty() ? Sandbox::defaultDataDir() : options.dataDir;
        QString error;
        const int changed = Sandbox::resetSecrets(dir, error);
        if (changed < 0) {
            err() << "tessera-sandbox: " << error << "\n";
            return 1;
        }
        std::printf("tessera-sandbox: dropped the secrets of %d records in %s; enter them again "
                    "(webhook secret tokens, integration credentials) once the sandbox runs.\n",
                    changed, qPrintable(dir));
        return 0;
    }
    options.seed = parser.value(u"seed"_s);
    options.plan = parser.value(u"plan"_s);
    options.enableAll = parser.isSet(u"enable-all"_s);
    auto &faults = options.faults;
    int faultSeed = 1;
    int maxBodyBytes = int(options.maxBodyBytes);
    if (!parseListen(parser.value(u"listen"_s), options)
        || !parseCount(parser, u"candidates"_s, options.candidates, 0)
        || !parseCount(parser, u"jobs"_s, options.jobs, int(Tessera::Sandbox::DemoData::jobs().size()))
        || !parseCount(parser, u"deliveries"_s, options.deliveries, 0)
        || !parseCount(parser, u"fault-latency-ms"_s, faults.latencyMs, 0)
        || !parseCount(parser, u"fault-retry-after"_s, faults.retryAfterSeconds, 0)
        || !parseCount(parser, u"fault-seed"_s, faultSeed, 0)
        || !parseCount(parser, u"rate-limit"_s, faults.rateLimitPerSecond, 0)
        || !parseRate(parser, u"fault-5xx-rate"_s, faults.serverErrorRate)
        || !parseRate(parser, u"fault-429-rate"_s, faults.rateLimitRate)
        || !parseRate(parser, u"fault-malformed-rate"_s, faults.malformedRate)
        || !parseRate(parser, u"fault-drop-rate"_s, faults.dropRate)
        || !parseTimeScale(parser, options.timeScale)
        || !parseProfile(parser, options.profile)
        || !parseCount(parser, u"max-body-bytes"_s, maxBodyBytes, 1))
        return 2;
    options.faultSeed = static_cast<quint32>(faultSeed);
    options.maxBodyBytes = maxBodyBytes;

    Tessera::Sandbox::SignalWatcher signals;
    QObject::connect(&signals, &Tessera::Sandbox::SignalWatcher::terminationRequested, &app,
                     [] { QCoreApplication::quit(); });

    Sandbox sandbox;
    if (!sandbox.start(options)) {
        err() << "tessera-sandbox: " << sandbox.errorString() << "\n";
        return 1;
    }
    const QUrl url = sandbox.baseUrl();
    std::printf("tessera-sandbox listening on http://%s:%d\n",
                qPrintable(options.address.protocol() == QAbstractSocket::IPv6Protocol
                               ? u'[' + url.host() + u']'
                               : url.host()),
                url.port());
    std::fflush(stdout);
    return QCoreApplication::exec();
}
