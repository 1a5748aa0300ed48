#pragma once

#include "models/api/ApiError.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;

namespace Tessera {

class ApiClient;

// Checks an address and key before they are saved: apiKey.info proves the key works and tells
// its title and permissions; organization.info (when the backend has it) names the organisation.
class ConnectionProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionProbe)
public:
    struct Result
    {
        QString keyTitle;
        QStringList scopes;
        QString organizationName; // empty when the backend has no organization.info
        bool isSandbox = false;
    };

    explicit ConnectionProbe(QNetworkAccessManager *network, QObject *parent = nullptr);

    void probe(const QUrl &baseUrl, const QString &apiKey);
    void cancel();
    bool isRunning() const { return m_client != nullptr; }

Q_SIGNALS:
    void succeeded(const Tessera::ConnectionProbe::Result &result);
    void failed(const Tessera::ApiError &error);

private:
    void fetchOrganization();
    void finish();

    QNetworkAccessManager *m_network;
    ApiClient *m_client = nullptr;
    Result m_result;
};

} // namespace Tessera
