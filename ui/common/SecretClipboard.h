#pragma once

#include <chrono>

class QString;

namespace Tessera {

// Puts a secret on the clipboard and clears it after `clearAfter`, but only if the clipboard
// still holds that secret (the user may have copied something else meanwhile).
namespace SecretClipboard {

inline constexpr std::chrono::milliseconds defaultClearAfter{30'000};

void copy(const QString &secret, std::chrono::milliseconds clearAfter = defaultClearAfter);

} // namespace SecretClipboard
} // namespace Tessera
