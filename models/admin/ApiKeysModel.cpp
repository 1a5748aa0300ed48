#include "ApiKeysModel.h"

#include "models/api/ApiCall.h"
#include "models/api/ApiClient.h"
#include "models/core/DecodeList.h"
#include "models/core/DisplayText.h"
#include "Permissions.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {

QStringList namesOf(const ApiKey &key)
{
    QStringList names;
    if (key.usedBy)
        for (const ApiKeyUser &user : *key.usedBy)
            names << (user.name.isEmpty() ? user.id : user.name);
    return names;
}

} // namespace

ApiKeysModel::ApiKeysModel(ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_status(new LoadStatus(this))
    , m_client(client)
{
}

int ApiKeysModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int ApiKeysModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ApiKeysModel::usedByText(const ApiKey &key)
{
    if (!key.usedBy)
        return tr("—");
    const QStringList names = namesOf(key);
    return names.isEmpty() ? tr("Nobody") : names.join(u", "_s);
}

QVariant ApiKeysModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApiKey &key = m_keys.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn: return key.title;
        case PartnerColumn:
            return key.integrationPartner.isEmpty() ? tr("—") : key.integrationPartner;
        case ScopesColumn: return Permissions::summary(key.scopes);
        case CreatedColumn: return DisplayText::dateTime(key.createdAt);
        case LastUsedColumn:
            if (!key.lastUsedKnown)
                return tr("—");
            return key.lastUsedAt.isValid() ? DisplayText::dateTime(key.lastUsedAt) : tr("Never");
        case UsedByColumn:
            if (key.id != m_ownKeyId)
                return usedByText(key);
            return (QStringList{tr("This console")} + namesOf(key)).join(u", "_s);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ScopesColumn) {
            QStringList labels;
            for (const QString &scope : key.scopes)
                labels << Permissions::label(scope);
            return labels.join(u'\n');
        }
        return data(index, Qt::DisplayRole);
    case ScopesRole: return key.scopes;
    case OwnKeyRole: return key.id == m_ownKeyId;
    default: return {};
    }
}

QVariant ApiKeysModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn: return tr("Title");
    case PartnerColumn: return tr("Partner");
    case ScopesColumn: return tr("Scopes");
    case CreatedColumn: return tr("Created");
    case LastUsedColumn: return tr("Last used");
    case UsedByColumn: return tr("Used by");
    default: return {};
    }
}

const ApiKey *ApiKeysModel::key(int row) const
{
    return row >= 0 && row < m_keys.size() ? &m_keys.at(row) : nullptr;
}

int ApiKeysModel::rowOf(const QString &keyId) const
{
    return indexOfId(m_keys, keyId);
}

void ApiKeysModel::load()
{
    delete m_load;
    if (!m_client) {
        m_status->reset();
        return;
    }
    m_status->begin();
    m_load = m_client->call(u"apiKey.list"_s, {{u"includeRevoked"_s, false}}, this);
    ApiCall *call = m_load;
    connect(call, &ApiCall::finished, this, [this, call] {
        if (call->error().isError()) {
            m_status->fail(call->error());
            return;
        }
        QList<ApiKey> keys;
        decodeList(call->results().toArray(), keys);
        setKeys(std::move(keys));
        m_status->succeed();
    });
    if (m_ownKeyId.isEmpty())
        loadOwnKeyId();
}

// Which key is the console's own, so revoking it can be warned about. Not knowing is harmless.
void ApiKeysModel::loadOwnKeyId()
{
    ApiCall *call = m_client->call(u"apiKey.info"_s, {}, this);
    connect(call, &ApiCall::finished, this, [this, call] {
        if (call->error().isError())
            return;
        m_ownKeyId = call->results().toObject().value(u"id"_s).toString();
        const int row = rowOf(m_ownKeyId);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, UsedByColumn), index(row, UsedByColumn));
    });
}

void ApiKeysModel::setKeys(QList<ApiKey> keys)
{
    beginResetModel();
    m_keys = std::move(keys);
    endResetModel();
}

void ApiKeysModel::create(const QString &title, const QString &integrationPartner,
                          const QStringList &scopes)
{
    if (!m_client || m_create)
        return;
    QJsonObject body{{u"title"_s, title.trimmed()},
                     {u"scopes"_s, QJsonArray::fromStringList(scopes)}};
    if (!integrationPartner.isEmpty())
        body.insert(u"integrationPartner"_s, integrationPartner);
    m_create = m_client->call(u"apiKey.create"_s, body, this);
    ApiCall *call = m_create;
    connect(call, &ApiCall::finished, this, [this, call] {
        if (call->error().isError()) {
            Q_EMIT createFailed(call->error());
            return;
        }
        QJsonObject result = call->results().toObject();
        const QString secret = result.take(u"key"_s).toString();
        auto decoded = ApiKey::fromJson(result);
        if (!std::holds_alternative<ApiKey>(decoded) || secret.isEmpty()) {
            Q_EMIT createFailed(ApiError(ApiError::Kind::MalformedBody, call->method()));
            return;
        }
        const ApiKey &key = std::get<ApiKey>(decoded);
        const int row = int(m_keys.size());
        beginInsertRows({}, row, row);
        m_keys.append(key);
        endInsertRows();
        Q_EMIT created(key, secret);
    });
}

void ApiKeysModel::revoke(const QString &keyId)
{
    if (!m_client)
        return;
    ApiCall *call = m_client->call(u"apiKey.revoke"_s, {{u"apiKeyId"_s, keyId}}, this);
    connect(call, &ApiCall::finished, this, [this, call, keyId] {
        if (call->error().isError()) {
            Q_EMIT revokeFailed(keyId, call->error());
            return;
        }
        const int row = rowOf(keyId);
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_keys.removeAt(row);
            endRemoveRows();
        }
        Q_EMIT revoked(keyId);
    });
}


} // namespace Tessera
