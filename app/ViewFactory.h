#pragma once

#include "ui/mapping/FieldMappingsView.h"

namespace Tessera {

class ApiClient;
class BackendContext;
class MainWindow;

// Puts the real views of one backend connection into the main window, each built from what
// the connection's BackendContext offers. On a backend without Tessera's extension methods the
// views that need them say so instead.
namespace ViewFactory {

void install(MainWindow &window, BackendContext *context);

// The models the field-mapping editor works on, talking to `client`; `integrations` say what
// can be mapped.
FieldMappingsView::Models mappingModels(ApiClient *client,
                                        RecordList<Integration> *integrations);

} // namespace ViewFactory
} // namespace Tessera
