#pragma once

// Finds text a person would see cut off: labels, buttons, combo boxes, placeholders, header
// sections and the cells of item views, measured with the widget's own font metrics against
// the room the widget has. Not views' data columns that are elided on purpose and keep the full
// text in a tooltip (pass them as `elidedOnPurpose`: the check then wants that tooltip).
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTableView>
#include <QTextDocument>
#include <QTreeView>

#include <functional>
#include <utility>

namespace Tessera::Test {

struct ElidedOnPurpose
{
    const QAbstractItemView *view;
    int column;
};

namespace ElisionDetail {

inline QString plain(QString text)
{
    // "&Save" shows as "Save"; "&&" as "&".
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

// QHeaderView's own measure of a section (its text, margins and sort indicator).
struct HeaderAccess : QHeaderView
{
    using QHeaderView::sectionSizeFromContents;
};

inline QString describe(const QWidget *widget)
{
    const QString name = widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                                        : widget->objectName();
    return name;
}

// Does `text` fit `room` (word-wrapped when `wrap`), in `metrics`?
inline bool fits(const QFontMetrics &metrics, const QString &text, const QRect &room, bool wrap)
{
    if (text.isEmpty())
        return true;
    if (!wrap) {
        int widest = 0;
        for (const QString &line : text.split(QLatin1Char('\n')))
            widest = std::max(widest, metrics.horizontalAdvance(line));
        return widest <= room.width();
    }
    const QRect needed = metrics.boundingRect(QRect(0, 0, room.width(), 100000),
                                              Qt::TextWordWrap, text);
    return needed.width() <= room.width() && needed.height() <= room.height();
}

inline void checkItemView(const QAbstractItemView *view, const QList<ElidedOnPurpose> &onPurpose,
                          QStringList &cut)
{
    const QAbstractItemModel *model = view->model();
    if (!model)
        return;
    const QHeaderView *header = nullptr;
    bool wrap = false;
    if (const auto *table = qobject_cast<const QTableView *>(view)) {
        header = table->horizontalHeader();
        wrap = table->wordWrap();
    } else if (const auto *tree = qobject_cast<const QTreeView *>(view)) {
        header = tree->header();
        wrap = tree->wordWrap();
    }
    const auto hidden = [&](int column) { return header && header->isSectionHidden(column); };
    if (header && header->isVisible()) {
        for (int column = 0; column < header->count(); ++column) {
            if (hidden(column))
                continue;
            constexpr auto measure = &HeaderAccess::sectionSizeFromContents;
            const int needed = (header->*measure)(column).width();
            if (needed > header->sectionSize(column))
                cut << QStringLiteral("%1 header \"%2\": needs %3 px, has %4")
                           .arg(describe(view), model->headerData(column, Qt::Horizontal).toString())
                           .arg(needed)
                           .arg(header->sectionSize(column));
        }
    }
    const int hMargin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            for (int column = 0; column < model->columnCount(parent); ++column) {
                if (hidden(column))
                    continue;
                const QModelIndex index = model->index(row, column, parent);
                const QString text = index.data(Qt::DisplayRole).toString();
                if (text.isEmpty())
                    continue;
                const bool purposely = std::any_of(onPurpose.cbegin(), onPurpose.cend(),
                                                   [&](const ElidedOnPurpose &spot) {
                                                       return spot.view == view
                                                           && spot.column == column;
                                                   });
                const QRect rect = view->visualRect(index);
                if (!rect.isValid())
                    continue;
                // The text's room: the style's margins left and right, the full height, and no
                // further right than the view shows (a column wider than the view is cut too).
                QRect room = rect.adjusted(hMargin, 0, -hMargin, 0);
                room.setRight(std::min(room.right(), view->viewport()->width() - 1 - hMargin));
                if (!index.data(Qt::DecorationRole).isNull())
                    room.setLeft(room.left() + view->iconSize().width() + hMargin);
                const QVariant fontData = index.data(Qt::FontRole);
                const QFont font = fontData.isValid() ? fontData.value<QFont>() : view->font();
                if (fits(QFontMetrics(font), text, room, wrap))
                    continue;
                if (purposely) {
                    if (!index.data(Qt::ToolTipRole).toString().contains(text))
                        cut << QStringLiteral("%1 cell \"%2\": elided without a tooltip")
                                   .arg(describe(view), text);
                } else {
                    cut << QStringLiteral("%1 cell \"%2\": %3×%4 px")
                               .arg(describe(view), text)
                               .arg(room.width())
                               .arg(room.height());
                }
            }
            const QModelIndex child = model->index(row, 0, parent);
            if (model->hasChildren(child))
                walk(child);
        }
    };
    walk({});
}

} // namespace ElisionDetail

// One line per cut text: where, what, and how much room it had.
inline QStringList cutTexts(QWidget *root, const QList<ElidedOnPurpose> &onPurpose = {})
{
    using namespace ElisionDetail;
    QStringList cut;
    const auto shown = [root](const QWidget *widget) {
        return widget->isVisible() && widget->window() == root->window()
            && widget->width() > 0;
    };
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (!shown(label) || label->text().isEmpty()
            || (label->textFormat() != Qt::PlainText && Qt::mightBeRichText(label->text())))
            continue;
        const QString text = plain(label->text());
        const QRect room = label->contentsRect();
        const bool ok = label->wordWrap()
            ? label->heightForWidth(label->width()) <= label->height()
                  && fits(label->fontMetrics(), text, QRect(0, 0, room.width(), 100000), true)
            : fits(label->fontMetrics(), text, room, false);
        if (!ok)
            cut << QStringLiteral("label %1 \"%2\": %3×%4 px")
                       .arg(describe(label), text)
                       .arg(room.width())
                       .arg(room.height());
    }
    for (const QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!shown(button) || button->text().isEmpty())
            continue;
        if (button->sizeHint().width() > button->width())
            cut << QStringLiteral("button %1 \"%2\": needs %3 px, has %4")
                       .arg(describe(button), plain(button->text()))
                       .arg(button->sizeHint().width())
                       .arg(button->width());
    }
    for (const QComboBox *combo : root->findChildren<QComboBox *>()) {
        if (!shown(combo))
            continue;
        if (combo->sizeHint().width() > combo->width())
            cut << QStringLiteral("combo box %1 \"%2\": needs %3 px, has %4")
                       .arg(describe(combo), combo->currentText())
                       .arg(combo->sizeHint().width())
                       .arg(combo->width());
    }
    for (const QLineEdit *edit : root->findChildren<QLineEdit *>()) {
        if (!shown(edit) || !edit->text().isEmpty() || edit->placeholderText().isEmpty()
            || qobject_cast<const QComboBox *>(edit->parentWidget()))
            continue;
        // The frame and text margins of a line edit are about two average characters.
        const int room = edit->width() - 2 * edit->fontMetrics().averageCharWidth();
        if (edit->fontMetrics().horizontalAdvance(edit->placeholderText()) > room)
            cut << QStringLiteral("placeholder %1 \"%2\": %3 px")
                       .arg(describe(edit), edit->placeholderText())
                       .arg(room);
    }
    for (const QAbstractItemView *view : root->findChildren<QAbstractItemView *>())
        if (shown(view))
            checkItemView(view, onPurpose, cut);
    return cut;
}

} // namespace Tessera::Test
