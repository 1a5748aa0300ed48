// Every main view at 1280×800 in every language Tessera ships: no label, button, header
// section or table cell that Tessera lays out shows less than its text — by this file's
// single-line measure and by the stricter shared ElisionCheck (combo boxes, placeholders,
// wrapped text, sort indicators). A cut is reported with
// the view, the widget and how many pixels it needed, so the fix can be aimed.
#include "tests/support/CatchQt.h"
#include "tests/support/ElisionCheck.h"

#include "app/ConsoleController.h"
#include "models/candidates/CandidateDetail.h"
#include "models/candidates/CandidateDirectory.h"
#include "models/candidates/CandidatesModel.h"
#include "models/core/LoadStatus.h"
#include "models/mapping/MappingDocument.h"
#include "models/mapping/SourceFieldsModel.h"
#include "models/secrets/SecretStore.h"
#include "models/session/BackendContext.h"
#include "models/settings/Settings.h"
#include "ui/candidates/CandidatesView.h"
#include "ui/mapping/FieldMappingsView.h"
#include "ui/shell/MainWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;

namespace {

QString describe(const QWidget *widget)
{
    QString path;
    for (const QWidget *each = widget; each && !each->isWindow(); each = each->parentWidget())
        if (!each->objectName().isEmpty() && !each->objectName().startsWith(u"qt_"_s))
            path.prepend(u'/' + each->objectName());
    return QString::fromLatin1(widget->metaObject()->className()) + path;
}

QString plain(QString text)
{
    return text.remove(QRegularExpression(u"&(?!&)"_s)); // mnemonics take no room
}

void checkLabel(const QLabel *label, QStringList &cuts)
{
    if (label->wordWrap() || label->text().isEmpty() || !label->pixmap().isNull()
        || (label->textFormat() != Qt::PlainText && Qt::mightBeRichText(label->text())))
        return;
    const int need = label->fontMetrics().horizontalAdvance(plain(label->text()));
    const int have = label->contentsRect().width() - 2 * label->margin()
        - std::max(0, label->indent());
    if (need > have + 1)
        cuts << u"label %1 \"%2\": needs %3 px, has %4"_s.arg(describe(label), label->text())
                    .arg(need).arg(have);
}

void checkButton(const QAbstractButton *button, QStringList &cuts)
{
    if (button->text().isEmpty())
        return;
    const int need = button->sizeHint().width();
    if (need > button->width() + 1)
        cuts << u"button %1 \"%2\": needs %3 px, has %4"_s.arg(describe(button), button->text())
                    .arg(need).arg(button->width());
}

void checkHeader(const QHeaderView *header, QStringList &cuts)
{
    if (header->orientation() != Qt::Horizontal || !header->model())
        return;
    for (int section = 0; section < header->count(); ++section) {
        if (header->isSectionHidden(section) || header->sectionSize(section) == 0)
            continue;
        const QString text = header->model()->headerData(section, Qt::Horizontal).toString();
        if (text.isEmpty())
            continue;
        const int need = header->fontMetrics().horizontalAdvance(text)
            + 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        if (need > header->sectionSize(section) + 1)
            cuts << u"header %1 section \"%2\": needs %3 px, has %4"_s
                        .arg(describe(header), text)
                        .arg(need)
                        .arg(header->sectionSize(section));
    }
}

// The rows an admin sees: every visible row of a table, every expanded row of a tree.
QModelIndexList visibleRows(const QAbstractItemView *view)
{
    QModelIndexList rows;
    const auto *tree = qobject_cast<const QTreeView *>(view);
    for (QModelIndex index = view->model()->index(0, 0); index.isValid() && rows.size() < 60;
         index = tree ? tree->indexBelow(index) : index.siblingAtRow(index.row() + 1)) {
        if (view->visualRect(index).intersects(view->viewport()->rect()))
            rows << index;
    }
    return rows;
}

// The cells of columns sized for their content (not the one stretched to take what is left,
// which elides long free text on purpose and shows it in full in a tooltip).
void checkCells(const QAbstractItemView *view, const QHeaderView *header, QStringList &cuts)
{
    if (!view->model() || !header)
        return;
    const QModelIndexList rows = visibleRows(view);
    for (int column = 0; column < view->model()->columnCount(); ++column) {
        if (header->isSectionHidden(column)
            || header->sectionResizeMode(column) == QHeaderView::Stretch
            || (header->stretchLastSection() && column == header->count() - 1))
            continue;
        for (const QModelIndex &row : rows) {
            const QModelIndex index = row.siblingAtColumn(column);
            const QString text = index.data().toString();
            const int have = view->visualRect(index).width();
            if (text.isEmpty() || have <= 0)
                continue;
            const int need = view->sizeHintForIndex(index).width();
            if (need > have + 1) {
                cuts << u"cell %1 (%2, %3) \"%4\": needs %5 px, has %6"_s
                            .arg(describe(view)).arg(index.row()).arg(column).arg(text)
                            .arg(need).arg(have);
                break; // one per column is enough to aim the fix
            }
        }
    }
}

QStringList cutsIn(QWidget *page)
{
    QStringList cuts;
    for (QWidget *widget : page->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->width() <= 0)
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget))
            checkLabel(label, cuts);
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            checkButton(button, cuts);
        else if (auto *header = qobject_cast<QHeaderView *>(widget))
            checkHeader(header, cuts);
        if (auto *table = qobject_cast<QTableView *>(widget))
            checkCells(table, table->horizontalHeader(), cuts);
        else if (auto *tree = qobject_cast<QTreeView *>(widget))
            checkCells(tree, tree->header(), cuts);
    }
    return cuts;
}

bool waitUntil(const std::function<bool()> &condition)
{
    return QTest::qWaitFor(condition, 60'000);
}

void checkEveryView(const QString &language)
{
    QTranslator translator;
    if (!language.isEmpty()) {
        REQUIRE(translator.load(u"tessera_"_s + language, QStringLiteral(TESSERA_QM_DIR)));
        QCoreApplication::installTranslator(&translator);
    }
    Settings settings;
    SecretStore secrets(&settings);
    ConsoleController console(&settings, &secrets);
    console.start({true, {}});
    MainWindow *window = console.window();
    REQUIRE(QTest::qWaitForWindowExposed(window));
    REQUIRE(waitUntil([&console] {
        return console.context()
            && console.context()->candidates()->state() == CandidateDirectory::State::Ready;
    }));
    window->resize(1280, 800);

    // The views as an admin sees them with something open: a candidate, Sora's mapping.
    auto *candidates = qobject_cast<CandidatesView *>(
        window->viewWidget(MainWindow::View::Candidates));
    REQUIRE(candidates);
    CandidatesModel *list = console.context()->candidates()->model();
    REQUIRE(list->rowCount() > 0);
    window->showView(MainWindow::View::Candidates);
    REQUIRE(candidates->selectCandidate(list->index(0, 0).data(CandidatesModel::IdRole).toString()));
    REQUIRE(waitUntil([candidates] {
        return candidates->detail()->state() == LoadState::Ready;
    }));
    auto *mappings = qobject_cast<FieldMappingsView *>(
        window->viewWidget(MainWindow::View::FieldMappings));
    REQUIRE(mappings);
    window->showView(MainWindow::View::FieldMappings);
    mappings->open(u"sora"_s, u"employee"_s);
    REQUIRE(waitUntil([mappings] {
        return mappings->document()->status()->state() == LoadState::Ready
            && mappings->sourceFields()->status()->state() == LoadState::Ready;
    }));

    // The candidate list shares what is left between name, email and job and cuts them with
    // the full text in a tooltip; the strict check wants that tooltip.
    const auto *table = candidates->findChild<QTableView *>(u"candidateTable"_s);
    REQUIRE(table);
    const QList<Test::ElidedOnPurpose> onPurpose{{table, CandidatesModel::NameColumn},
                                                 {table, CandidatesModel::EmailColumn},
                                                 {table, CandidatesModel::JobColumn}};
    QStringList cuts;
    for (int index = 0; index < MainWindow::ViewCount; ++index) {
        const auto view = MainWindow::View(index);
        window->showView(view);
        QApplication::processEvents(); // lay the page out at its real size
        for (const QString &cut : cutsIn(window->viewWidget(view)))
            cuts << MainWindow::viewName(view) + u": "_s + cut;
        for (const QString &cut : Test::cutTexts(window->viewWidget(view), onPurpose))
            cuts << MainWindow::viewName(view) + u" (strict): "_s + cut;
    }
    INFO((language.isEmpty() ? u"English"_s : language).toStdString() + ":\n"
         + cuts.join(u'\n').toStdString());
    CHECK(cuts.isEmpty());
    if (!language.isEmpty())
        QCoreApplication::removeTranslator(&translator);
}

} // namespace

TEST_CASE("no view cuts a label, button, header or cell at 1280x800 in English", "[looks]")
{
    checkEveryView({});
}

TEST_CASE("no view cuts a label, button, header or cell at 1280x800 in German", "[looks]")
{
    checkEveryView(u"de"_s);
}
