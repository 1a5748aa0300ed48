#pragma once

#include "models/api/ApiError.h"
#include "models/core/LoadStatus.h"
#include "models/domain/ApiKey.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace Tessera {

class ApiCall;
class ApiClient;

// The backend's API keys that are not revoked (apiKey.list), oldest first. Creating a key
// hands its secret out exactly once, through created(); the model never keeps it.
class ApiKeysModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeysModel)
public:
    enum Column {
        TitleColumn, PartnerColumn, ScopesColumn, CreatedColumn, LastUsedColumn, UsedByColumn,
        ColumnCount
    };
    enum Role {
        ScopesRole = Qt::UserRole + 1, // QStringList of permission identifiers
        OwnKeyRole,                    // bool: the key this console itself uses
    };

    explicit ApiKeysModel(ApiClient *client, QObject *parent = nullptr);
    // The load state, last error and when the rows last arrived.
    LoadStatus *status() const { return m_status; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void load(); // a load still running is cancelled
    const ApiKey *key(int row) const;
    int rowOf(const QString &keyId) const;
    QString ownKeyId() const { return m_ownKeyId; } // empty until known

    // Results arrive as created()/createFailed(); one create at a time.
    void create(const QString &title, const QString &integrationPartner, const QStringList &scopes);
    bool isCreating() const { return !m_create.isNull(); }
    void revoke(const QString &keyId);

    // "—" when the backend does not report who uses a key, "Nobody" when nobody does.
    static QString usedByText(const ApiKey &key);

Q_SIGNALS:
    void created(const Tessera::ApiKey &key, const QString &secret);
    void createFailed(const Tessera::ApiError &error);
    void revoked(const QString &keyId);
    void revokeFailed(const QString &keyId, const Tessera::ApiError &error);

private:
    void setKeys(QList<ApiKey> keys);
    void loadOwnKeyId();

    LoadStatus *m_status;
    QPointer<ApiClient> m_client;
    QPointer<ApiCall> m_load;
    QPointer<ApiCall> m_create;
    QList<ApiKey> m_keys;
    QString m_ownKeyId;
};

} // namespace Tessera
