#pragma once

#include "models/api/ApiError.h"
#include "models/core/LoadStatus.h"
#include "PaletteItem.h"
#include "PlanActivityService.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace Tessera {

class ApiClient;
class ExternalWorkflowsModel;
struct Integration;
template<typename T>
class RecordList;

// What the designer can put on a stage, built from the integrations' capabilities: for each
// enabled integration that offers activity kinds, its packages (assessmentType.list, from the
// partner) and its external workflows (the external-workflows model). A workflow that starts
// from an offer is listed with the reason it cannot be an activity.
class PlanPalette final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanPalette)
public:
    PlanPalette(ApiClient *client, RecordList<Integration> *integrations,
                QObject *parent = nullptr);

    LoadStatus *status() const { return m_status; }
    // Asks the partners again (integrations are the connection's, loaded on demand).
    void load();
    const QList<PaletteItem> &items() const { return m_items; }
    std::optional<PaletteItem> item(const QString &key) const;
    // The packages of one integration, for "Choose another package".
    QList<PaletteItem> packagesOf(const QString &integrationId) const;
    // The workflows of an integration that offers them (null before the palette loaded).
    ExternalWorkflowsModel *workflowsOf(const QString &integrationId) const;
    // What a partner could not answer ("Justifacts: …"), one sentence each.
    QStringList problems() const;
    // Enabled integrations that offer activities; none means the marketplace is the next step.
    QList<const Integration *> offering() const;
    bool integrationsLoaded() const;
    QString integrationName(const QString &integrationId) const;

Q_SIGNALS:
    void itemsChanged();

private:
    void rebuild();
    void finishOne();

    LoadStatus *m_status;
    PlanActivityService m_service;
    QPointer<ApiClient> m_client;
    RecordList<Integration> *m_integrations;
    QHash<QString, QList<AssessmentType>> m_packages;
    QHash<QString, ExternalWorkflowsModel *> m_workflows;
    QHash<QString, ApiError> m_errors;
    QList<PaletteItem> m_items;
    QObject *m_requests = nullptr;
    int m_pending = 0;
};

} // namespace Tessera
