#pragma once

namespace Tessera {

// Where a model that loads itself from the backend stands.
enum class LoadState { Idle, Loading, Ready, Failed };

} // namespace Tessera
