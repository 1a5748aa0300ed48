#pragma once

#include "CaptureScene.h"

#include <functional>

class QJsonObject;

namespace Tessera {

// The dashboard with one failing integration: Humaans enabled while its partner is down, over
// the deliveries the sandbox seeded (dashboard.png), and its failures table over 30 days
// (dashboard-failures.png). Humaans' partner is up again afterwards.
class DashboardCaptures final : public CaptureScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardCaptures)
public:
    explicit DashboardCaptures(CaptureSession *session, QObject *parent = nullptr);

    void start() override;

private:
    // Calls `method`, then `next` when it succeeded (fails the run when not).
    void call(const QString &method, const QJsonObject &body, const std::function<void()> &next);
    void captureWhenFailing();
};

} // namespace Tessera
