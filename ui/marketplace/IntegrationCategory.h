#pragma once

#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace Tessera {

// What the console shows for an integration's category. The backend sends the category as a
// stable English key ("Contracts"); its glyph and its words in the user's language come from
// here, so a new partner in a known category needs no change.
class IntegrationCategory final
{
    Q_DECLARE_TR_FUNCTIONS(IntegrationCategory)
public:
    // ":/icons/categories/contract.svg" …; the marketplace icon for a category we do not know.
    static QString glyphPath(const QString &category);
    static QIcon glyph(const QString &category);
    // "Verträge" for "Contracts" in German; an unknown category as the backend names it.
    static QString displayName(const QString &category);
};

} // namespace Tessera
