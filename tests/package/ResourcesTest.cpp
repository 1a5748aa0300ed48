// Every SVG under resources/icons is listed in icons.qrc, embedded, and renders to a visible
// picture at the sizes the console uses.
#include <catch2/catch.hpp>

#include <QDirIterator>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgRenderer>

using namespace Qt::Literals::StringLiterals;

namespace {

QStringList svgsOnDisk()
{
    QStringList names;
    const QString root = QStringLiteral(TESSERA_ICONS_DIR);
    QDirIterator it(root, {u"*.svg"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        names << it.next().mid(root.size() + 1);
    names.sort();
    return names;
}

QStringList aliasesInQrc()
{
    QFile qrc(QStringLiteral(TESSERA_ICONS_QRC));
    REQUIRE(qrc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(qrc.readAll());
    QStringList names;
    const QRegularExpression alias(u"<file alias=\"([^\"]+)\">icons/\\1</file>"_s);
    for (auto match = alias.globalMatch(text); match.hasNext();)
        names << match.next().captured(1);
    names.sort();
    return names;
}

// Share of pixels that are not fully transparent.
double coverage(const QImage &image)
{
    int painted = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            painted += qAlpha(image.pixel(x, y)) > 0;
    return double(painted) / (image.width() * image.height());
}

} // namespace

TEST_CASE("every icon under resources/icons is in icons.qrc under its own path")
{
    const QStringList onDisk = svgsOnDisk();
    REQUIRE(onDisk.size() >= 19);
    CHECK(aliasesInQrc() == onDisk);
}

TEST_CASE("every embedded icon renders at 24 and 48 px")
{
    for (const QString &name : svgsOnDisk()) {
        const QString path = u":/icons/"_s + name;
        INFO(path.toStdString());
        QSvgRenderer renderer(path);
        REQUIRE(renderer.isValid());
        CHECK(renderer.defaultSize().width() == renderer.defaultSize().height());
        for (int size : {24, 48}) {
            QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            renderer.render(&painter);
            painter.end();
            const double share = coverage(image);
            CHECK(share > 0.05);
            CHECK(share < 0.95);
        }
    }
}

TEST_CASE("the application icon loads through QIcon")
{
    const QIcon icon(u":/icons/app/tessera.svg"_s);
    REQUIRE_FALSE(icon.isNull());
    CHECK(icon.pixmap(48, 48).size() == QSize(48, 48));
}
