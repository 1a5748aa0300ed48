#pragma once

#include <QMimeData>
#include <QString>
#include <QStringList>

namespace Tessera::DragIds {

// Ids being dragged (source fields, target fields, palette items, activities), one per line
// under an editor's own MIME format (MappingMime, PlanMime name them). `asText` also offers
// them as plain text, for drops into text fields.
enum class AsText { No, Yes };

inline QMimeData *encode(const QString &format, const QStringList &ids, AsText asText = AsText::No)
{
    auto *data = new QMimeData;
    data->setData(format, ids.join(QLatin1Char('\n')).toUtf8());
    if (asText == AsText::Yes)
        data->setText(ids.join(QLatin1Char('\n')));
    return data;
}

inline QStringList decode(const QMimeData *data, const QString &format)
{
    if (!data || !data->hasFormat(format))
        return {};
    return QString::fromUtf8(data->data(format)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace Tessera::DragIds
