#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Tessera {

// The permission identifiers a key can hold (docs/API.md §1.8), with readable labels, and the
// presets the key dialog offers.
class Permissions final
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)
public:
    enum class Preset { ReadAll, WriteAll, ReadWriteAll, Custom };

    static const QStringList &all(); // in the order of §1.8
    static bool isWrite(const QString &permission);
    static QString label(const QString &permission); // "Candidates: read"; unknown ids as given
    static QStringList scopesOf(Preset preset);      // empty for Custom
    static Preset presetOf(const QStringList &scopes); // Custom when it matches no preset
    static QString presetName(Preset preset);
    // "Read all", "Read and write all", or "3 permissions" for the table.
    static QString summary(const QStringList &scopes);
};

} // namespace Tessera
