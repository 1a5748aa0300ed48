#pragma once

#include "LoadState.h"
#include "models/api/ApiError.h"

#include <QDateTime>
#include <QObject>

namespace Tessera {

// Where something that loads itself from the backend stands: its state, the last error and
// when it last loaded. Every store and self-loading model owns one, so views read the state,
// the error and "Updated 12 s ago" the same way everywhere.
class LoadStatus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadStatus)
public:
    explicit LoadStatus(QObject *parent = nullptr);

    LoadState state() const { return m_state; }
    bool isLoading() const { return m_state == LoadState::Loading; }
    bool hasLoaded() const { return m_updatedAt.isValid(); }
    const ApiError &lastError() const { return m_lastError; }
    // When the data last arrived complete; invalid before the first success.
    QDateTime updatedAt() const { return m_updatedAt; }

    void begin();
    void succeed();
    void fail(const ApiError &error);
    void reset(); // back to Idle, forgetting the error (not when it last loaded)

Q_SIGNALS:
    void stateChanged(Tessera::LoadState state);

private:
    void setState(LoadState state);

    LoadState m_state = LoadState::Idle;
    ApiError m_lastError;
    QDateTime m_updatedAt;
};

} // namespace Tessera
