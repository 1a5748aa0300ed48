// Catch2's runner for widget tests: a QApplication lives for the whole session, and shared
// sandboxes are stopped before it goes away. Without a platform chosen (ctest sets offscreen;
// catch_discover_tests lists the tests at build time without it) it uses Qt's offscreen one.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "SandboxProcess.h"

#include <QApplication>
#include <QLocale>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Tests compare formatted numbers and dates: one locale, whatever the machine's.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const int result = Catch::Session().run(argc, argv);
    Tessera::Test::stopSharedSandboxes();
    return result;
}
