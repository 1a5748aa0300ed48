#include "SetupState.h"

#include "models/secrets/SecretMemory.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

SetupState::SetupState(const QString &integrationId, QObject *parent)
    : QObject(parent)
    , m_integrationId(integrationId)
{
}

void SetupState::setValue(const QString &name, const QString &value)
{
    if (m_values.value(name) == value)
        return;
    if (value.isEmpty())
        m_values.remove(name);
    else
        m_values.insert(name, value);
    Q_EMIT changed();
}

void SetupState::setSecret(const QString &name, const QString &secret)
{
    if (m_secrets.value(name) == secret)
        return;
    if (secret.isEmpty())
        m_secrets.remove(name);
    else
        m_secrets.insert(name, secret);
    Q_EMIT changed();
}

void SetupState::wipeSecrets()
{
    for (auto it = m_secrets.begin(); it != m_secrets.end(); ++it)
        SecretMemory::wipe(it.value());
    m_secrets.clear();
}

QByteArray SetupState::toDraft() const
{
    QJsonObject values;
    for (auto it = m_values.begin(); it != m_values.end(); ++it)
        values.insert(it.key(), it.value());
    const QJsonObject draft{{u"integrationId"_s, m_integrationId},
                            {u"resumePage"_s, m_resumePage},
                            {u"values"_s, values}};
    return QJsonDocument(draft).toJson(QJsonDocument::Compact);
}

bool SetupState::restoreDraft(const QByteArray &draft)
{
    const QJsonObject object = QJsonDocument::fromJson(draft).object();
    if (object.value(u"integrationId"_s).toString() != m_integrationId)
        return false;
    const QJsonObject values = object.value(u"values"_s).toObject();
    for (auto it = values.begin(); it != values.end(); ++it)
        if (it.value().isString())
            m_values.insert(it.key(), it.value().toString());
    m_resumePage = object.value(u"resumePage"_s).toInt(-1);
    Q_EMIT changed();
    return true;
}

QString SetupState::keychainName(const QString &secretName) const
{
    return u"setup."_s + m_integrationId + u'.' + secretName;
}

} // namespace Tessera
