#include "IntegrationCategory.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

QString IntegrationCategory::glyphPath(const QString &category)
{
    if (category == u"Contracts"_s)
        return u":/icons/categories/contract.svg"_s;
    if (category == u"Video interviews"_s)
        return u":/icons/categories/video.svg"_s;
    if (category == u"HRIS"_s)
        return u":/icons/categories/people.svg"_s;
    if (category == u"Onboarding"_s)
        return u":/icons/categories/onboarding.svg"_s;
    if (category == u"Background checks"_s)
        return u":/icons/categories/shield.svg"_s;
    return u":/icons/views/marketplace.svg"_s;
}

QIcon IntegrationCategory::glyph(const QString &category)
{
    return QIcon(glyphPath(category));
}

QString IntegrationCategory::displayName(const QString &category)
{
    if (category == u"Contracts"_s)
        return tr("Contracts");
    if (category == u"Video interviews"_s)
        return tr("Video interviews");
    if (category == u"HRIS"_s)
        return tr("HRIS", "category: HR information systems");
    if (category == u"Onboarding"_s)
        return tr("Onboarding");
    if (category == u"Background checks"_s)
        return tr("Background checks");
    return category;
}

} // namespace Tessera
