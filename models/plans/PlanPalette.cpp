#include "PlanPalette.h"

#include "models/api/ApiClient.h"
#include "models/api/PlanProtocol.h"
#include "models/domain/Integration.h"
#include "models/reference/RecordList.h"
#include "models/workflows/ExternalWorkflowsModel.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

PlanPalette::PlanPalette(ApiClient *client, RecordList<Integration> *integrations,
                         QObject *parent)
    : QObject(parent)
    , m_status(new LoadStatus(this))
    , m_service(client)
    , m_client(client)
    , m_integrations(integrations)
{
    const auto follow = [this] {
        if (m_integrations->status()->state() == LoadState::Ready)
            load();
    };
    connect(m_integrations->status(), &LoadStatus::stateChanged, this, follow);
    connect(m_integrations, &ReferenceList::recordChanged, this, follow);
}

bool PlanPalette::integrationsLoaded() const
{
    return m_integrations->status()->hasLoaded();
}

QList<const Integration *> PlanPalette::offering() const
{
    QList<const Integration *> list;
    for (const Integration &integration : m_integrations->records())
        if (integration.isEnabled() && !integration.capabilities.activityKinds.isEmpty())
            list.append(&integration);
    return list;
}

QString PlanPalette::integrationName(const QString &integrationId) const
{
    const Integration *integration = m_integrations->find(integrationId);
    return integration ? integration->name : integrationId;
}

void PlanPalette::load()
{
    if (!m_integrations->status()->hasLoaded()) {
        m_integrations->ensureLoaded();
        return;
    }
    delete m_requests;
    m_requests = new QObject(this);
    m_packages.clear();
    m_errors.clear();
    m_pending = 0;
    m_status->begin();
    for (const Integration *integration : offering()) {
        const QString id = integration->id;
        const QStringList &kinds = integration->capabilities.activityKinds;
        if (kinds.contains(QLatin1StringView(Protocol::ActivityKind::assessment))) {
            ++m_pending;
            m_service.assessmentTypes(id, m_requests,
                                      [this, id](const Outcome<QList<AssessmentType>> &outcome) {
                                          if (outcome.ok())
                                              m_packages.insert(id, outcome.value);
                                          else
                                              m_errors.insert(id, outcome.error);
                                          finishOne();
                                      });
        }
        if (kinds.contains(QLatin1StringView(Protocol::ActivityKind::externalWorkflow))) {
            ExternalWorkflowsModel *&model = m_workflows[id];
            if (!model)
                model = new ExternalWorkflowsModel(m_client, m_integrations, this);
            ++m_pending;
            auto *once = new QObject(m_requests);
            connect(model->status(), &LoadStatus::stateChanged, once, [this, model, id, once] {
                const LoadState state = model->status()->state();
                if (state == LoadState::Loading)
                    return;
                if (state == LoadState::Failed)
                    m_errors.insert(id, model->status()->lastError());
                delete once;
                finishOne();
            });
            model->load(id);
        }
    }
    if (m_pending == 0) {
        rebuild();
        m_status->succeed();
    }
}

void PlanPalette::finishOne()
{
    if (--m_pending > 0) {
        rebuild();
        return;
    }
    rebuild();
    m_status->succeed();
}

void PlanPalette::rebuild()
{
    QList<PaletteItem> items;
    for (const Integration *integration : offering()) {
        for (const AssessmentType &type : m_packages.value(integration->id))
            items.append({QString::fromLatin1(Protocol::ActivityKind::assessment), integration->id,
                          integration->name, type.id, type.name, type.description, {}});
        const ExternalWorkflowsModel *model = m_workflows.value(integration->id);
        if (!model || model->integrationId() != integration->id)
            continue;
        for (int row = 0; row < model->rowCount(); ++row) {
            const ExternalWorkflow *workflow = model->workflow(row);
            items.append({QString::fromLatin1(Protocol::ActivityKind::externalWorkflow),
                          integration->id, integration->name, workflow->id, workflow->title, {},
                          workflow->entryPoint});
        }
    }
    m_items = items;
    Q_EMIT itemsChanged();
}

std::optional<PaletteItem> PlanPalette::item(const QString &key) const
{
    for (const PaletteItem &item : m_items)
        if (item.key() == key)
            return item;
    return std::nullopt;
}

QList<PaletteItem> PlanPalette::packagesOf(const QString &integrationId) const
{
    QList<PaletteItem> list;
    for (const PaletteItem &item : m_items)
        if (item.integrationId == integrationId
            && item.kind == QLatin1StringView(Protocol::ActivityKind::assessment))
            list.append(item);
    return list;
}

ExternalWorkflowsModel *PlanPalette::workflowsOf(const QString &integrationId) const
{
    return m_workflows.value(integrationId);
}

QStringList PlanPalette::problems() const
{
    QStringList sentences;
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it)
        sentences << tr("%1: %2").arg(integrationName(it.key()), it.value().userMessage());
    return sentences;
}

} // namespace Tessera
