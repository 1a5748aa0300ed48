#include "ActivityCard.h"

#include "models/api/PlanProtocol.h"
#include "models/core/DragIds.h"
#include "PlanMime.h"
#include "ui/common/Spacing.h"
#include "ui/common/StatusChip.h"
#include "ui/common/TextStyle.h"

#include <QApplication>
#include <QDrag>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

ActivityCard::ActivityCard(const PlanActivity &activity, const QString &integrationName,
                           QWidget *parent)
    : QFrame(parent)
    , m_activityId(activity.id)
    , m_stageId(activity.interviewStageId)
{
    setObjectName(u"activityCard"_s);
    setFocusPolicy(Qt::StrongFocus);
    // Wrapped sentences need the height their width gives them.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    const bool assessment = activity.kind == QLatin1StringView(Protocol::ActivityKind::assessment);
    const QString kindText = assessment ? tr("Assessment") : tr("External workflow");

    auto *glyph = new QLabel(this);
    glyph->setObjectName(u"activityGlyph"_s);
    const QStyle::StandardPixmap icon = assessment ? QStyle::SP_FileDialogContentsView
                                                   : QStyle::SP_ArrowForward;
    glyph->setPixmap(style()->standardIcon(icon).pixmap(16, 16));
    glyph->setAccessibleName(kindText);
    glyph->setToolTip(kindText);
    auto *title = new QLabel(activity.title, this);
    title->setObjectName(u"activityTitle"_s);
    title->setWordWrap(true);
    TextStyle::apply(title, TextStyle::Role::Section);
    auto *detail = new QLabel(tr("%1 · %2").arg(integrationName, kindText), this);
    detail->setObjectName(u"activityDetail"_s);
    detail->setWordWrap(true);
    TextStyle::apply(detail, TextStyle::Role::Caption);

    auto *head = new QHBoxLayout;
    Spacing::setGroupMargins(head);
    head->addWidget(glyph, 0, Qt::AlignTop);
    head->addWidget(title, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Spacing::Normal, Spacing::Normal, Spacing::Normal, Spacing::Normal);
    layout->setSpacing(Spacing::Tight);
    layout->addLayout(head);
    layout->addWidget(detail);

    QStringList sentences;
    for (const ActivityProblem &problem : activity.problems) {
        auto *chip = new StatusChip(this);
        chip->setObjectName(u"activityProblem"_s);
        chip->setStatus(StatusPalette::Status::Attention, tr("Problem"));
        auto *sentence = new QLabel(problem.message, this);
        sentence->setObjectName(u"activityProblemText"_s);
        sentence->setWordWrap(true);
        layout->addWidget(chip);
        layout->addWidget(sentence);
        sentences << problem.message;
        const QString fix = fixText(problem.code, integrationName);
        auto *button = new QPushButton(fix, this);
        button->setObjectName(u"activityFix"_s);
        button->setAutoDefault(false);
        button->setProperty("problemCode", problem.code);
        button->setAccessibleName(tr("%1: %2").arg(fix, activity.title));
        connect(button, &QPushButton::clicked, this,
                [this, code = problem.code] { Q_EMIT fixRequested(m_activityId, code); });
        layout->addWidget(button, 0, Qt::AlignLeft);
        m_fixes.append(button);
    }
    setAccessibleName(sentences.isEmpty()
                          ? tr("%1, %2 from %3").arg(activity.title, kindText, integrationName)
                          : tr("%1, %2 from %3, problem: %4")
                                .arg(activity.title, kindText, integrationName,
                                     sentences.join(u' ')));
    setAccessibleDescription(tr("Delete removes it, Alt+Up and Alt+Down reorder it, Ctrl+M "
                                "moves it to another stage."));
}

QString ActivityCard::fixText(const QString &problemCode, const QString &integrationName)
{
    if (problemCode == QLatin1StringView(Protocol::ActivityProblem::packageWithdrawn))
        return tr("Choose another package");
    if (problemCode == QLatin1StringView(Protocol::ActivityProblem::integrationDisabled))
        return tr("Enable %1").arg(integrationName);
    if (problemCode == QLatin1StringView(Protocol::ActivityProblem::wrongEntryPoint))
        return tr("Change the workflow's entry point");
    if (problemCode == QLatin1StringView(Protocol::ActivityProblem::stageArchived))
        return tr("Move to stage…");
    return tr("Remove this activity");
}

void ActivityCard::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(1, 1, -1, -1);
    QPainterPath path;
    path.addRoundedRect(box, Spacing::Tight, Spacing::Tight);
    painter.fillPath(path, palette().color(QPalette::Base));
    // The focused card has a thick highlight border, so the keyboard's place is always visible.
    QPen pen(hasFocus() ? palette().color(QPalette::Highlight) : palette().color(QPalette::Mid));
    pen.setWidthF(hasFocus() ? 2.5 : 1.0);
    painter.setPen(pen);
    painter.drawPath(path);
    QFrame::paintEvent(event);
}

void ActivityCard::focusInEvent(QFocusEvent *event)
{
    QFrame::focusInEvent(event);
    update();
}

void ActivityCard::focusOutEvent(QFocusEvent *event)
{
    QFrame::focusOutEvent(event);
    update();
}

void ActivityCard::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressed = true;
        m_pressedAt = event->position().toPoint();
        setFocus(Qt::MouseFocusReason);
    }
    QFrame::mousePressEvent(event);
}

void ActivityCard::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressed || !(event->buttons() & Qt::LeftButton)
        || (event->position().toPoint() - m_pressedAt).manhattanLength()
            < QApplication::startDragDistance()) {
        QFrame::mouseMoveEvent(event);
        return;
    }
    m_pressed = false;
    // The drop rebuilds the board, and the deferred deletion of this card may run inside the
    // drag's own event loop: the drag belongs to the window, which outlives it.
    auto *drag = new QDrag(window());
    drag->setMimeData(DragIds::encode(PlanMime::activity(), {m_activityId}));
    drag->setPixmap(grab());
    drag->setHotSpot(m_pressedAt);
    // Nothing after exec: this card may be gone by then.
    drag->exec(Qt::MoveAction);
}

} // namespace Tessera
