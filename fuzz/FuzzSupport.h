#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

// Shared by every libFuzzer target in fuzz/: one QCoreApplication per process (QSettings,
// QSqlDatabase and timers want one) and no Qt log output (a warning per input would dominate
// the run time and the terminal).
namespace Tessera::Fuzz {

inline void startQt(int *argc, char ***argv)
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &text) {
        if (type == QtFatalMsg) { // a Q_ASSERT or qFatal in our code is a finding: abort loudly
            fprintf(stderr, "qFatal: %s\n", qPrintable(text));
            std::abort();
        }
    });
    static QCoreApplication app(*argc, *argv);
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Splits the input at the first '\n': the head (without it) and the rest.
inline std::pair<QByteArray, QByteArray> splitLine(const QByteArray &input)
{
    const qsizetype newline = input.indexOf('\n');
    if (newline < 0)
        return {input, {}};
    return {input.left(newline), input.mid(newline + 1)};
}

// Stops the process with a message when an invariant the target checks does not hold: libFuzzer
// reports it as a crash and saves the input.
inline void require(bool condition, const char *what)
{
    if (!condition) {
        fprintf(stderr, "fuzz invariant failed: %s\n", what);
        std::abort();
    }
}

} // namespace Tessera::Fuzz

#define TESSERA_FUZZ_INIT                                                                       \
    extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)                                 \
    {                                                                                           \
        Tessera::Fuzz::startQt(argc, argv);                                                     \
        return 0;                                                                               \
    }
