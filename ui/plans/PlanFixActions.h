#pragma once

#include <QObject>

class QWidget;

namespace Tessera {

class MessageBanner;
class PlanActivitiesDocument;
class PlanBoard;
class PlanEditActions;
class PlanPalette;

// The Fix buttons of the cards' problem badges: a withdrawn package → choose another package;
// a disabled integration → its Marketplace page; a workflow with the wrong entry point → the
// workflow editor at its entry point; an archived stage → move the card; anything else →
// remove the activity.
class PlanFixActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanFixActions)
public:
    PlanFixActions(PlanActivitiesDocument *document, PlanPalette *palette, PlanBoard *board,
                   PlanEditActions *edits, MessageBanner *banner, QWidget *view);

    void fix(const QString &activityId, const QString &problemCode);

Q_SIGNALS:
    void marketplaceRequested(const QString &integrationId);

private:
    void choosePackage(const QString &activityId);
    void editWorkflow(const QString &activityId);

    PlanActivitiesDocument *m_document;
    PlanPalette *m_palette;
    PlanBoard *m_board;
    PlanEditActions *m_edits;
    MessageBanner *m_banner;
    QWidget *m_view;
};

} // namespace Tessera
