#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QJsonObject>

namespace Tessera::EnvelopeDecoder {

struct Decoded
{
    QJsonObject envelope;
    ApiError error;
};

// Maps an HTTP answer to the success envelope or an ApiError of the right kind. Pure and
// thread-safe, so large pages can be decoded on a worker thread.
Decoded decode(const QString &method, int httpStatus, const QByteArray &retryAfter,
               const QByteArray &body);

} // namespace Tessera::EnvelopeDecoder
