#pragma once

#include "CaptureScene.h"

namespace Tessera {

// state-empty.png: the Candidates list when the search matches nobody (the empty state with
// why and "Clear filter").
class EmptyStateCapture final : public CaptureScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyStateCapture)
public:
    explicit EmptyStateCapture(CaptureSession *session, QObject *parent = nullptr);

    void start() override;
};

} // namespace Tessera
