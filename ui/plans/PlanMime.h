#pragma once

#include <QMimeData>
#include <QString>

namespace Tessera::PlanMime {

// A palette item (PaletteItem::key()) or an activity id being dragged onto a stage.
inline QString paletteItem() { return QStringLiteral("application/x-tessera-plan-palette-item"); }
inline QString activity() { return QStringLiteral("application/x-tessera-plan-activity"); }

inline QMimeData *encode(const QString &format, const QString &id)
{
    auto *data = new QMimeData;
    data->setData(format, id.toUtf8());
    return data;
}

inline QString decode(const QMimeData *data, const QString &format)
{
    if (!data || !data->hasFormat(format))
        return {};
    return QString::fromUtf8(data->data(format));
}

} // namespace Tessera::PlanMime
