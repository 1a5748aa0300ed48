#pragma once

// Gives a test the embedded sandbox to itself (header-only).
#include <QByteArray>
#include <QDir>
#include <QList>
#include <QTemporaryDir>
#include <QtGlobal>

namespace Tessera::Test {

// Points HOME (the tests run QStandardPaths in test mode, under ~/.qttest) and the XDG folders
// at a throwaway directory while it lives: a ConsoleOnSandbox made after
// it starts a fresh embedded sandbox, which neither sees what earlier tests created (the app
// tests' wizard tour leaves integrations and webhooks behind) nor leaves anything for later ones.
struct OwnSandboxData
{
    OwnSandboxData()
    {
        for (const char *name : names) {
            saved << qgetenv(name);
            QDir(directory.path()).mkpath(QLatin1String(name));
            qputenv(name, directory.filePath(QLatin1String(name)).toLocal8Bit());
        }
    }
    ~OwnSandboxData()
    {
        for (qsizetype i = 0; i < saved.size(); ++i)
            qputenv(names[i], saved[i]);
    }
    Q_DISABLE_COPY_MOVE(OwnSandboxData)

    static constexpr const char *names[] = {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME",
                                            "XDG_CACHE_HOME"};
    QTemporaryDir directory;
    QList<QByteArray> saved;
};

} // namespace Tessera::Test
