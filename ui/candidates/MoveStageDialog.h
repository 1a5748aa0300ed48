#pragma once

#include "models/domain/Application.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace Tessera {

class ReferenceData;
class ArchiveReasonsModel;
class MessageBanner;
class StagesModel;

// Picks where an application moves: the application (when the candidate has several), a stage
// of its interview plan (its current stage is shown but cannot be chosen) and, for an Archived
// stage only, the required archive reason. Move stays disabled until the choice is valid.
// Use it with open(): accepting emits moveRequested(); the caller runs the move and shows its
// outcome. The dialog itself only reads stages and reasons.
class MoveStageDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MoveStageDialog)
public:
    MoveStageDialog(ReferenceData *reference, const QList<Application> &applications,
                    const QString &applicationId, QWidget *parent = nullptr);

    QString applicationId() const;
    QString stageId() const;
    QString archiveReasonId() const; // empty unless the stage is an Archived one
    bool needsArchiveReason() const;
    bool isValid() const;

    void accept() override;

Q_SIGNALS:
    void moveRequested(const QString &applicationId, const QString &stageId,
                       const QString &archiveReasonId);

private:
    const Application *application() const;
    void onApplicationChanged();
    void onStagesStateChanged();
    void onReasonsStateChanged();
    void showLoadError();
    void validate();

    QList<Application> m_applications;
    StagesModel *m_stages;
    ArchiveReasonsModel *m_reasons;
    QFormLayout *m_form;
    QComboBox *m_applicationCombo;
    QLabel *m_applicationLabel;
    QComboBox *m_stageCombo;
    QComboBox *m_reasonCombo;
    QLabel *m_hint;
    MessageBanner *m_banner;
    QDialogButtonBox *m_buttons;
    bool m_focusStagesWhenReady = false;
};

} // namespace Tessera
