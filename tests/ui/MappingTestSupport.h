#pragma once

// Shared by the mapping editor tests: a fresh sandbox, a California candidate, row helpers.
#include "UiTestSupport.h"

#include "app/ViewFactory.h"
#include "models/core/LoadStatus.h"
#include "models/mapping/MappingDocument.h"
#include "models/mapping/MappingModel.h"
#include "models/mapping/MappingTypes.h"
#include "models/mapping/SourceFieldsModel.h"
#include "models/reference/ReferenceData.h"
#include "models/settings/Settings.h"
#include "ui/mapping/FieldMappingsView.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QJsonArray>
#include <QMimeData>
#include <QTableView>
#include <QTemporaryDir>

#include <memory>

namespace Tessera::Test {

// A California candidate's email (locationRegion "CA"), found through candidate.list.
inline QString californiaCandidateEmail(TestClient &raw)
{
    const ApiReply reply = raw.call(QStringLiteral("candidate.list"), {{QStringLiteral("limit"), 100}});
    REQUIRE(reply.isSuccess());
    for (const QJsonValue value : reply.resultArray()) {
        const QJsonObject candidate = value.toObject();
        const QJsonArray parts = candidate[QStringLiteral("location")][QStringLiteral("locationComponents")].toArray();
        for (const QJsonValue part : parts)
            if (part[QStringLiteral("type")].toString() == u"Region"
                && part[QStringLiteral("name")].toString() == u"CA")
                return candidate[QStringLiteral("primaryEmailAddress")][QStringLiteral("value")].toString();
    }
    FAIL("no California candidate in the first 100");
    return {};
}

// The id of the seeded custom field with this title, e.g. "Years of experience".
inline QString customFieldId(TestClient &raw, const QString &title)
{
    const ApiReply reply = raw.call(QStringLiteral("customField.list"), {});
    REQUIRE(reply.isSuccess());
    for (const QJsonValue field : reply.resultArray())
        if (field[QStringLiteral("title")].toString() == title)
            return field[QStringLiteral("id")].toString();
    FAIL("no custom field titled " << title.toStdString());
    return {};
}

inline QString sourceOf(const MappingDocument &document, const QString &target)
{
    const auto row = document.row(target);
    return row ? row->sourceField : QString();
}

inline bool loadDocument(MappingDocument &document, const QString &integration,
                         const QString &target)
{
    document.load(integration, target);
    return waitUntil([&document] { return document.status()->state() != LoadState::Loading; })
        && document.status()->state() == LoadState::Ready;
}

// The server's saved rows and version for a mapping.
inline std::pair<QList<MappingRow>, int> serverMapping(TestClient &raw, const QString &integration,
                                                       const QString &target)
{
    const ApiReply reply = raw.call(QStringLiteral("fieldMapping.info"),
                                    {{QStringLiteral("integrationId"), integration},
                                     {QStringLiteral("target"), target}});
    REQUIRE(reply.isSuccess());
    const MappingInfo info = MappingInfo::fromJson(reply.resultObject());
    return {info.rows, info.version};
}

inline const QString mappingBackendId = QStringLiteral("6f1c1f9e-3b8e-4c59-9a3e-0d2f5c1b7a10");

// The editor as the console builds it, on a fresh sandbox, shown at 1280×800.
struct ViewFixture
{
    explicit ViewFixture(SandboxProcess &process)
        : clients(process)
        , settings(directory.filePath(QStringLiteral("tessera.ini")))
    {
        makeView();
    }

    void makeView()
    {
        // The editor's choices come from the integrations' capabilities.
        reference.integrations()->ensureLoaded();
        REQUIRE(waitUntil([this] { return reference.integrations()->status()->hasLoaded(); }));
        view = std::make_unique<FieldMappingsView>(
            ViewFactory::mappingModels(&clients.client, reference.integrations()), &settings,
            mappingBackendId);
        view->resize(1280, 800);
        view->show();
        view->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(view.get()));
    }

    void open(const QString &integration, const QString &target = QStringLiteral("employee"))
    {
        view->open(integration, target);
        REQUIRE(waitUntil([this] {
            return view->document()->status()->state() == LoadState::Ready
                && view->sourceFields()->status()->state() == LoadState::Ready;
        }));
    }

    MappingDocument *document() const { return view->document(); }
    QTableView *targets() const { return view->targetTable(); }
    QModelIndex targetIndex(const QString &target) const
    {
        return view->mappingModel()->index(view->mappingModel()->rowOfTarget(target), 0);
    }

    void sendDrop(QMimeData *data, const QString &target)
    {
        QWidget *viewport = targets()->viewport();
        targets()->scrollTo(targetIndex(target));
        const QPoint at = targets()->visualRect(targetIndex(target)).center();
        QDragEnterEvent enter(at, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        QDragMoveEvent move(at, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        REQUIRE(move.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &drop);
    }

    QTemporaryDir directory;
    SandboxClients clients;
    Settings settings;
    ReferenceData reference{&clients.client};
    std::unique_ptr<FieldMappingsView> view;
};

inline QStringList sandboxArguments()
{
    return SandboxProcess::defaultArguments(60);
}

} // namespace Tessera::Test
