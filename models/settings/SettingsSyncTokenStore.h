#pragma once

#include "models/api/SyncTokenStore.h"

#include <QPointer>

namespace Tessera {

class Settings;

// The sync tokens of one backend, kept in Settings so incremental syncs survive a restart.
class SettingsSyncTokenStore final : public SyncTokenStore
{
public:
    SettingsSyncTokenStore(Settings *settings, QString backendId);

    QString syncToken(const QString &stream) const override;
    void setSyncToken(const QString &stream, const QString &token) override;

private:
    QPointer<Settings> m_settings;
    QString m_backendId;
};

} // namespace Tessera
