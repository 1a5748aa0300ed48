#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

namespace Tessera {

// The one state object of an enable wizard: what the admin entered and what each step produced.
// Plain values survive a closed wizard as a draft (toDraft/restoreDraft); secrets are kept in
// memory only and go to the keychain, never into a draft.
class SetupState final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupState)
public:
    explicit SetupState(const QString &integrationId, QObject *parent = nullptr);

    QString integrationId() const { return m_integrationId; }

    QString value(const QString &name) const { return m_values.value(name); }
    void setValue(const QString &name, const QString &value);
    bool hasValue(const QString &name) const { return !m_values.value(name).isEmpty(); }

    QString secret(const QString &name) const { return m_secrets.value(name); }
    void setSecret(const QString &name, const QString &secret);
    QStringList secretNames() const { return m_secrets.keys(); }
    // Overwrites every secret in place (copies sharing them read zeros) and forgets them,
    // quietly: the wizard is closing.
    void wipeSecrets();

    // The page a resumed wizard starts on.
    int resumePage() const { return m_resumePage; }
    void setResumePage(int pageId) { m_resumePage = pageId; }

    bool isEmpty() const { return m_values.isEmpty() && m_secrets.isEmpty(); }
    QByteArray toDraft() const;
    // False (and nothing changed) for a draft of another integration or unreadable JSON.
    bool restoreDraft(const QByteArray &draft);

    // The keychain name of a secret of this setup: "setup.<integration>.<name>".
    QString keychainName(const QString &secretName) const;

Q_SIGNALS:
    void changed();

private:
    QString m_integrationId;
    QHash<QString, QString> m_values;
    QHash<QString, QString> m_secrets;
    int m_resumePage = -1;
};

} // namespace Tessera
