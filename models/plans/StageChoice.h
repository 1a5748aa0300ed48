#pragma once

#include <QString>

namespace Tessera {

// A stage an admin can pick, with the plan it belongs to ("Offer — Engineering interview plan").
struct StageChoice
{
    QString id;
    QString title;
    QString planTitle;
};

} // namespace Tessera
