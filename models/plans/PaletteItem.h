#pragma once

#include <QString>

namespace Tessera {

// Something the designer can put on a stage: a partner's package or an external workflow.
// `refusal` is set when it cannot be an activity (a workflow that starts from an offer).
struct PaletteItem
{
    QString kind;          // "assessment", "externalWorkflow"
    QString integrationId;
    QString integrationName;
    QString configId;      // the package or workflow id
    QString title;
    QString description;
    QString refusal;

    QString key() const { return kind + u'/' + integrationId + u'/' + configId; }
};

} // namespace Tessera
