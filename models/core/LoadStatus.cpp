#include "LoadStatus.h"

namespace Tessera {

LoadStatus::LoadStatus(QObject *parent)
    : QObject(parent)
{
}

void LoadStatus::begin()
{
    m_lastError = {};
    setState(LoadState::Loading);
}

void LoadStatus::succeed()
{
    m_lastError = {};
    m_updatedAt = QDateTime::currentDateTimeUtc();
    // A refresh that lands while Ready still tells listeners the data is new.
    if (m_state == LoadState::Ready)
        Q_EMIT stateChanged(m_state);
    setState(LoadState::Ready);
}

void LoadStatus::fail(const ApiError &error)
{
    m_lastError = error;
    setState(LoadState::Failed);
}

void LoadStatus::reset()
{
    m_lastError = {};
    setState(LoadState::Idle);
}

void LoadStatus::setState(LoadState state)
{
    if (assignState(m_state, state))
        Q_EMIT stateChanged(state);
}

} // namespace Tessera
