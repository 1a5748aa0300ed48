#pragma once

// The marketplace view on a real sandbox, shown at 1280×800, for the marketplace tests.
#include "UiTestSupport.h"

#include "models/core/LoadStatus.h"
#include "models/integrations/IntegrationService.h"
#include "models/integrations/IntegrationsModel.h"
#include "models/reference/ReferenceData.h"
#include "ui/marketplace/MarketplaceView.h"

#include <QAbstractItemModelTester>
#include <QListView>
#include <QToolButton>

namespace Tessera::Test {

struct MarketplaceFixture
{
    explicit MarketplaceFixture(SandboxProcess &process,
                                const QString &plan = QStringLiteral("Plus"))
        : clients(process)
        , reference(&clients.client)
        , model(reference.integrations(), &clients.client)
        , tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal)
        , view(&model, {})
    {
        SetupContext context;
        context.backendUrl = clients.client.baseUrl();
        context.reference = &reference;
        context.service = new IntegrationService(&clients.client, &view);
        view.setContext(context);
        view.setOrganizationPlan(plan);
        view.resize(1280, 800);
        view.show();
        view.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&view));
        model.load();
        REQUIRE(waitUntil([this] { return model.status()->state() != LoadState::Loading; }));
    }

    QListView *tiles() const { return view.tiles(); }
    QStringList shownIds() const
    {
        QStringList ids;
        for (int row = 0; row < tiles()->model()->rowCount(); ++row)
            ids << tiles()->model()->index(row, 0).data(IntegrationsModel::IdRole).toString();
        return ids;
    }
    QModelIndex tile(const QString &integrationId) const
    {
        for (int row = 0; row < tiles()->model()->rowCount(); ++row) {
            const QModelIndex index = tiles()->model()->index(row, 0);
            if (index.data(IntegrationsModel::IdRole).toString() == integrationId)
                return index;
        }
        return {};
    }

    SandboxClients clients;
    ReferenceData reference;
    IntegrationsModel model;
    QAbstractItemModelTester tester;
    MarketplaceView view;
};

inline QToolButton *chip(QWidget &view, const QString &text)
{
    const auto chips = view.findChildren<QToolButton *>();
    for (QToolButton *button : chips)
        if (button->text() == text)
            return button;
    return nullptr;
}

} // namespace Tessera::Test
