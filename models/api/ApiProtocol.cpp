#include "ApiProtocol.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Protocol {

QJsonObject successEnvelope(const QJsonValue &results)
{
    return QJsonObject{{u"success"_s, true}, {u"results"_s, results}};
}

QJsonObject errorEnvelope(const QString &code, const QString &message, const QString &requestId,
                          const QJsonObject &meta)
{
    QJsonObject info{{u"code"_s, code}, {u"message"_s, message}, {u"requestId"_s, requestId}};
    if (!meta.isEmpty())
        info.insert(u"meta"_s, meta);
    return QJsonObject{{u"success"_s, false},
                       {u"errorInfo"_s, info},
                       {u"errors"_s, QJsonArray{code}}};
}

QByteArray basicAuthorization(const QString &apiKey)
{
    return "Basic " + QByteArray(apiKey.toUtf8() + ':').toBase64();
}

std::optional<QString> apiKeyFromAuthorization(const QByteArray &headerValue)
{
    const QByteArray trimmed = headerValue.trimmed();
    if (trimmed.size() < 6 || trimmed.left(6).toLower() != "basic ") // schemes ignore case
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(trimmed.mid(6).trimmed(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QByteArray credentials = *decoded;
    const qsizetype colon = credentials.indexOf(':');
    const QByteArray user = colon < 0 ? credentials : credentials.left(colon);
    if (user.isEmpty())
        return std::nullopt;
    return QString::fromUtf8(user);
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false; // the length of a key or signature format is no secret
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace Tessera::Protocol
