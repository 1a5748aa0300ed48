#pragma once

#include "DecodeError.h"
#include "IntegrationCapabilities.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <variant>

namespace Tessera {

// One integration of the marketplace with the organisation's state (integration.list/info).
struct Integration
{
    enum class State { Available, Enabled, NeedsAttention, NotInPlan };

    QString id;          // "juro"
    QString name;        // "Juro"
    QString category;    // "Contracts"
    QString description;
    QStringList availableInPlans;
    QStringList scopes;  // permission identifiers its ATS key needs
    QString setupKind;
    QStringList setupSteps;
    State state = State::Available;
    QString stateReason; // why it is not in plan / needs attention, and the fix
    QJsonObject settings; // never secrets
    QStringList credentialNames; // credentials the backend holds (names only)
    QStringList usesApiKeyIds;
    qint64 version = 0;
    IntegrationCapabilities capabilities;

    bool isEnabled() const { return state == State::Enabled || state == State::NeedsAttention; }

    static std::variant<Integration, DecodeError> fromJson(const QJsonObject &object);
    static State stateFromString(const QString &state);
};

} // namespace Tessera
