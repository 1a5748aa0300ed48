#pragma once

#include "ui/mapping/FieldMappingsView.h"

namespace Tessera {

class ApiClient;
class BackendContext;
class InterviewPlansView;
class MainWindow;
class ReferenceData;
class Settings;

// Puts the real views of one backend connection into the main window, each built from what
// the connection's BackendContext offers. On a backend without Tessera's extension methods the
// views that need them say so instead.
namespace ViewFactory {

void install(MainWindow &window, BackendContext *context);

// The models the field-mapping editor works on, talking to `client`; `integrations` say what
// can be mapped.
FieldMappingsView::Models mappingModels(ApiClient *client,
                                        RecordList<Integration> *integrations);

// The interview-plan activity designer on `client`, its drafts kept in `settings`.
InterviewPlansView *interviewPlans(ApiClient *client, ReferenceData *reference,
                                   Settings *settings, const QString &backendId);

} // namespace ViewFactory
} // namespace Tessera
