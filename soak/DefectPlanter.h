#pragma once

#include "SoakLedger.h"

#include <QObject>
#include <QStringList>

#include <functional>

namespace Tessera {
class ApiClient;
}

namespace Tessera::Soak {

// `--plant-defects`: proves the verifier can fail. After the run and before the verification it
// plants one defect of each kind the soak looks for: a second copy of a confirmed note (a
// doubled write, sent with a new Idempotency-Key), a confirmed note the server never got (a lost
// write), an application moved to a stage no move of the soak explains, an integration
// toggled behind the console's back, a workflow the soak never created, an activity added to a
// designed plan behind the designer's back, an assessment the soak never started (as a start
// applied twice would leave); and it keeps the GUI thread busy for 1.2 s (a hang). The soak must
// then fail with each of them named.
class DefectPlanter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DefectPlanter)
public:
    DefectPlanter(ApiClient *client, SoakLedger *ledger, QString workflowTag,
                  QStringList packages, QObject *parent = nullptr);

    void start();
    static constexpr int defects = 8;

Q_SIGNALS:
    void finished(const QString &error);

private:
    void call(const QString &method, const QJsonObject &body,
              std::function<void(const QJsonValue &)> then);
    void changePlan(std::function<void()> then);
    // Starts an assessment for the first application Justifacts is not checking.
    void startAssessment(int application, std::function<void()> then);

    ApiClient *m_client;
    SoakLedger *m_ledger;
    QString m_workflowTag;
    QStringList m_packages;
};

} // namespace Tessera::Soak
