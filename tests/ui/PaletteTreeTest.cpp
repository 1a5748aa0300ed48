// The designer's palette tells a title from the partner's description at a glance: the title
// lines in the text colour, the description below it muted, as captions are (issue 12's look).
// Drawn with a palette whose text is pure red and whose muted text is pure blue, the title's
// band of the row holds red ink and no blue, the description's band blue ink and no red.
#include "UiTestSupport.h"

#include "models/plans/PaletteItem.h"
#include "ui/plans/PaletteTree.h"

#include <QImage>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;

namespace {

struct Ink
{
    int red = 0;
    int blue = 0;
};

Ink inkIn(const QImage &image, const QRect &band)
{
    Ink ink;
    for (int y = band.top(); y <= band.bottom(); ++y)
        for (int x = band.left(); x <= band.right(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.red() > 150 && pixel.green() < 100 && pixel.blue() < 100)
                ++ink.red;
            if (pixel.blue() > 150 && pixel.green() < 100 && pixel.red() < 100)
                ++ink.blue;
        }
    return ink;
}

} // namespace

TEST_CASE("The palette draws a package's title in the text colour and its description muted",
          "[ui][plans]")
{
    PaletteTree tree;
    QPalette colours = tree.palette();
    colours.setColor(QPalette::Text, Qt::red);
    colours.setColor(QPalette::PlaceholderText, Qt::blue);
    colours.setColor(QPalette::Base, Qt::white);
    tree.setPalette(colours);
    tree.resize(360, 300);
    PaletteItem item;
    item.kind = u"assessment"_s;
    item.integrationId = u"justifacts"_s;
    item.integrationName = u"Justifacts"_s;
    item.configId = u"jf-standard"_s;
    item.title = u"Standard background check"_s;
    item.description = u"Identity and employment history"_s;
    tree.setItems({item});
    tree.show();
    REQUIRE(QTest::qWaitForWindowExposed(&tree));

    QTreeWidgetItem *entry = tree.itemWithKey(item.key());
    REQUIRE(entry != nullptr);
    REQUIRE(entry->text(0).count(u'\n') == 1); // one title line, one description line
    const QRect row = tree.visualItemRect(entry);
    const QImage image = tree.viewport()->grab().toImage();
    const QRect titleBand(row.left(), row.top(), row.width(), row.height() / 2);
    const QRect detailBand(row.left(), row.top() + row.height() / 2, row.width(),
                           row.height() - row.height() / 2);
    const Ink title = inkIn(image, titleBand);
    const Ink detail = inkIn(image, detailBand);
    CHECK(title.red > 20);
    CHECK(title.blue == 0);
    CHECK(detail.blue > 20);
    CHECK(detail.red == 0);
}
