#include "OfferTab.h"

#include "models/candidates/CandidateDetail.h"
#include "models/candidates/OffersModel.h"
#include "models/core/LoadStatus.h"
#include "ui/candidates/CandidateDetailPane.h"
#include "ui/candidates/CandidateTabs.h"
#include "ui/candidates/CandidatesView.h"

#include <QTableView>

namespace Tessera::OfferTab {

bool select(CandidatesView *view, const QString &offerId)
{
    if (view->detail()->state() != LoadState::Ready)
        return false;
    CandidateTabs *tabs = view->detailPane()->tabs();
    const QList<Offer> &offers = view->detail()->offers()->offers();
    for (int row = 0; row < offers.size(); ++row)
        if (offers.at(row).id == offerId) {
            if (tabs->offersView()->currentIndex().row() != row)
                tabs->offersView()->setCurrentIndex(view->detail()->offers()->index(row, 0));
            return true;
        }
    return false;
}

} // namespace Tessera::OfferTab
