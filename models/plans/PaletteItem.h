#pragma once

#include <QString>

namespace Tessera {

// Something the designer can put on a stage: a partner's package or an external workflow.
// Texts for the admin are made when asked, in the language shown then.
struct PaletteItem
{
    QString kind;          // "assessment", "externalWorkflow"
    QString integrationId;
    QString integrationName;
    QString configId;      // the package or workflow id
    QString title;
    QString description;   // the partner's words for a package, else empty
    QString entryPoint;    // a workflow's: "interviewPlanActivity" or "offer"

    QString key() const { return kind + u'/' + integrationId + u'/' + configId; }
    // A workflow that starts from an offer cannot be an activity on a stage.
    bool isRefused() const;
    // Why it is refused (empty when it is not).
    QString refusal() const;
    // The second line under the title: the package's description or how the workflow starts.
    QString detail() const;
};

} // namespace Tessera
