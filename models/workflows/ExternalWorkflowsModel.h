#pragma once

#include "models/api/ApiError.h"
#include "models/core/LoadStatus.h"
#include "models/domain/ExternalWorkflow.h"
#include "models/domain/Integration.h"
#include "models/mapping/MappingTargets.h"
#include "models/reference/RecordList.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace Tessera {

class ApiCall;
class ApiClient;

// One integration's external workflows (externalWorkflow.list, docs/API.md §3.13) with
// create, update and delete. Writes report through saved()/actionFailed(). An update sends the
// version this model holds; when someone else changed the workflow first (version_conflict) the
// model reloads, so the next update applies over their change on purpose.
class ExternalWorkflowsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExternalWorkflowsModel)
public:
    enum Column { TitleColumn, EntryPointColumn, TemplateColumn, UpdatedColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };
    enum class Action { Create, Update, Delete };
    Q_ENUM(Action)

    // `integrations` (the connection's) say which partner templates a workflow can use.
    ExternalWorkflowsModel(ApiClient *client, RecordList<Integration> *integrations,
                           QObject *parent = nullptr);
    // The load state, last error and when the rows last arrived.
    LoadStatus *status() const { return m_status; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Loads the workflows of `integrationId` ("juro"), replacing what is shown.
    void load(const QString &integrationId);
    void reload() { load(m_integrationId); }
    QString integrationId() const { return m_integrationId; }
    const ExternalWorkflow *workflow(int row) const;
    const ExternalWorkflow *workflowById(const QString &workflowId) const;
    int rowOf(const QString &workflowId) const;
    // How many workflows fill the field mapping of this target ("workflow:nda").
    int countUsingTarget(const QString &target) const;

    void create(const QString &title, const QString &entryPoint, const QString &templateId);
    void update(const QString &workflowId, const QString &title, const QString &entryPoint);
    void remove(const QString &workflowId);

    static QStringList entryPoints();
    static QString entryPointText(const QString &entryPoint);
    QString templateText(const ExternalWorkflow &workflow) const;
    // The partner templates a new workflow can use, as the integrations describe them.
    QList<MappingTarget> templates() const;

Q_SIGNALS:
    void saved(Tessera::ExternalWorkflowsModel::Action action, const QString &workflowId);
    void actionFailed(Tessera::ExternalWorkflowsModel::Action action, const QString &workflowId,
                      const Tessera::ApiError &error);

private:
    void setWorkflows(QList<ExternalWorkflow> workflows);
    bool upsert(const QJsonObject &object);
    void finishWrite(ApiCall *call, Action action, const QString &workflowId);

    LoadStatus *m_status;
    QPointer<ApiClient> m_client;
    RecordList<Integration> *m_integrations;
    QPointer<ApiCall> m_loading;
    QString m_integrationId;
    QList<ExternalWorkflow> m_workflows;
    bool m_reloadAfterLoad = false;
};

} // namespace Tessera
