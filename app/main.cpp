// tessera: the admin console. Command line: see README.md.
#include "app/Appearance.h"
#include "app/capture/CaptureRunner.h"
#include "ConsoleController.h"
#include "Translations.h"

#include "models/secrets/SecretStore.h"
#include "models/session/BackendUrl.h"
#include "models/settings/Settings.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>

#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;

namespace {
// --startup-probe (for scripts/bench): prints "first-paint <ms since main()>" when the first
// widget of the main window paints, then quits.
class FirstPaintProbe final : public QObject
{
public:
    FirstPaintProbe(const QElapsedTimer &clock, QObject *parent)
        : QObject(parent)
        , m_clock(clock)
    {
    }
    QWidget *window = nullptr;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (event->type() == QEvent::Paint && window && widget && widget->window() == window) {
            QTextStream(stdout) << "first-paint " << m_clock.nsecsElapsed() / 1e6 << Qt::endl;
            qApp->removeEventFilter(this);
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer m_clock;
};
} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
#ifdef __GLIBC__
    // Pages are parsed and decoded on worker threads; glibc's default of one malloc arena per
    // thread keeps ~30 MB of their freed memory resident. Two arenas are plenty here.
    if (!qEnvironmentVariableIsSet("MALLOC_ARENA_MAX"))
        mallopt(M_ARENA_MAX, 2);
#endif
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"tessera"_s);
    QApplication::setApplicationDisplayName(u"Tessera"_s);
    QApplication::setOrganizationName(u"Tessera"_s);
    QApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));

    QApplication::setDesktopFileName(u"org.tessera.Tessera"_s);
    QApplication::setWindowIcon(QIcon::fromTheme(u"org.tessera.Tessera"_s,
                                                 QIcon(u":/icons/app/tessera.svg"_s)));

    // Parsed before the translator is installed (--lang picks it), so the help is English.
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Admin console for ATS partner integrations.\n"
        "\n"
        "Without options Tessera connects to the backend used last; on the first run it asks\n"
        "whether to try the local sandbox or to connect to a backend. API keys live only in the\n"
        "system keychain (Secret Service: gnome-keyring or KWallet).\n"
        "\n"
        "Exit status: 0 on success; 1 for an unknown option or a failed --capture; 2 when the\n"
        "--backend address is not valid.\n"
        "Qt's own options (-platform, -style, ...) are listed by --help-all."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"sandbox"_s,
         u"Start the embedded sandbox on 127.0.0.1 (data in the user's app-data directory, demo "
         "seed on the first run) and connect to it. Wins over --backend."_s},
        {u"demo"_s,
         u"Like --sandbox, in a separate demo profile (its own settings and sandbox data) where "
         "every integration is already set up against its simulated partner: Justifacts on the "
         "Background Check stage, Juro workflows, Willo on a Phone Screen, Sora, Humaans."_s},
        {u"backend"_s,
         u"Connect to the backend at URL, e.g. https://ats.example.com (API key from the "
         "keychain, or asked for). Other machines need https unless an insecure connection is "
         "explicitly allowed."_s,
         u"URL"_s},
        {u"lang"_s,
         u"User-interface language for this run: en, or the code of an embedded translation "
         "such as de (default: the one chosen in Settings, else the system's)."_s,
         u"CODE"_s},
        {u"capture"_s,
         u"Render every main view at 1280x800 into DIR/<view>.png once loaded; on the sandbox "
         "also enable every integration through its wizard, saving each page as "
         "DIR/wizard-<partner>-<n>.png; then exit."_s,
         u"DIR"_s},
        {u"no-cache"_s, u"Neither use nor write the local candidate cache in this run."_s},
        {u"palette"_s,
         u"Colours for this run: light, dark or system (default: the one chosen in Settings, "
         "else the system's)."_s,
         u"NAME"_s},
    });
    QCommandLineOption startupProbe(u"startup-probe"_s, u"Print the time to the first paint."_s);
    startupProbe.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(startupProbe);
    parser.process(app);
    if (parser.isSet(u"demo"_s)) // before anything reads settings or app data
        QApplication::setApplicationName(u"tessera-demo"_s);

    Settings settings;
    Translations::use(app, parser.isSet(u"lang"_s) ? parser.value(u"lang"_s) : settings.language());
    Appearance::apply(parser.isSet(u"palette"_s) ? parser.value(u"palette"_s)
                                                 : settings.appearance());
    QObject::connect(&settings, &Settings::appearanceChanged, &app, &Appearance::apply);
    if (parser.isSet(u"no-cache"_s))
        settings.turnOffCandidateCacheForSession();
    SecretStore secrets(&settings);

    ConsoleController::Options options;
    options.sandbox = parser.isSet(u"sandbox"_s) || parser.isSet(u"demo"_s);
    options.sandboxEnableAll = parser.isSet(u"demo"_s);
    if (parser.isSet(u"backend"_s)) {
        options.backendUrl = BackendUrl::parse(parser.value(u"backend"_s));
        if (!options.backendUrl.isValid() || options.backendUrl.host().isEmpty()) {
            QTextStream(stderr) << "tessera: --backend needs an address like https://ats.example.com\n";
            return 2;
        }
    }

    ConsoleController console(&settings, &secrets);
    if (parser.isSet(startupProbe)) {
        auto *probe = new FirstPaintProbe(sinceMain, &app);
        probe->window = console.window();
        app.installEventFilter(probe);
    }
    int exitCode = 0;
    if (parser.isSet(u"capture"_s)) {
        options.sandboxDeliveries = 20'000; // the dashboard's charts show a month of history
        auto *capture = new CaptureRunner(&console, parser.value(u"capture"_s), &console);
        QObject::connect(capture, &CaptureRunner::done, &app, [&exitCode](int code) {
            exitCode = code;
            QCoreApplication::exit(code);
        });
    } else {
        QObject::connect(&console, &ConsoleController::fatalError, &app,
                         [&console](const QString &message) {
                             QMessageBox::critical(console.window(), QObject::tr("Tessera"), message);
                         });
    }
    console.start(options);
    const int result = QApplication::exec();
    settings.sync();
    return exitCode ? exitCode : result;
}
