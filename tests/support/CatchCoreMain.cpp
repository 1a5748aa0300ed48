// Catch2's runner for tests that need an event loop but no GUI: a QCoreApplication lives for
// the whole session, and shared sandboxes are stopped before it goes away.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "SandboxProcess.h"

#include <QCoreApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    const int result = Catch::Session().run(argc, argv);
    Tessera::Test::stopSharedSandboxes();
    return result;
}
