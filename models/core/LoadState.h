#pragma once

namespace Tessera {

// Where a model that loads itself from the backend stands.
enum class LoadState { Idle, Loading, Ready, Failed };

// Stores `next` in `current`; true when that changed it, so the caller emits its signal once.
template<typename State>
bool assignState(State &current, State next)
{
    if (current == next)
        return false;
    current = next;
    return true;
}

} // namespace Tessera
