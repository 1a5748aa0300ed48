// How the marketplace looks and moves, against a real sandbox: a glyph per category, descriptions
// ending at a word, the four state pills from real server state, the side panel sliding over the
// grid without reflowing it, and the view in German.
#include "MarketplaceTestSupport.h"

#include "ui/common/StateStack.h"
#include "ui/common/StatusChip.h"
#include "ui/marketplace/IntegrationBadge.h"
#include "ui/marketplace/IntegrationCategory.h"
#include "ui/marketplace/IntegrationPanel.h"
#include "ui/marketplace/IntegrationTileDelegate.h"
#include "ui/marketplace/LocalizedIntegrations.h"

#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Test;

namespace {

// Mean difference per channel between two images of the same size (0 = identical).
double difference(const QImage &a, const QImage &b)
{
    REQUIRE(a.size() == b.size());
    const QImage left = a.convertToFormat(QImage::Format_RGB32);
    const QImage right = b.convertToFormat(QImage::Format_RGB32);
    double sum = 0;
    for (int y = 0; y < left.height(); ++y)
        for (int x = 0; x < left.width(); ++x) {
            const QRgb p = left.pixel(x, y);
            const QRgb q = right.pixel(x, y);
            sum += std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q))
                + std::abs(qBlue(p) - qBlue(q));
        }
    return sum / (3.0 * left.width() * left.height());
}

// A glyph as a tile paints it: on the tile's quiet square.
QImage expectedGlyph(const QString &category, const QPalette &palette)
{
    QImage image(IntegrationTileDelegate::glyphSize, IntegrationTileDelegate::glyphSize,
                 QImage::Format_RGB32);
    image.fill(palette.color(QPalette::AlternateBase));
    QPainter painter(&image);
    IntegrationCategory::glyph(category).paint(&painter, image.rect());
    return image;
}

QList<QString> categoriesOf(const IntegrationsModel &model)
{
    QList<QString> categories;
    for (const Integration &integration : model.integrations())
        categories << integration.category;
    return categories;
}

} // namespace

TEST_CASE("every tile paints its category's glyph, a different one per category",
          "[ui][marketplace]")
{
    MarketplaceFixture fixture(sharedSandbox(u"marketplace"_s, SandboxProcess::defaultArguments(20)));
    REQUIRE(fixture.model.rowCount() == 5);
    const QList<QString> categories = categoriesOf(fixture.model);
    QSet<QString> glyphs;
    for (const QString &category : categories) {
        const QString path = IntegrationCategory::glyphPath(category);
        CHECK(path.startsWith(u":/icons/categories/"_s)); // a known category, not the fallback
        CHECK(QFile::exists(path));
        glyphs.insert(path);
    }
    CHECK(glyphs.size() == 5);

    const QImage grid = fixture.tiles()->viewport()->grab().toImage();
    const QPalette palette = fixture.tiles()->palette();
    for (int row = 0; row < fixture.tiles()->model()->rowCount(); ++row) {
        const QModelIndex index = fixture.tiles()->model()->index(row, 0);
        const QString id = index.data(IntegrationsModel::IdRole).toString();
        const QString own = index.data(IntegrationsModel::CategoryRole).toString();
        const QImage painted = grid.copy(
            IntegrationTileDelegate::glyphRect(fixture.tiles()->visualRect(index)));
        INFO(id.toStdString());
        CHECK(difference(painted, expectedGlyph(own, palette)) < 1.0);
        for (const QString &other : categories)
            if (other != own)
                CHECK(difference(painted, expectedGlyph(other, palette)) > 4.0);
    }
}

TEST_CASE("a long description ends at a whole word and the full text is in the tooltip",
          "[ui][marketplace]")
{
    MarketplaceFixture fixture(sharedSandbox(u"marketplace"_s, SandboxProcess::defaultArguments(20)));
    const QFont font = fixture.tiles()->font();
    int elided = 0;
    for (int row = 0; row < fixture.tiles()->model()->rowCount(); ++row) {
        const QModelIndex index = fixture.tiles()->model()->index(row, 0);
        const QString id = index.data(IntegrationsModel::IdRole).toString();
        const QString description = fixture.model.find(id)->description;
        INFO(id.toStdString());
        CHECK(index.data(Qt::ToolTipRole).toString() == description);
        CHECK(index.data(Qt::AccessibleDescriptionRole).toString() == description);

        const QStringList lines =
            IntegrationTileDelegate::descriptionLines(description, font);
        REQUIRE(!lines.isEmpty());
        CHECK(lines.size() <= 2);
        const QString shown = lines.join(u' ');
        if (!shown.endsWith(QChar(0x2026))) {
            CHECK(shown == description.simplified());
            continue;
        }
        ++elided;
        const QString kept = shown.chopped(1);
        REQUIRE(description.startsWith(kept));
        // What follows the kept text is a space or a punctuation mark: no word was cut.
        const QChar next = description.at(kept.size());
        CHECK((next == u' ' || next == u',' || next == u'.' || next == u';'));
        CHECK_FALSE(kept.back().isSpace());
    }
    // Juro's description is longer than two lines of a tile in the default font.
    CHECK(elided >= 1);

    // One word longer than a line still fits, cut with "…".
    const QStringList one = IntegrationTileDelegate::descriptionLines(QString(200, u'x'), font);
    REQUIRE(one.size() == 2);
    CHECK(one.last().endsWith(QChar(0x2026)));
    CHECK(QFontMetricsF(font).horizontalAdvance(one.last())
          <= IntegrationTileDelegate::tileWidth);
}

TEST_CASE("the four state pills come from the server's state", "[ui][marketplace]")
{
    // A Foundations organisation: Juro is not in its plan. Humaans is enabled, Willo is enabled
    // with its key revoked, Sora is left available.
    SandboxProcess &process = sharedSandbox(u"marketplace-states"_s,
                                            {u"--seed"_s, u"demo"_s, u"--candidates"_s, u"20"_s,
                                             u"--plan"_s, u"Foundations"_s});
    TestClient admin(process.baseUrl(), process.adminKey());
    REQUIRE(admin.call(u"integration.enable"_s, {{u"integrationId"_s, u"humaans"_s}}).isSuccess());
    REQUIRE(admin.call(u"integration.enable"_s, {{u"integrationId"_s, u"willo"_s}}).isSuccess());
    const ApiReply created = admin.call(
        u"apiKey.create"_s, {{u"integrationPartner"_s, u"Willo"_s},
                             {u"scopes"_s, QJsonArray{u"candidatesRead"_s}}});
    REQUIRE(created.isSuccess());
    REQUIRE(admin.call(u"apiKey.revoke"_s,
                       {{u"apiKeyId"_s, created.resultObject().value(u"id"_s).toString()}})
                .isSuccess());

    MarketplaceFixture fixture(process, u"Foundations"_s);
    REQUIRE(fixture.model.status()->state() == LoadState::Ready);
    const QList<std::pair<QString, Integration::State>> expected{
        {u"juro"_s, Integration::State::NotInPlan},
        {u"willo"_s, Integration::State::NeedsAttention},
        {u"humaans"_s, Integration::State::Enabled},
        {u"sora"_s, Integration::State::Available},
    };
    QSet<int> statuses;
    for (const auto &[id, state] : expected) {
        INFO(id.toStdString());
        const QModelIndex tile = fixture.tile(id);
        REQUIRE(tile.isValid());
        CHECK(Integration::State(tile.data(IntegrationsModel::StateRole).toInt()) == state);
        const QString word = IntegrationsModel::stateText(state);
        CHECK(tile.data(IntegrationsModel::StateTextRole).toString() == word);
        CHECK(tile.data(Qt::AccessibleTextRole).toString().endsWith(word));
        statuses.insert(int(IntegrationBadge::status(state)));

        fixture.view.openPanel(id);
        StatusChip *chip = fixture.view.panel()->stateChip();
        CHECK(chip->text() == word);
        CHECK(chip->status() == IntegrationBadge::status(state));
    }
    CHECK(statuses.size() == 4); // four colours and icons for four states

    // "Needs attention": the reason and the fix come before what it does.
    fixture.view.openPanel(u"willo"_s);
    IntegrationPanel *panel = fixture.view.panel();
    auto *reason = panel->findChild<QLabel *>(u"attentionReason"_s);
    auto *description = panel->findChild<QLabel *>(u"integrationDescription"_s);
    REQUIRE(waitUntil([reason] { return reason->isVisible(); }));
    CHECK(reason->text().contains(u"revoked"_s));
    CHECK(reason->mapTo(panel, QPoint()).y() < description->mapTo(panel, QPoint()).y());
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    // The whole reason shows: its label is as tall as its wrapped text.
    CHECK(reason->height() >= reason->heightForWidth(reason->width()));
    saveScreenshot(&fixture.view, u"marketplace-attention-panel.png"_s);
    fixture.view.closePanel();
    REQUIRE(waitUntil([panel] { return !panel->isVisible(); }));
    saveScreenshot(&fixture.view, u"marketplace-states.png"_s);
}

TEST_CASE("the side panel slides over the grid without reflowing it, and Esc closes it",
          "[ui][marketplace]")
{
    MarketplaceFixture fixture(sharedSandbox(u"marketplace"_s, SandboxProcess::defaultArguments(20)));
    QListView *tiles = fixture.tiles();
    const auto geometries = [tiles] {
        QList<QRect> rects;
        for (int row = 0; row < tiles->model()->rowCount(); ++row)
            rects << tiles->visualRect(tiles->model()->index(row, 0));
        return rects;
    };
    const QList<QRect> before = geometries();
    const QRect gridBefore = fixture.view.states()->geometry();
    REQUIRE(before.size() == 5);

    // A double-click opens the tile's panel.
    const QModelIndex justifacts = fixture.tile(u"justifacts"_s);
    const QPoint centre = tiles->visualRect(justifacts).center();
    QTest::mouseClick(tiles->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(tiles->viewport(), Qt::LeftButton, {}, centre);
    IntegrationPanel *panel = fixture.view.panel();
    REQUIRE(fixture.view.isPanelOpen());
    CHECK(panel->integrationId() == u"justifacts"_s);
    const QRect grid = gridBefore;
    // Slid in: flush with the grid's right edge, about 420 px wide, over the grid.
    REQUIRE(waitUntil([panel, grid] { return panel->geometry().right() == grid.right(); }, 2'000));
    // Any layout the panel caused has run by now.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    CHECK(panel->width() == 420);
    CHECK(panel->geometry().top() == grid.top());
    CHECK(panel->geometry().bottom() == grid.bottom());
    CHECK(fixture.view.states()->geometry() == gridBefore);
    CHECK(geometries() == before);
    saveScreenshot(&fixture.view, u"marketplace-slide-over.png"_s);

    press(Qt::Key_Escape);
    CHECK_FALSE(fixture.view.isPanelOpen());
    REQUIRE(waitUntil([panel] { return !panel->isVisible(); }, 2'000));
    CHECK(tiles->hasFocus());
    CHECK(tiles->currentIndex() == justifacts);
    CHECK(geometries() == before);

    // Enter on the focused tile opens it again.
    press(Qt::Key_Return);
    REQUIRE(fixture.view.isPanelOpen());
    CHECK(panel->integrationId() == u"justifacts"_s);
    CHECK(panel->isAncestorOf(QApplication::focusWidget()));
}

TEST_CASE("the marketplace speaks German: chips, tiles and the panel", "[ui][marketplace]")
{
    // The build's German catalogue, next to the application.
    QTranslator german;
    const QString catalogue =
        QCoreApplication::applicationDirPath() + u"/../../app/tessera_de.qm"_s;
    REQUIRE(german.load(catalogue));
    QCoreApplication::installTranslator(&german);
    struct Uninstall
    {
        QTranslator *translator;
        ~Uninstall() { QCoreApplication::removeTranslator(translator); }
    } uninstall{&german};

    MarketplaceFixture fixture(sharedSandbox(u"marketplace"_s, SandboxProcess::defaultArguments(20)));
    CHECK(chip(fixture.view, u"Alle"_s) != nullptr);
    CHECK(chip(fixture.view, u"Verträge"_s) != nullptr);
    CHECK(chip(fixture.view, u"Hintergrundprüfungen"_s) != nullptr);
    CHECK(chip(fixture.view, u"Contracts"_s) == nullptr);

    const QModelIndex juro = fixture.tile(u"juro"_s);
    CHECK(juro.data(LocalizedIntegrations::CategoryNameRole).toString() == u"Verträge"_s);
    const QString description = juro.data(IntegrationsModel::DescriptionRole).toString();
    CHECK(description.startsWith(u"Starten Sie"_s));
    CHECK(juro.data(IntegrationsModel::StateTextRole).toString() == u"Verfügbar"_s);

    // The search finds German words, and the category chips still filter.
    auto *search = fixture.view.findChild<QLineEdit *>(u"marketplaceSearch"_s);
    search->setText(u"Verträge"_s);
    CHECK(fixture.shownIds() == QStringList{u"juro"_s});
    search->clear();
    chip(fixture.view, u"Video-Interviews"_s)->click();
    CHECK(fixture.shownIds() == QStringList{u"willo"_s});

    fixture.view.openPanel(u"juro"_s);
    IntegrationPanel *panel = fixture.view.panel();
    CHECK(panel->findChild<QLabel *>(u"integrationDescription"_s)->text() == description);
    const QString steps = panel->findChild<QLabel *>(u"setupSteps"_s)->text();
    CHECK(steps.contains(u"Öffnen Sie Admin"_s));
    CHECK_FALSE(steps.contains(u"click Enable"_s));
    CHECK(panel->findChild<QPushButton *>(u"enableButton"_s)->text() == u"&Aktivieren…"_s);
    saveScreenshot(&fixture.view, u"marketplace-panel-de.png"_s);
}
