#pragma once

#include "models/workflows/ExternalWorkflowsModel.h"
#include "ui/admin/AdminPageParts.h"

#include <QWidget>

class QAction;
class QLabel;
class QTableView;
class QToolButton;

namespace Tessera {

class ExternalWorkflowsModel;
class MessageBanner;

// The "Juro workflows" section above the field-mapping editor: a collapsible list of Juro's
// external workflows (title, what starts it, template) with New, Edit, Delete and Edit field
// mapping, which opens the workflow's template mapping in the editor below.
class ExternalWorkflowsPane final : public QWidget
{
    Q_OBJECT
public:
    // Takes ownership of the model.
    explicit ExternalWorkflowsPane(ExternalWorkflowsModel *model, QWidget *parent = nullptr);

    // Loads the workflows once; later calls keep what is shown.
    void start(const QString &integrationId);
    // The mapping the editor shows, so the pane can say which workflows use it.
    void setShownTarget(const QString &target);
    bool isExpanded() const;
    void setExpanded(bool expanded);

    ExternalWorkflowsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QToolButton *toggle() const { return m_toggle; }
    QAction *newAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    QLabel *usageLabel() const { return m_usage; }
    MessageBanner *banner() const { return m_banner; }
    QString selectedWorkflowId() const;
    bool selectWorkflow(const QString &workflowId);

    void newWorkflow();
    void editSelected();
    void deleteSelected();

Q_SIGNALS:
    void mappingRequested(const QString &target);

private:
    void updateState();
    void fitHeight();
    void updateUsage();
    void updateActions();

    ExternalWorkflowsModel *m_model;
    QToolButton *m_toggle;
    QWidget *m_body;
    MessageBanner *m_banner;
    QTableView *m_table;
    QLabel *m_usage;
    AdminPageParts::StatePages m_pages;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_delete;
    QAction *m_editMapping;
    QString m_shownTarget;
    QString m_reselectId;
};

} // namespace Tessera
