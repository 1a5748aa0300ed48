#pragma once

#include "SoakLedger.h"

#include "models/plans/PaletteItem.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>

#include <functional>

namespace Tessera {
class ApiClient;
class PlanActivitiesDocument;
class Settings;
struct PlanActivity;
} // namespace Tessera

namespace Tessera::Soak {

class SoakScript;

// The interview-plan designer part of the session: one PlanActivitiesDocument per plan of the
// ledger, kept as the designer keeps it (drafts in the soak's Settings). Each turn adds, moves
// or removes activities on one plan (Justifacts packages, Juro's demo workflow) and saves: one
// interviewPlanActivity.set with the version. A version_conflict is resolved by reloading, as
// the designer offers; it must be one of the soak's own saves whose answer was lost. A draft
// offered after a reload is restored, as an admin would. A save refused before acting drops its
// edits (revert), so a refusal never blocks the plan.
class SoakPlans final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SoakPlans)
public:
    SoakPlans(SoakScript *script, ApiClient *client, SoakLedger *ledger, Settings *settings,
              const QString &backendId, QObject *parent = nullptr);

    // Loads the packages Justifacts offers, then every plan of the ledger.
    void setUp(std::function<void()> then);
    void edit(std::function<void()> then);
    // Reloads or saves again what is not settled; false when every plan is.
    bool settle(std::function<void()> then);
    const QList<PlanActivitiesDocument *> &documents() const { return m_documents; }
    QStringList packages() const;

    // What a list of activities looks like on the server whatever ids the new ones got: per
    // stage, in order, kind, integration and package or workflow.
    static QJsonArray shape(const QList<PlanActivity> &activities);

private:
    void loadPlans(int index, std::function<void()> then);
    void load(int index, std::function<void()> then);
    void save(int index, std::function<void()> then);
    bool addOne(int index, int turn);
    bool moveOne(int index, int turn);
    void onConflict(int index);
    void onFailed(int index);
    void finishSave();

    SoakScript *m_script;
    ApiClient *m_client;
    SoakLedger *m_ledger;
    Settings *m_settings;
    QString m_backendId;
    QList<PlanActivitiesDocument *> m_documents;
    QList<PaletteItem> m_palette;
    QHash<int, QList<QJsonArray>> m_uncertainShapes; // per plan: shapes of saves without answer
    std::function<void()> m_saveDone;
    int m_turn = 0;
};

} // namespace Tessera::Soak
