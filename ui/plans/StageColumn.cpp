#include "StageColumn.h"

#include "ActivityCard.h"
#include "PlanMime.h"
#include "ui/common/Spacing.h"
#include "ui/common/StatusChip.h"
#include "ui/common/TextStyle.h"

#include <QDragEnterEvent>
#include <QLabel>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {
constexpr int ColumnWidth = 224;
}

StageColumn::StageColumn(const QString &stageId, const QString &title, const QString &groupTitle,
                         QWidget *parent)
    : QFrame(parent)
    , m_stageId(stageId)
    , m_title(title)
    , m_automations(new QVBoxLayout)
    , m_cardsLayout(new QVBoxLayout)
    , m_add(new QPushButton(tr("Add activity…"), this))
{
    setObjectName(u"stageColumn"_s);
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    setFixedWidth(ColumnWidth);
    setAccessibleName(groupTitle.isEmpty() || groupTitle == title
                          ? tr("Stage %1").arg(title)
                          : tr("Stage %1 (%2)").arg(title, groupTitle));
    setAccessibleDescription(tr("Insert adds an activity here; drop a palette item or a card "
                                "to add or move it."));

    auto *caption = new QLabel(groupTitle, this);
    caption->setObjectName(u"stageGroupCaption"_s);
    caption->setWordWrap(true);
    TextStyle::apply(caption, TextStyle::Role::Caption);
    auto *heading = new QLabel(title, this);
    heading->setObjectName(u"stageTitle"_s);
    heading->setWordWrap(true);
    TextStyle::apply(heading, TextStyle::Role::Section);
    m_add->setObjectName(u"stageAddActivity"_s);
    m_add->setAutoDefault(false);
    m_add->setAccessibleName(tr("Add an activity to %1").arg(title));
    connect(m_add, &QPushButton::clicked, this, [this] { Q_EMIT addRequested(m_stageId); });

    Spacing::setGroupMargins(m_automations);
    m_automations->setSpacing(Spacing::Tight);
    Spacing::setGroupMargins(m_cardsLayout);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Spacing::Normal, Spacing::Normal, Spacing::Normal, Spacing::Normal);
    layout->setSpacing(Spacing::Normal);
    layout->addWidget(caption);
    layout->addWidget(heading);
    layout->addLayout(m_automations);
    layout->addLayout(m_cardsLayout);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    layout->addStretch(1);
    if (groupTitle.isEmpty())
        caption->hide();
}

void StageColumn::addAutomation(const PlanAutomation &automation, const QString &integrationName)
{
    auto *row = new QWidget(this);
    row->setObjectName(u"automationChip"_s);
    auto *chip = new StatusChip(row);
    chip->setStatus(automation.active ? StatusPalette::Status::Ok
                                      : StatusPalette::Status::Unavailable,
                    automation.active ? integrationName
                                      : tr("%1 (off)").arg(integrationName));
    auto *text = new QLabel(automation.title, row);
    text->setWordWrap(true);
    TextStyle::apply(text, TextStyle::Role::Caption);
    const QString state = automation.active ? tr("active") : tr("inactive: %1 is not enabled")
                                                                  .arg(integrationName);
    row->setToolTip(automation.detail);
    row->setAccessibleName(tr("Automation by %1: %2, %3").arg(integrationName, automation.title,
                                                              state));
    row->setAccessibleDescription(automation.detail);
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(chip);
    layout->addWidget(text);
    m_automations->addWidget(row);
}

void StageColumn::addCard(ActivityCard *card)
{
    card->setParent(this);
    m_cardsLayout->addWidget(card);
    m_cards.append(card);
}

int StageColumn::dropIndexAt(const QPoint &pos) const
{
    for (qsizetype i = 0; i < m_cards.size(); ++i)
        if (pos.y() < m_cards.at(i)->geometry().center().y())
            return int(i);
    return int(m_cards.size());
}

bool StageColumn::accepts(const QMimeData *mime) const
{
    return mime
        && (mime->hasFormat(PlanMime::paletteItem()) || mime->hasFormat(PlanMime::activity()));
}

void StageColumn::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(1, 1, -1, -1);
    painter.setBrush(palette().color(QPalette::AlternateBase));
    QPen pen(hasFocus() || m_dropIndex >= 0 ? palette().color(QPalette::Highlight)
                                            : palette().color(QPalette::Mid));
    pen.setWidthF(hasFocus() || m_dropIndex >= 0 ? 2.5 : 1.0);
    if (m_dropIndex >= 0)
        pen.setStyle(Qt::DashLine);
    painter.setPen(pen);
    painter.drawRoundedRect(box, Spacing::Normal, Spacing::Normal);
    if (m_dropIndex >= 0) {
        // Where the drop lands: a line between the cards.
        int y = m_add->geometry().top() - Spacing::Tight;
        if (m_dropIndex < m_cards.size())
            y = m_cards.at(m_dropIndex)->geometry().top() - Spacing::Tight / 2;
        QPen line(palette().color(QPalette::Highlight));
        line.setWidth(3);
        painter.setPen(line);
        painter.drawLine(Spacing::Normal, y, width() - Spacing::Normal, y);
    }
    QFrame::paintEvent(event);
}

void StageColumn::focusInEvent(QFocusEvent *event)
{
    QFrame::focusInEvent(event);
    update();
}

void StageColumn::focusOutEvent(QFocusEvent *event)
{
    QFrame::focusOutEvent(event);
    update();
}

void StageColumn::dragEnterEvent(QDragEnterEvent *event)
{
    if (!accepts(event->mimeData()))
        return;
    event->acceptProposedAction();
    m_dropIndex = dropIndexAt(event->position().toPoint());
    update();
}

void StageColumn::dragMoveEvent(QDragMoveEvent *event)
{
    if (!accepts(event->mimeData()))
        return;
    event->acceptProposedAction();
    m_dropIndex = dropIndexAt(event->position().toPoint());
    update();
}

void StageColumn::dragLeaveEvent(QDragLeaveEvent *event)
{
    QFrame::dragLeaveEvent(event);
    m_dropIndex = -1;
    update();
}

void StageColumn::dropEvent(QDropEvent *event)
{
    m_dropIndex = -1;
    update();
    if (!accepts(event->mimeData()) || !m_onDrop)
        return;
    if (m_onDrop(event->mimeData(), m_stageId, dropIndexAt(event->position().toPoint())))
        event->acceptProposedAction();
}

} // namespace Tessera
