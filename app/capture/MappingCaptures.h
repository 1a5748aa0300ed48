#pragma once

#include "CaptureScene.h"

namespace Tessera {

class ExternalWorkflowsPane;

// The field-mapping editor: Sora's employee mapping with a value map, previewed for a candidate
// in California (field-mappings.png, value-map-editor.png), then Juro's external workflows above
// its mapping (field-mappings-juro.png) and the New workflow dialog (workflow-dialog.png).
class MappingCaptures final : public CaptureScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingCaptures)
public:
    explicit MappingCaptures(CaptureSession *session, QObject *parent = nullptr);

    void start() override;

private:
    void captureJuroWorkflows();
    void captureWorkflowDialog(ExternalWorkflowsPane *pane);
};

} // namespace Tessera
