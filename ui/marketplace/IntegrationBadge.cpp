#include "IntegrationBadge.h"

#include <QColor>

namespace Tessera::IntegrationBadge {

StatusPalette::Status status(Integration::State state)
{
    switch (state) {
    case Integration::State::Enabled: return StatusPalette::Status::Ok;
    case Integration::State::NeedsAttention: return StatusPalette::Status::Attention;
    case Integration::State::NotInPlan: return StatusPalette::Status::Unavailable;
    case Integration::State::Available: return StatusPalette::Status::InProgress;
    }
    return StatusPalette::Status::Unavailable;
}

QString symbol(Integration::State state)
{
    switch (state) {
    case Integration::State::Enabled: return QStringLiteral("✓");
    case Integration::State::NeedsAttention: return QStringLiteral("⚠");
    case Integration::State::NotInPlan: return QStringLiteral("🔒");
    case Integration::State::Available: return QStringLiteral("+");
    }
    return {};
}

QColor monogramColor(const QString &integrationId)
{
    static const QColor colours[] = {QColor(0x5b, 0x4b, 0xdb), QColor(0x0f, 0x7b, 0x8a),
                                     QColor(0xb4, 0x48, 0x1e), QColor(0x2f, 0x7d, 0x32),
                                     QColor(0x8e, 0x24, 0xaa), QColor(0x1f, 0x5f, 0xbf)};
    return colours[qHash(integrationId) % std::size(colours)];
}

} // namespace Tessera::IntegrationBadge
