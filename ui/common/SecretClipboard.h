#pragma once

#include <chrono>

class QString;

namespace Tessera {

// Puts a secret on the clipboard and clears it after `clearAfter`, but only if the clipboard
// still holds that copy (the user may have copied something else meanwhile). The clipboard gets
// a copy of its own, which is overwritten when it is cleared; a wipe of the field it came from
// does not reach it, so it can still be pasted after the field is gone.
namespace SecretClipboard {

inline constexpr std::chrono::milliseconds defaultClearAfter{30'000};

void copy(const QString &secret, std::chrono::milliseconds clearAfter = defaultClearAfter);
// Clears the clipboard now if it still holds the last secret copied through here.
void clearNow();

} // namespace SecretClipboard
} // namespace Tessera
