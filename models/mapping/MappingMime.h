#pragma once

#include <QMimeData>
#include <QString>
#include <QStringList>

namespace Tessera::MappingMime {

// Source field ids (SourceFieldsModel) and target field ids (MappingModel) being dragged, one
// id per line.
inline QString sourceFields() { return QStringLiteral("application/x-tessera-source-fields"); }
inline QString targetFields() { return QStringLiteral("application/x-tessera-target-fields"); }

inline QMimeData *encode(const QString &format, const QStringList &ids)
{
    auto *data = new QMimeData;
    data->setData(format, ids.join(QLatin1Char('\n')).toUtf8());
    data->setText(ids.join(QLatin1Char('\n')));
    return data;
}

inline QStringList decode(const QMimeData *data, const QString &format)
{
    if (!data || !data->hasFormat(format))
        return {};
    return QString::fromUtf8(data->data(format)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace Tessera::MappingMime
