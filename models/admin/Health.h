#pragma once

namespace Tessera {

// What a status cell of the admin models means, for the views to colour (HealthRole): the
// words are in DisplayRole.
enum class Health { Unknown, Ok, Failing, Off };

} // namespace Tessera
