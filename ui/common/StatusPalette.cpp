#include "StatusPalette.h"

namespace Tessera::StatusPalette {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor color(Status status, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (status) {
    case Status::Ok: return dark ? QColor(0x56, 0xd3, 0x64) : QColor(0x1a, 0x7f, 0x37);
    case Status::Attention: return dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0x9a, 0x67, 0x00);
    case Status::Failing: return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xcf, 0x22, 0x2e);
    case Status::Unavailable: return palette.color(QPalette::Disabled, QPalette::WindowText);
    case Status::InProgress: return dark ? QColor(0x58, 0xa6, 0xff) : QColor(0x09, 0x69, 0xda);
    case Status::Available: return dark ? QColor(0xc9, 0xd1, 0xd9) : QColor(0x57, 0x60, 0x6a);
    }
    return palette.color(QPalette::WindowText);
}

QColor background(Status status, const QPalette &palette)
{
    QColor tint = color(status, palette);
    const QColor base = palette.color(QPalette::Base);
    const double share = 0.12;
    return QColor::fromRgbF(float(tint.redF() * share + base.redF() * (1 - share)),
                            float(tint.greenF() * share + base.greenF() * (1 - share)),
                            float(tint.blueF() * share + base.blueF() * (1 - share)));
}

QIcon icon(Status status)
{
    switch (status) {
    case Status::Ok: return QIcon(QStringLiteral(":/icons/status/ok.svg"));
    case Status::Attention: return QIcon(QStringLiteral(":/icons/status/attention.svg"));
    case Status::Failing: return QIcon(QStringLiteral(":/icons/status/failing.svg"));
    case Status::Unavailable: return QIcon(QStringLiteral(":/icons/status/unavailable.svg"));
    case Status::InProgress: return QIcon(QStringLiteral(":/icons/status/in-progress.svg"));
    case Status::Available: return QIcon(QStringLiteral(":/icons/status/available.svg"));
    }
    return {};
}

} // namespace Tessera::StatusPalette
