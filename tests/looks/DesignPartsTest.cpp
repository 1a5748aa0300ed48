// The shared parts every view is built from: what they say, what they announce to a screen
// reader, and that they follow the state they are given.
#include "tests/support/CatchQt.h"

#include "models/api/ApiError.h"
#include "models/core/LoadStatus.h"
#include "ui/common/DataAgeLabel.h"
#include "ui/common/EmptyState.h"
#include "ui/common/LoadingState.h"
#include "ui/common/PageHeader.h"
#include "ui/common/StateStack.h"
#include "ui/common/StatusChip.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;

TEST_CASE("the data age reads as an admin would say it", "[looks][parts]")
{
    CHECK(DataAgeLabel::ageText(0) == u"Updated just now"_s);
    CHECK(DataAgeLabel::ageText(12) == u"Updated 12 s ago"_s);
    CHECK(DataAgeLabel::ageText(3 * 60 + 59) == u"Updated 3 min ago"_s);
    CHECK(DataAgeLabel::ageText(2 * 3600) == u"Updated 2 h ago"_s);
    CHECK(DataAgeLabel::ageText(3 * 86400).contains(u"3 day"_s));
}

TEST_CASE("the data age follows its load status, oldest first, and says when a refresh failed",
          "[looks][parts]")
{
    LoadStatus first;
    LoadStatus second;
    DataAgeLabel label;
    label.track(&first);
    label.track(&second);
    CHECK_FALSE(label.isHidden()); // tracking something makes it part of its page
    CHECK(label.text() == u"Not loaded yet"_s);
    first.begin();
    CHECK(label.text() == u"Loading…"_s);
    first.succeed();
    CHECK(label.text() == u"Not loaded yet"_s); // the second has never loaded
    second.begin();
    second.succeed();
    CHECK(label.text() == u"Updated just now"_s);
    second.begin();
    CHECK(label.text() == u"Updating…"_s);
    second.fail(ApiError(ApiError::Kind::Transport, u"webhook.list"_s));
    CHECK(label.text().startsWith(u"Refresh failed"_s));
    CHECK(label.text().contains(u"Updated just now"_s));
    CHECK(label.accessibleName() == label.text());
}

TEST_CASE("a status chip says its status in words and is wide enough for them", "[looks][parts]")
{
    StatusChip chip;
    chip.setStatus(StatusPalette::Status::Attention, u"Needs attention"_s);
    CHECK(chip.text() == u"Needs attention"_s);
    CHECK(chip.accessibleName() == u"Needs attention"_s);
    CHECK(chip.sizeHint().width()
          > chip.fontMetrics().horizontalAdvance(u"Needs attention"_s) + 14);
    const int narrow = chip.sizeHint().width();
    chip.setStatus(StatusPalette::Status::Ok, u"Enabled and checked an hour ago"_s);
    CHECK(chip.sizeHint().width() > narrow);
    CHECK_FALSE(StatusPalette::icon(StatusPalette::Status::Failing).isNull());
}

TEST_CASE("the loading state shows counts only when the total is known", "[looks][parts]")
{
    LoadingState loading;
    loading.setText(u"Loading candidates…"_s);
    loading.setProgress(0, 0);
    CHECK(loading.countText().isEmpty());
    loading.setProgress(12'400, 100'000);
    CHECK(loading.countText() == QLocale().toString(12'400) + u" / "_s
                                     + QLocale().toString(100'000));
    CHECK(loading.accessibleName() == u"Loading candidates…"_s);
}

TEST_CASE("the empty state's action is a real button that says what it does", "[looks][parts]")
{
    EmptyState empty;
    empty.setText(u"No webhooks yet."_s);
    empty.setAction(u"Create webhook"_s);
    QSignalSpy triggered(&empty, &EmptyState::actionTriggered);
    QPushButton *button = empty.actionButton();
    CHECK(button->accessibleName() == u"Create webhook"_s);
    button->click();
    CHECK(triggered.count() == 1);
    empty.setAction({});
    CHECK(button->isHidden());
}

TEST_CASE("a state stack switches between content, loading and empty", "[looks][parts]")
{
    auto *content = new QLabel(u"rows"_s);
    StateStack stack(content);
    CHECK(stack.isShowingContent());
    stack.showLoading(u"Loading 25 jobs…"_s);
    CHECK(stack.currentWidget() == stack.loading());
    CHECK(stack.loading()->text() == u"Loading 25 jobs…"_s);
    stack.showEmpty();
    CHECK(stack.currentWidget() == stack.empty());
    stack.showContent();
    CHECK(stack.currentWidget() == content);
}

TEST_CASE("a page header puts the title first and shows its caption row only when it has one",
          "[looks][parts]")
{
    QWidget page;
    auto *header = new PageHeader(u"Webhooks"_s, &page);
    auto *layout = new QVBoxLayout(&page);
    layout->addWidget(header);
    layout->addStretch();
    page.resize(800, 200);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto *title = header->findChild<QLabel *>(u"pageTitle"_s);
    REQUIRE(title);
    CHECK(title->text() == u"Webhooks"_s);
    CHECK(title->font().bold());
    CHECK(title->font().pointSizeF() > page.font().pointSizeF());
    CHECK_FALSE(header->dataAge()->isVisible());
    const int bare = header->sizeHint().height();
    LoadStatus status;
    header->dataAge()->track(&status);
    CHECK(header->dataAge()->isVisible());
    CHECK(header->sizeHint().height() > bare);
    auto *button = new QPushButton(u"Refresh"_s);
    header->addAction(button);
    QApplication::processEvents();
    CHECK(header->isAncestorOf(button));
    CHECK(button->mapTo(&page, QPoint(button->width(), 0)).x() > page.width() / 2); // on the right
}
