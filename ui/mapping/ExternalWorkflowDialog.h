#pragma once

#include "models/workflows/ExternalWorkflowsModel.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Tessera {

class ApiError;
class MessageBanner;

// Creates a Juro external workflow or edits one's title and entry point (the template is fixed
// once created: it decides the field mapping). Errors from the backend show inline and the
// input stays; when someone else changed or deleted the workflow meanwhile, the dialog says so
// and the next Save applies this input on purpose.
class ExternalWorkflowDialog final : public QDialog
{
    Q_OBJECT
public:
    // `existing` null: a new workflow.
    ExternalWorkflowDialog(ExternalWorkflowsModel *model, const ExternalWorkflow *existing,
                           QWidget *parent = nullptr);

    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *templateChooser() const { return m_template; }
    QCheckBox *openMappingCheck() const { return m_openMapping; }
    QPushButton *saveButton() const { return m_save; }
    MessageBanner *banner() const { return m_banner; }
    QString selectedEntryPoint() const;
    void selectEntryPoint(const QString &entryPoint);

Q_SIGNALS:
    // After a successful save; `target` is the workflow's field mapping ("workflow:nda").
    void workflowSaved(const QString &workflowId, const QString &target, bool openMapping);

private:
    void submit();
    void onSaved(ExternalWorkflowsModel::Action action, const QString &workflowId);
    void onFailed(ExternalWorkflowsModel::Action action, const QString &workflowId,
                  const ApiError &error);
    void onModelStateChanged(LoadState state);
    void setBusy(bool busy);
    void showSaveText();
    void showBusyText();
    void showProblem(const QString &text, QWidget *focus);

    ExternalWorkflowsModel *m_model;
    QString m_workflowId; // empty when creating
    MessageBanner *m_banner;
    QLineEdit *m_title;
    QButtonGroup *m_entryPoints;
    QComboBox *m_template;
    QLabel *m_templateNote;
    QCheckBox *m_openMapping;
    QLabel *m_busy;
    QPushButton *m_save;
    bool m_waiting = false;
    bool m_awaitingTheirVersion = false; // after a conflict, until the model has reloaded
};

} // namespace Tessera
