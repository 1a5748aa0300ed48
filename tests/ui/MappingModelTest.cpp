// The mapping editor's models against a real sandbox: the source field tree, the target table
// with drops (mimeData/dropMimeData), undo/redo round trips, the preview, the value map model
// and two documents saving the same mapping.
#include "MappingTestSupport.h"

#include "models/core/DragIds.h"
#include "models/mapping/MappingMime.h"
#include "models/mapping/MappingModel.h"
#include "models/mapping/PreviewModel.h"
#include "models/mapping/SourceFieldsModel.h"
#include "models/mapping/ValueMapModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Test;

namespace {

struct ModelFixture
{
    explicit ModelFixture(const QString &integration = u"sora"_s,
                          const QString &target = u"employee"_s)
        : sandbox(sandboxArguments())
        , clients(sandbox)
        , sources(&clients.client)
        , sourcesTester(&sources, QAbstractItemModelTester::FailureReportingMode::Fatal)
        , document(&clients.client)
        , model(&document, &sources)
        , modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal)
    {
        sources.load();
        REQUIRE(waitUntil([this] { return sources.status()->state() == LoadState::Ready; }));
        REQUIRE(loadDocument(document, integration, target));
    }

    QModelIndex targetIndex(const QString &target, int column = 0) const
    {
        return model.index(model.rowOfTarget(target), column);
    }
    bool dropSource(const QString &source, const QString &target)
    {
        std::unique_ptr<QMimeData> data(sources.mimeData({sources.indexOfField(source)}));
        return model.dropMimeData(data.get(), Qt::CopyAction, -1, -1, targetIndex(target));
    }
    bool dropTarget(const QString &from, const QString &to)
    {
        std::unique_ptr<QMimeData> data(model.mimeData({targetIndex(from)}));
        return data && model.dropMimeData(data.get(), Qt::CopyAction, -1, -1, targetIndex(to));
    }

    SandboxProcess sandbox;
    SandboxClients clients;
    SourceFieldsModel sources;
    QAbstractItemModelTester sourcesTester;
    MappingDocument document;
    MappingModel model;
    QAbstractItemModelTester modelTester;
};

} // namespace

TEST_CASE("source fields form a tree grouped by record with types and samples", "[mapping][model]")
{
    ModelFixture fixture;
    SourceFieldsModel &sources = fixture.sources;
    QStringList groups;
    for (int row = 0; row < sources.rowCount(); ++row)
        groups << sources.index(row, 0).data().toString();
    CHECK(groups.mid(0, 4) == QStringList{u"Candidate"_s, u"Application"_s, u"Job"_s, u"Offer"_s});

    const QModelIndex region = sources.indexOfField(u"candidate.locationRegion"_s);
    REQUIRE(region.isValid());
    CHECK(region.parent().data().toString() == u"Candidate"_s);
    CHECK(region.data().toString() == u"State / region"_s);
    CHECK(region.siblingAtColumn(SourceFieldsModel::TypeColumn).data().toString() == u"String"_s);
    CHECK(region.siblingAtColumn(SourceFieldsModel::SampleColumn).data().toString().size() == 2);
    CHECK(sources.flags(region).testFlag(Qt::ItemIsDragEnabled));
    CHECK_FALSE(sources.flags(region.parent()).testFlag(Qt::ItemIsDragEnabled));

    std::unique_ptr<QMimeData> data(sources.mimeData({region}));
    REQUIRE(data);
    CHECK(DragIds::decode(data.get(), MappingMime::sourceFields())
          == QStringList{u"candidate.locationRegion"_s});
    CHECK(sources.mimeData({region.parent()}) == nullptr); // a group is not a field
}

TEST_CASE("dropping sources maps targets, dropping targets moves, replacing asks",
          "[mapping][model][dnd]")
{
    ModelFixture fixture;
    MappingDocument &document = fixture.document;
    MappingModel &model = fixture.model;
    REQUIRE(model.rowCount() == 12);
    CHECK(fixture.targetIndex(u"workState"_s, MappingModel::SourceColumn).data().toString()
          == u"Not mapped"_s);

    REQUIRE(fixture.dropSource(u"candidate.locationRegion"_s, u"workState"_s));
    CHECK(sourceOf(document, u"workState"_s) == u"candidate.locationRegion"_s);
    CHECK(fixture.targetIndex(u"workState"_s, MappingModel::SourceColumn).data().toString()
          == u"State / region"_s);
    CHECK(document.isDirty());

    // Move workState's mapping onto workCity.
    REQUIRE(fixture.dropTarget(u"workState"_s, u"workCity"_s));
    CHECK_FALSE(document.row(u"workState"_s).has_value());
    CHECK(sourceOf(document, u"workCity"_s) == u"candidate.locationRegion"_s);
    // Dropping a target onto itself, or an unmapped target, is refused.
    CHECK_FALSE(fixture.dropTarget(u"workCity"_s, u"workCity"_s));
    CHECK_FALSE(fixture.dropTarget(u"workState"_s, u"workCity"_s));

    // firstName is mapped: the confirmation decides.
    int asked = 0;
    std::function<void()> later;
    model.setReplaceConfirmation([&](const QString &target, const std::function<void()> &apply) {
        ++asked;
        CHECK(target == u"firstName"_s);
        later = apply;
        return false;
    });
    CHECK_FALSE(fixture.dropSource(u"candidate.company"_s, u"firstName"_s));
    CHECK(asked == 1);
    CHECK(sourceOf(document, u"firstName"_s) == u"candidate.name"_s);
    later(); // the admin said Replace
    CHECK(sourceOf(document, u"firstName"_s) == u"candidate.company"_s);
    // A replaced source starts without the old source's transforms (splitName).
    CHECK(document.row(u"firstName"_s)->transforms.isEmpty());

    model.setReplaceConfirmation([](const QString &, const std::function<void()> &) { return true; });
    REQUIRE(fixture.dropTarget(u"workCity"_s, u"lastName"_s));
    CHECK(sourceOf(document, u"lastName"_s) == u"candidate.locationRegion"_s);

    // Something that is neither a source nor a target is not accepted.
    QMimeData text;
    text.setText(u"candidate.name"_s);
    CHECK_FALSE(model.canDropMimeData(&text, Qt::CopyAction, -1, -1,
                                      fixture.targetIndex(u"workState"_s)));
}

TEST_CASE("undo and redo round trip every kind of edit", "[mapping][model][undo]")
{
    ModelFixture fixture;
    MappingDocument &document = fixture.document;
    QUndoStack *undo = document.undoStack();
    const QList<MappingRow> initial = document.rows();
    CHECK_FALSE(document.isDirty());

    QList<QList<MappingRow>> states{initial};
    REQUIRE(document.mapSource(u"workState"_s, u"candidate.locationRegion"_s));
    states << document.rows();
    REQUIRE(document.setTransforms(u"workState"_s,
                                   QJsonArray{QJsonObject{{u"type"_s, u"valueMap"_s},
                                                          {u"map"_s, QJsonObject{{u"CA"_s, u"California"_s}}}}}));
    states << document.rows();
    REQUIRE(document.setRowFlags(u"workState"_s, true, true));
    states << document.rows();
    REQUIRE(document.moveMapping(u"workState"_s, u"workCity"_s));
    states << document.rows();
    REQUIRE(document.unmap(u"firstName"_s));
    states << document.rows();
    REQUIRE(document.revert());
    states << document.rows();
    CHECK(document.rows() == initial);
    CHECK_FALSE(document.mapSource(u"noSuchTarget"_s, u"candidate.name"_s)); // nothing pushed
    CHECK_FALSE(document.unmap(u"workState"_s)); // not mapped: nothing to undo
    REQUIRE(undo->count() == states.size() - 1);

    for (qsizetype step = states.size() - 1; step > 0; --step) {
        undo->undo();
        CHECK(document.rows() == states.at(step - 1));
    }
    CHECK_FALSE(document.isDirty());
    CHECK(undo->isClean());
    for (qsizetype step = 1; step < states.size(); ++step) {
        undo->redo();
        CHECK(document.rows() == states.at(step));
    }
    undo->undo(); // before the revert
    CHECK(document.isDirty());
    const auto moved = document.row(u"workCity"_s);
    REQUIRE(moved.has_value());
    CHECK(moved->required);
    CHECK(moved->hidden);
    CHECK(moved->transforms.size() == 1);
    CHECK_FALSE(document.row(u"firstName"_s).has_value());
}

TEST_CASE("the preview shows California for a California candidate and calls out problems",
          "[mapping][model][preview]")
{
    ModelFixture fixture;
    MappingDocument &document = fixture.document;
    PreviewModel preview(&fixture.clients.client, &document);
    QAbstractItemModelTester tester(&preview, QAbstractItemModelTester::FailureReportingMode::Fatal);
    preview.setDebounceMs(50);
    const QString email = californiaCandidateEmail(fixture.clients.raw);

    REQUIRE(document.mapSource(u"workState"_s, u"candidate.locationRegion"_s));
    REQUIRE(document.setTransforms(
        u"workState"_s, QJsonArray{QJsonObject{{u"type"_s, u"valueMap"_s},
                                               {u"map"_s, QJsonObject{{u"CA"_s, u"California"_s}}}}}));
    preview.setEmail(email);
    REQUIRE(waitUntil([&] { return preview.status()->state() == LoadState::Ready; }));
    CHECK(preview.valueOf(u"workState"_s) == QJsonValue(u"California"_s));
    CHECK(preview.valueOf(u"personalEmail"_s).toString().compare(email, Qt::CaseInsensitive) == 0);

    // A required field without a row is called out; so is a transform that cannot read its value.
    REQUIRE(document.unmap(u"jobTitle"_s));
    REQUIRE(document.mapSource(u"department"_s, u"candidate.name"_s));
    REQUIRE(document.setTransforms(u"department"_s,
                                   QJsonArray{QJsonObject{{u"type"_s, u"dateFormat"_s},
                                                          {u"format"_s, u"yyyy-MM-dd"_s}}}));
    const int before = preview.generation();
    REQUIRE(waitUntil([&] { return preview.generation() > before && preview.status()->state() == LoadState::Ready; }));
    bool jobTitleCalledOut = false;
    bool dateErrorShown = false;
    for (int row = 0; row < preview.rowCount(); ++row) {
        const QModelIndex index = preview.index(row, PreviewModel::ValueColumn);
        if (index.data(PreviewModel::TargetIdRole) == u"jobTitle"_s)
            jobTitleCalledOut = index.data(PreviewModel::IsProblemRole).toBool()
                && index.data().toString().contains(u"no row maps it"_s);
        if (index.data(PreviewModel::TargetIdRole) == u"department"_s)
            dateErrorShown = index.data().toString().contains(u"is not a date"_s);
    }
    CHECK(jobTitleCalledOut);
    CHECK(dateErrorShown);
    CHECK(preview.problemCount() >= 2);

    // Stale answers are dropped: the first request meets a 503 and is answered (after a retry)
    // only after the second; its California answer must not replace the second one's error.
    REQUIRE(fixture.clients.raw
                .call(u"sandbox.configure"_s, {{u"failNext"_s, QJsonArray{u"serverError"_s}}})
                .isSuccess());
    // The first request's retry waits 400 ms, so its (stale) answer surely comes second.
    ApiClientOptions options = fixture.clients.client.options();
    options.retryBaseDelayMs = 400;
    options.maxRetryDelayMs = 400;
    fixture.clients.client.setOptions(options);
    preview.refresh(); // California, delayed by the fault
    QTest::qWait(100); // it meets the 503 and waits for its retry
    preview.setEmail(u"nobody@example.invalid"_s);
    preview.refresh();
    REQUIRE(waitUntil([&] { return preview.status()->state() != LoadState::Loading; }));
    CHECK(preview.status()->state() == LoadState::Failed);
    QTest::qWait(800); // the retry is answered meanwhile, and must be dropped
    CHECK(preview.status()->state() == LoadState::Failed);
    CHECK(preview.status()->lastError().code() == u"candidate_not_found"_s);
    CHECK(preview.rowCount() == 0);

    // And back: the same candidate previews again.
    preview.setEmail(email);
    preview.refresh();
    REQUIRE(waitUntil([&] { return preview.status()->state() == LoadState::Ready; }));
    CHECK(preview.valueOf(u"workState"_s) == QJsonValue(u"California"_s));
}

TEST_CASE("two editors save the same mapping: conflict, then overwrite or reload, nothing lost",
          "[mapping][model][conflict]")
{
    ModelFixture fixture;
    MappingDocument &first = fixture.document;
    MappingDocument second(&fixture.clients.client);
    REQUIRE(loadDocument(second, u"sora"_s, u"employee"_s));

    REQUIRE(first.mapSource(u"workState"_s, u"candidate.locationRegion"_s));
    first.save();
    REQUIRE(waitUntil([&] { return first.saveState() != MappingDocument::SaveState::Saving; }));
    REQUIRE(first.saveState() == MappingDocument::SaveState::Idle);
    CHECK(first.version() == 1);
    CHECK_FALSE(first.isDirty());

    REQUIRE(second.mapSource(u"workCity"_s, u"candidate.locationCity"_s));
    second.save();
    REQUIRE(waitUntil([&] { return second.saveState() == MappingDocument::SaveState::Conflict; }));
    CHECK(second.saveError().code() == u"version_conflict"_s);
    CHECK(second.serverState().version == 1);
    bool theirsHasWorkState = false;
    for (const MappingRow &row : second.serverState().rows)
        theirsHasWorkState |= row.targetField == u"workState"_s;
    CHECK(theirsHasWorkState);
    CHECK(sourceOf(second, u"workCity"_s) == u"candidate.locationCity"_s); // our edit is kept

    second.resolveOverwrite();
    REQUIRE(waitUntil([&] { return second.saveState() != MappingDocument::SaveState::Saving; }));
    REQUIRE(second.saveState() == MappingDocument::SaveState::Idle);
    CHECK(second.version() == 2);
    const auto [savedRows, savedVersion] = serverMapping(fixture.clients.raw, u"sora"_s, u"employee"_s);
    CHECK(savedVersion == 2);
    CHECK(savedRows == second.rows());

    // The first editor is now behind: its next save conflicts; Reload takes the server's rows.
    REQUIRE(first.mapSource(u"managerEmail"_s, u"job.hiringManagerEmail"_s));
    first.save();
    REQUIRE(waitUntil([&] { return first.saveState() == MappingDocument::SaveState::Conflict; }));
    first.resolveReload();
    CHECK(first.rows() == second.rows());
    CHECK(first.version() == 2);
    CHECK_FALSE(first.isDirty());
    CHECK(first.undoStack()->count() == 0);
}

TEST_CASE("the value map model takes pasted columns, edits and removals", "[mapping][model][valuemap]")
{
    ValueMapModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    int edits = 0;
    QObject::connect(&model, &ValueMapModel::edited, &model, [&edits] { ++edits; });
    model.setMap(QJsonObject{{u"CA"_s, u"California"_s}});
    CHECK(edits == 0);
    CHECK(model.rowCount() == 1);

    CHECK(model.pasteText(u"NY\tNew York\r\nTX, Texas\n\nno separator here\n,empty from\nCA\tCalif."_s) == 3);
    CHECK(edits == 1);
    CHECK(model.toMap() == QJsonObject{{u"CA"_s, u"Calif."_s}, {u"NY"_s, u"New York"_s},
                                       {u"TX"_s, u"Texas"_s}});

    const int added = model.addRow();
    CHECK(model.toMap().size() == 3); // an empty From is not part of the map
    REQUIRE(model.setData(model.index(added, ValueMapModel::FromColumn), u"WA"_s));
    REQUIRE(model.setData(model.index(added, ValueMapModel::ToColumn), u"Washington"_s));
    CHECK(model.toMap().value(u"WA"_s) == QJsonValue(u"Washington"_s));
    REQUIRE(model.removeRows(0, 1));
    CHECK_FALSE(model.toMap().contains(u"CA"_s));
    CHECK_FALSE(model.removeRows(10, 1));
}

TEST_CASE("flags are checkable on mapped rows, a save the backend refuses keeps the edits",
          "[mapping][model]")
{
    ModelFixture fixture;
    MappingDocument &document = fixture.document;
    MappingModel &model = fixture.model;
    const QModelIndex required = fixture.targetIndex(u"workState"_s, MappingModel::RequiredColumn);
    CHECK_FALSE(model.flags(required).testFlag(Qt::ItemIsUserCheckable)); // not mapped yet
    CHECK_FALSE(model.flags(fixture.targetIndex(u"firstName"_s, MappingModel::RequiredColumn))
                    .testFlag(Qt::ItemIsUserCheckable)); // required by Sora anyway
    REQUIRE(document.mapSource(u"workState"_s, u"candidate.locationRegion"_s));
    REQUIRE(model.flags(required).testFlag(Qt::ItemIsUserCheckable));
    REQUIRE(model.setData(required, Qt::Checked, Qt::CheckStateRole));
    CHECK(document.row(u"workState"_s)->required);
    CHECK(required.data(MappingModel::IsRequiredRole).toBool());
    CHECK_FALSE(model.setData(required, QVariant(), Qt::CheckStateRole)); // cleared data is no edit
    REQUIRE(model.setData(fixture.targetIndex(u"workState"_s, MappingModel::HiddenColumn),
                          Qt::Checked, Qt::CheckStateRole));
    CHECK(document.row(u"workState"_s)->hidden);

    // A trim alone gives no value: the backend refuses the row, the editor keeps it.
    REQUIRE(document.setTransforms(u"workCity"_s, QJsonArray{QJsonObject{{u"type"_s, u"trim"_s}}}));
    const QList<MappingRow> edited = document.rows();
    document.save();
    REQUIRE(waitUntil([&] { return document.saveState() != MappingDocument::SaveState::Saving; }));
    CHECK(document.saveState() == MappingDocument::SaveState::Failed);
    CHECK(document.saveError().code() == u"invalid_input"_s);
    CHECK(document.saveError().serverMessage().contains(u"workCity"_s));
    CHECK(document.rows() == edited);
    CHECK(document.isDirty());
    CHECK(document.version() == 0);
}

TEST_CASE("rows whose source field was archived are marked until they are remapped",
          "[mapping][model][drift]")
{
    ModelFixture fixture;
    TestClient &raw = fixture.clients.raw;
    const QString years = customFieldId(raw, u"Years of experience"_s);
    const QString yearsSource = u"customField."_s + years;

    MappingDocument &document = fixture.document;
    REQUIRE(document.mapSource(u"workCity"_s, yearsSource));
    document.save();
    REQUIRE(waitUntil([&] { return document.saveState() == MappingDocument::SaveState::Idle
                                   && !document.isDirty(); }));
    const QModelIndex source = fixture.targetIndex(u"workCity"_s, MappingModel::SourceColumn);
    CHECK(source.data(MappingModel::DriftRole).toString().isEmpty());

    REQUIRE(raw.call(u"customField.update"_s, {{u"customFieldId"_s, years},
                                               {u"isArchived"_s, true}})
                .isSuccess());
    document.reload();
    REQUIRE(waitUntil([&] { return document.status()->state() == LoadState::Ready
                                   && !document.drift().isEmpty(); }));
    const QModelIndex marked = fixture.targetIndex(u"workCity"_s, MappingModel::SourceColumn);
    const QString why = marked.data(MappingModel::DriftRole).toString();
    CHECK(why.contains(u"Years of experience"_s));
    CHECK(marked.data().toString() == u"Archived: Years of experience"_s);
    CHECK(marked.data(MappingModel::DriftWordRole).toString() == u"Archived"_s);
    CHECK(marked.data(Qt::ToolTipRole).toString() == why);
    CHECK(marked.data(Qt::AccessibleTextRole).toString().contains(why));
    // Other rows carry no mark.
    CHECK(fixture.targetIndex(u"firstName"_s, MappingModel::SourceColumn)
              .data(MappingModel::DriftRole).toString().isEmpty());

    // Remapping the row clears the mark before any save.
    REQUIRE(document.mapSource(u"workCity"_s, u"candidate.locationCity"_s));
    const QModelIndex fixed = fixture.targetIndex(u"workCity"_s, MappingModel::SourceColumn);
    CHECK(fixed.data(MappingModel::DriftRole).toString().isEmpty());
    CHECK(fixed.data().toString() == u"City"_s);
}

TEST_CASE("a source used only inside a transform is marked too, a save refreshes the marks",
          "[mapping][model][drift]")
{
    ModelFixture fixture;
    TestClient &raw = fixture.clients.raw;
    const QString languages = customFieldId(raw, u"Languages spoken"_s);
    const QString languagesSource = u"customField."_s + languages;
    MappingDocument &document = fixture.document;
    // Department joins the job's department with the languages; nothing else uses them.
    REQUIRE(document.mapSource(u"department"_s, u"job.department"_s));
    REQUIRE(document.setTransforms(
        u"department"_s, QJsonArray{QJsonObject{{u"type"_s, u"join"_s},
                                                {u"sources"_s, QJsonArray{languagesSource}}}}));
    document.save();
    REQUIRE(waitUntil([&] { return document.saveState() == MappingDocument::SaveState::Idle
                                   && !document.isDirty(); }));

    REQUIRE(raw.call(u"customField.update"_s, {{u"customFieldId"_s, languages},
                                               {u"fieldType"_s, u"String"_s}})
                .isSuccess());
    document.reload();
    REQUIRE(waitUntil([&] { return document.status()->state() == LoadState::Ready
                                   && !document.drift().isEmpty(); }));
    const auto driftOf = [&](const QString &target) {
        return fixture.targetIndex(target, MappingModel::SourceColumn)
            .data(MappingModel::DriftRole).toString();
    };
    CHECK(driftOf(u"department"_s).contains(u"String"_s));
    CHECK(driftOf(u"firstName"_s).isEmpty());

    // Saving the retyped mapping as it is accepts the new type: the answer has no drift, and
    // the table says so at once (dataChanged over the Source column), with no reload.
    QSignalSpy changed(&fixture.model, &QAbstractItemModel::dataChanged);
    document.save();
    REQUIRE(waitUntil([&] { return document.saveState() == MappingDocument::SaveState::Idle; }));
    CHECK(document.drift().isEmpty());
    CHECK(driftOf(u"department"_s).isEmpty());
    bool sourceColumnRefreshed = false;
    for (const QList<QVariant> &arguments : changed) {
        const auto topLeft = arguments.at(0).value<QModelIndex>();
        const auto bottomRight = arguments.at(1).value<QModelIndex>();
        sourceColumnRefreshed |= topLeft.column() <= MappingModel::SourceColumn
                              && bottomRight.column() >= MappingModel::SourceColumn
                              && topLeft.row() <= fixture.model.rowOfTarget(u"department"_s)
                              && bottomRight.row() >= fixture.model.rowOfTarget(u"department"_s);
    }
    CHECK(sourceColumnRefreshed);
}
