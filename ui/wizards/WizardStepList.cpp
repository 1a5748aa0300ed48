#include "WizardStepList.h"

#include "ui/common/Card.h"
#include "ui/common/Retranslator.h"
#include "ui/common/Spacing.h"
#include "ui/common/StatusPalette.h"

#include <QEvent>
#include <QFontMetrics>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

WizardStepList::WizardStepList(QWidget *parent)
    : QWidget(parent)
    , m_card(new Card({}, this))
{
    setObjectName(u"wizardSteps"_s);
    Retranslator::follow(this, [this] {
        m_card->setTitle(tr("Steps"));
        setAccessibleName(tr("Steps"));
    });
    setFocusPolicy(Qt::NoFocus);
    m_card->setFocusPolicy(Qt::NoFocus);
    m_card->body()->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    // The wizard page beside it has its own margins; the list needs only a gap to it.
    Spacing::setGroupMargins(layout);
    layout->setContentsMargins(0, 0, Spacing::Normal, 0);
    layout->addWidget(m_card);
}

void WizardStepList::setSteps(const QStringList &titles)
{
    m_titles = titles;
    while (m_rows.size() < m_titles.size()) {
        auto *row = new QLabel(m_card);
        row->setObjectName(u"step%1"_s.arg(m_rows.size() + 1));
        row->setTextFormat(Qt::PlainText);
        row->setFocusPolicy(Qt::NoFocus);
        m_card->body()->insertWidget(int(m_rows.size()), row);
        m_rows << row;
    }
    while (m_rows.size() > m_titles.size())
        delete m_rows.takeLast();
    refresh();
    // As wide as the widest row in bold, so the list does not change width from step to step.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int widest = metrics.horizontalAdvance(m_card->title());
    for (int i = 0; i < count(); ++i)
        widest = qMax(widest, metrics.horizontalAdvance(u"▸  %1  %2"_s.arg(i + 1).arg(m_titles.at(i))));
    m_card->setMinimumWidth(widest + 2 * Spacing::Wide + Spacing::Normal);
}

void WizardStepList::setCurrent(int index)
{
    if (index < 0 || index >= count() || index == m_current)
        return;
    m_current = index;
    refresh();
}

WizardStepList::State WizardStepList::state(int index) const
{
    if (index < m_current)
        return State::Done;
    return index == m_current ? State::Current : State::Later;
}

QString WizardStepList::accessibleText(int index) const
{
    if (index < 0 || index >= count())
        return {};
    switch (state(index)) {
    case State::Done:
        return tr("Step %1 of %2: %3, done").arg(index + 1).arg(count()).arg(m_titles.at(index));
    case State::Current:
        return tr("Step %1 of %2: %3, current step")
            .arg(index + 1).arg(count()).arg(m_titles.at(index));
    case State::Later:
        break;
    }
    return tr("Step %1 of %2: %3").arg(index + 1).arg(count()).arg(m_titles.at(index));
}

void WizardStepList::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        refresh();
}

void WizardStepList::refresh()
{
    for (int i = 0; i < count(); ++i) {
        QLabel *row = m_rows.at(i);
        const State rowState = state(i);
        // A tick for done, an arrow for the current step: the mark, not only the colour, tells.
        const QString mark = rowState == State::Done ? u"✓"_s
            : rowState == State::Current             ? u"▸"_s
                                                     : u" "_s;
        row->setText(u"%1  %2  %3"_s.arg(mark).arg(i + 1).arg(m_titles.at(i)));
        row->setAccessibleName(accessibleText(i));
        QFont font = this->font();
        font.setBold(rowState == State::Current);
        row->setFont(font);
        QPalette palette = this->palette();
        if (rowState == State::Done)
            palette.setColor(QPalette::WindowText,
                             StatusPalette::color(StatusPalette::Status::Ok, palette));
        else if (rowState == State::Later)
            palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
        row->setPalette(palette);
    }
    setAccessibleDescription(accessibleText(m_current));
}

} // namespace Tessera
