// The field-mapping editor at the size it has in a 1280×800 console window, in English and
// German: no label, button, header or cell is cut (ElisionCheck), for Sora's mapping with a
// value map and a preview, and for Juro's with its workflows above.
#include "MappingTestSupport.h"
#include "tests/support/ElisionCheck.h"

#include "models/mapping/PreviewModel.h"
#include "models/workflows/ExternalWorkflowsModel.h"
#include "ui/mapping/ExternalWorkflowsPane.h"
#include "ui/mapping/PreviewPane.h"
#include "ui/mapping/SourceFieldsPane.h"
#include "ui/mapping/TransformChainEditor.h"

#include <QLocale>
#include <QTranslator>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Test;

namespace {

// The editor's share of a 1280×800 window: the sidebar takes about 210 px, the status bar 25.
constexpr QSize editorSize(1064, 775);

// Tessera's translation for `language` while it lives ("en": none).
class Language final
{
public:
    explicit Language(const QString &language)
    {
        if (language == u"en")
            return;
        REQUIRE(m_translator.load(u"tessera_"_s + language, QStringLiteral(TESSERA_TRANSLATIONS_DIR)));
        QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(language));
    }
    ~Language()
    {
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(m_before);
    }
    Q_DISABLE_COPY_MOVE(Language)

private:
    QLocale m_before;
    QTranslator m_translator;
};

void requireNothingCut(FieldMappingsView *view, const QString &picture)
{
    QApplication::processEvents();
    saveScreenshot(view, picture);
    const QList<ElidedOnPurpose> samples{
        {view->sourcePane()->tree(), SourceFieldsModel::SampleColumn}};
    const QStringList cut = cutTexts(view, samples);
    INFO(cut.join(u'\n').toStdString());
    CHECK(cut.isEmpty());
}

void checkEditor(const QString &language)
{
    const Language translation(language);
    SandboxProcess sandbox(sandboxArguments());
    ViewFixture fixture(sandbox);
    FieldMappingsView *view = fixture.view.get();
    view->resize(editorSize);

    // Sora: Work state through a value map, previewed for a California candidate.
    fixture.open(u"sora"_s);
    MappingDocument *document = fixture.document();
    REQUIRE(document->mapSource(u"workState"_s, u"candidate.locationRegion"_s));
    const QJsonObject map{{u"CA"_s, u"California"_s}, {u"NY"_s, u"New York"_s},
                          {u"TX"_s, u"Texas"_s}, {u"WA"_s, u"Washington"_s}};
    REQUIRE(document->setTransforms(
        u"workState"_s, QJsonArray{QJsonObject{{u"type"_s, u"valueMap"_s}, {u"map"_s, map}}}));
    REQUIRE(view->selectTarget(u"workState"_s));
    view->previewPane()->showCandidate(californiaCandidateEmail(fixture.clients.raw));
    REQUIRE(waitUntil([&] { return view->preview()->status()->state() == LoadState::Ready; }));
    requireNothingCut(view, u"mapping-layout-sora-%1.png"_s.arg(language));

    // Juro: the workflows above a mapping under way.
    ExternalWorkflowsModel *workflows = view->workflowsPane()->model();
    view->open(u"juro"_s, u"workflow:employment-contract"_s);
    REQUIRE(waitUntil([&] {
        return document->status()->state() == LoadState::Ready && document->integrationId() == u"juro"
            && workflows->status()->state() == LoadState::Ready;
    }));
    workflows->create(u"Employment contract (UK)"_s, u"offer"_s, u"employment-contract"_s);
    workflows->create(u"Contractor agreement"_s, u"interviewPlanActivity"_s,
                      u"contractor-agreement"_s);
    REQUIRE(waitUntil([&] { return workflows->rowCount() == 2; }));
    const QList<std::pair<QString, QString>> rows{
        {u"employeeName"_s, u"candidate.name"_s},
        {u"employeeEmail"_s, u"candidate.personalEmail"_s},
        {u"jobTitle"_s, u"job.title"_s},
        {u"startDate"_s, u"offer.startDate"_s},
        {u"annualSalary"_s, u"offer.salary.value"_s},
        {u"salaryCurrency"_s, u"offer.salary.currencyCode"_s}};
    for (const auto &[target, source] : rows)
        if (!document->row(target))
            REQUIRE(document->mapSource(target, source));
    REQUIRE(view->selectTarget(u"startDate"_s));
    view->transformEditor()->addTransform(u"dateFormat"_s);
    view->preview()->refresh();
    REQUIRE(waitUntil([&] { return view->preview()->status()->state() == LoadState::Ready; }));
    requireNothingCut(view, u"mapping-layout-juro-%1.png"_s.arg(language));
}

} // namespace

TEST_CASE("nothing in the mapping editor is cut at 1280x800 in English", "[ui][mapping][layout]")
{
    checkEditor(u"en"_s);
}

TEST_CASE("nothing in the mapping editor is cut at 1280x800 in German", "[ui][mapping][layout]")
{
    checkEditor(u"de"_s);
}

TEST_CASE("nothing in the mapping editor is cut at 1280x800 in Spanish", "[ui][mapping][layout]")
{
    checkEditor(u"es"_s);
}
