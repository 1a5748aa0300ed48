#include "SettingsKeys.h"

#include <QByteArray>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::SettingsKeys {

namespace {

struct KeyInfo
{
    QString name;
    QVariant defaultValue;
};

KeyInfo info(Key key)
{
    switch (key) {
    case Key::SchemaVersion:
        return {u"schemaVersion"_s, 0};
    case Key::Language:
        return {u"language"_s, QString()}; // empty: the system's language
    case Key::Appearance:
        return {u"appearance"_s, u"system"_s};
    case Key::CurrentBackend:
        return {u"currentBackend"_s, QString()};
    case Key::LastView:
        return {u"lastView"_s, QString()};
    case Key::WindowGeometry:
        return {u"window/geometry"_s, QByteArray()};
    case Key::WindowState:
        return {u"window/state"_s, QByteArray()};
    case Key::CandidateCache:
        return {u"candidateCache"_s, true};
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace

QString name(Key key)
{
    return info(key).name;
}

QVariant defaultValue(Key key)
{
    return info(key).defaultValue;
}

QString backendsGroup() { return u"backends"_s; }
QString backendOrderKey() { return u"order"_s; }
QString backendNameField() { return u"name"_s; }
QString backendUrlField() { return u"url"_s; }
QString backendKindField() { return u"kind"_s; }
QString backendAllowInsecureField() { return u"allowInsecure"_s; }
QString secretIndexGroup() { return u"secretIndex"_s; }
QString syncTokensGroup() { return u"syncTokens"_s; }
QString setupDraftsGroup() { return u"setupDrafts"_s; }
QString mappingDraftsGroup() { return u"mappingDrafts"_s; }
QString planDraftsGroup() { return u"planDrafts"_s; }

bool isValidBackendId(const QString &id)
{
    const QUuid uuid = QUuid::fromString(id);
    return !uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == id;
}

bool isValidName(const QString &name)
{
    if (name.isEmpty() || name.size() > 64)
        return false;
    for (const QChar c : name) {
        const bool allowed = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
            || (c >= u'0' && c <= u'9') || c == u'.' || c == u'_' || c == u'-';
        if (!allowed)
            return false;
    }
    return true;
}

} // namespace Tessera::SettingsKeys
