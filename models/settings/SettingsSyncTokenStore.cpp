#include "SettingsSyncTokenStore.h"

#include "Settings.h"

namespace Tessera {

SettingsSyncTokenStore::SettingsSyncTokenStore(Settings *settings, QString backendId)
    : m_settings(settings)
    , m_backendId(std::move(backendId))
{
}

QString SettingsSyncTokenStore::syncToken(const QString &stream) const
{
    return m_settings ? m_settings->syncToken(m_backendId, stream) : QString();
}

void SettingsSyncTokenStore::setSyncToken(const QString &stream, const QString &token)
{
    if (m_settings)
        m_settings->setSyncToken(m_backendId, stream, token);
}

} // namespace Tessera
