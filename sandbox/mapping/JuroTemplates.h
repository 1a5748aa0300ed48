#pragma once

#include "MappingData.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Tessera::Sandbox {

// A Juro workflow template: the contract a workflow creates and the fields it asks for.
struct JuroTemplate
{
    QString id;
    QString name;
    QList<TargetField> fields;

    // Juro's shape: {id, name, fields: [{uid, title, type, isRequired, isHidden, selectableValues?}]}.
    QJsonObject toJson() const;
};

// The static templates the sandbox's Juro serves (workflow.list / workflow.info) and that
// field mappings target as "workflow:<id>".
class JuroTemplates final
{
public:
    static const QList<JuroTemplate> &list();
    static const JuroTemplate *find(const QString &id); // nullptr for an unknown id
};

} // namespace Tessera::Sandbox
