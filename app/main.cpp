// tessera: the admin console. Command line: see README.md.
#include "SandboxHost.h"
#include "Translations.h"

#include "api/ApiClient.h"
#include "session/BackendSession.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"tessera"_s);
    QApplication::setApplicationDisplayName(u"Tessera"_s);
    QApplication::setOrganizationName(u"Tessera"_s);
    QApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Admin console for ATS partner integrations."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"sandbox"_s, u"Start the embedded sandbox and connect to it."_s},
        {u"lang"_s, u"User-interface language, e.g. de (default: the system's)."_s, u"CODE"_s},
    });
    parser.process(app);
    Translations::install(app, parser.value(u"lang"_s));

    QNetworkAccessManager network;
    SandboxHost sandbox(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                        + u"/sandbox"_s);
    ApiClient client(&network, {}, {});
    BackendSession session(&client);
    MainWindow window(&session);
    window.show();

    QObject::connect(&sandbox, &SandboxHost::failed, &window, [&window](const QString &message) {
        QMessageBox::critical(&window, QObject::tr("Sandbox"),
                              QObject::tr("The embedded sandbox could not start: %1").arg(message));
    });
    QObject::connect(&sandbox, &SandboxHost::started, &sandbox, [&sandbox] {
        sandbox.createAdminKey(u"Tessera console (embedded sandbox)"_s);
    });
    QObject::connect(&sandbox, &SandboxHost::adminKeyCreated, &session,
                     [&sandbox, &network, &session, &client](const QString &secret) {
        Q_UNUSED(network)
        client.setBaseUrl(sandbox.baseUrl());
        client.setApiKey(secret);
        session.connectToBackend();
    });
    sandbox.start();
    return QApplication::exec();
}
