#include "TestClient.h"

#include <QNetworkProxy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Test {

namespace {
const char *const methodProperty = "tesseraMethod";
}

bool ApiReply::isSuccess() const
{
    return json.isObject() && envelope().value(u"success"_s) == QJsonValue(true);
}

QString ApiReply::errorCode() const
{
    return envelope().value(u"errorInfo"_s).toObject().value(u"code"_s).toString();
}

QString ApiReply::errorMessage() const
{
    return envelope().value(u"errorInfo"_s).toObject().value(u"message"_s).toString();
}

std::string ApiReply::describe() const
{
    QString text = method + u": "_s;
    if (!finished)
        text += u"no answer in time; "_s;
    text += u"HTTP %1"_s.arg(httpStatus);
    if (networkError != QNetworkReply::NoError)
        text += u", network error %1 (%2)"_s.arg(int(networkError)).arg(networkErrorString);
    if (parseError)
        text += u", body is not JSON (%1)"_s.arg(*parseError);
    text += u", body: "_s + QString::fromUtf8(body.left(600));
    return text.toStdString();
}

TestClient::TestClient(QUrl baseUrl, QString apiKey)
    : m_baseUrl(std::move(baseUrl))
    , m_apiKey(std::move(apiKey))
{
    m_manager.setProxy(QNetworkProxy::NoProxy); // never route 127.0.0.1 through $http_proxy
}

QByteArray TestClient::authorization() const
{
    return "Basic " + QByteArray(m_apiKey.toUtf8() + ':').toBase64();
}

QNetworkRequest TestClient::request(const QString &method) const
{
    QUrl url = m_baseUrl;
    url.setPath(u'/' + method);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(m_timeoutMs);
    return request;
}

QNetworkReply *TestClient::start(const QString &method, const QJsonObject &body)
{
    QNetworkRequest request = this->request(method);
    request.setRawHeader("Authorization", authorization());
    QNetworkReply *reply =
        m_manager.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    reply->setProperty(methodProperty, method);
    return reply;
}

ApiReply TestClient::call(const QString &method, const QJsonObject &body)
{
    return wait(start(method, body));
}

ApiReply TestClient::postRaw(const QString &method, const QByteArray &body,
                             const std::optional<QByteArray> &authorization)
{
    QNetworkRequest request = this->request(method);
    if (authorization)
        request.setRawHeader("Authorization", *authorization);
    QNetworkReply *reply = m_manager.post(request, body);
    reply->setProperty(methodProperty, method);
    return wait(reply);
}

ApiReply TestClient::get(const QString &method)
{
    QNetworkRequest request = this->request(method);
    request.setRawHeader("Authorization", authorization());
    QNetworkReply *reply = m_manager.get(request);
    reply->setProperty(methodProperty, method);
    return wait(reply);
}

ApiReply TestClient::wait(QNetworkReply *reply)
{
    // The transfer timeout aborts a silent server; the extra margin only guards against a hang.
    const bool finished =
        QTest::qWaitFor([reply] { return reply->isFinished(); }, m_timeoutMs + 5'000);
    if (!finished)
        reply->abort();
    ApiReply result = collectReply(*reply);
    result.finished = finished;
    reply->deleteLater();
    return result;
}

ApiReply collectReply(QNetworkReply &reply)
{
    ApiReply result;
    result.finished = reply.isFinished();
    result.method = reply.property(methodProperty).toString();
    result.httpStatus = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.networkError = reply.error();
    if (result.networkError != QNetworkReply::NoError)
        result.networkErrorString = reply.errorString();
    for (const auto &[name, value] : reply.rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    result.body = reply.readAll();
    QJsonParseError error{};
    result.json = QJsonDocument::fromJson(result.body, &error);
    if (error.error != QJsonParseError::NoError)
        result.parseError = error.errorString();
    return result;
}

RawExchange exchangeRaw(const QUrl &baseUrl, const QByteArray &bytes, int waitMs)
{
    RawExchange exchange;
    QTcpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    socket.connectToHost(baseUrl.host(), quint16(baseUrl.port()));
    exchange.connected = socket.waitForConnected(5'000);
    if (!exchange.connected)
        return exchange;
    if (!bytes.isEmpty())
        socket.write(bytes);
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket,
                     [&socket, &exchange] { exchange.received += socket.readAll(); });
    exchange.closedByPeer = QTest::qWaitFor(
        [&socket] { return socket.state() == QAbstractSocket::UnconnectedState; }, waitMs);
    exchange.received += socket.readAll();
    socket.abort();
    return exchange;
}

QByteArray rawPostRequest(const QUrl &baseUrl, const QString &method, const QByteArray &body,
                          const QString &apiKey)
{
    QByteArray request = "POST /" + method.toUtf8() + " HTTP/1.1\r\n";
    request +=
        "Host: " + baseUrl.host().toUtf8() + ':' + QByteArray::number(baseUrl.port()) + "\r\n";
    request += "Authorization: Basic " + QByteArray(apiKey.toUtf8() + ':').toBase64() + "\r\n";
    request += "Content-Type: application/json\r\n";
    request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    request += body;
    return request;
}

} // namespace Tessera::Test
