#pragma once

#include <QString>

namespace Tessera {

class CandidatesView;

// The candidate's Offers tab with one offer selected, for the offer scenes.
namespace OfferTab {

constexpr int index = 2; // the candidate's tabs: Applications, Notes, Offers, …

// Selects the offer's row once the candidate's detail has it; false until then.
bool select(CandidatesView *view, const QString &offerId);

} // namespace OfferTab
} // namespace Tessera
