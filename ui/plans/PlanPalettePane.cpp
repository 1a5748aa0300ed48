#include "PlanPalettePane.h"

#include "models/core/LoadStatus.h"
#include "models/plans/PlanPalette.h"
#include "PaletteTree.h"
#include "ui/common/EmptyState.h"
#include "ui/common/Spacing.h"
#include "ui/common/TextStyle.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

PlanPalettePane::PlanPalettePane(PlanPalette *palette, QWidget *parent)
    : QWidget(parent)
    , m_palette(palette)
    , m_caption(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_tree(new PaletteTree(this))
    , m_noIntegrations(new EmptyState(this))
{
    setObjectName(u"planPalette"_s);
    TextStyle::apply(m_caption, TextStyle::Role::Section);
    m_caption->setBuddy(m_tree);
    m_hint->setWordWrap(true);
    TextStyle::apply(m_hint, TextStyle::Role::Caption);
    m_problems->setObjectName(u"paletteProblems"_s);
    m_problems->setWordWrap(true);
    m_problems->hide();
    m_noIntegrations->setObjectName(u"planNoIntegrations"_s);
    m_noIntegrations->hide();
    connect(m_noIntegrations, &EmptyState::actionTriggered, this,
            &PlanPalettePane::marketplaceRequested);
    auto *layout = new QVBoxLayout(this);
    Spacing::setGroupMargins(layout);
    layout->addWidget(m_caption);
    layout->addWidget(m_hint);
    layout->addWidget(m_problems);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_noIntegrations, 1);
    setMinimumWidth(320);
    connect(palette, &PlanPalette::itemsChanged, this, &PlanPalettePane::update);
    connect(palette->status(), &LoadStatus::stateChanged, this, &PlanPalettePane::update);
    retranslateUi();
}

void PlanPalettePane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void PlanPalettePane::retranslateUi()
{
    m_caption->setText(tr("&Palette"));
    m_hint->setText(tr("Drag an activity onto a stage, or focus a stage and press Insert."));
    m_noIntegrations->setText(tr("No enabled integration offers activities. Enable Justifacts "
                                 "(background checks) or Juro (contract workflows) in the "
                                 "Marketplace to add them to interview plans."));
    m_noIntegrations->setAction(tr("Open the Marketplace"));
    // The items' texts come from the palette, which speaks the new language now.
    update();
}

void PlanPalettePane::update()
{
    m_tree->setItems(m_palette->items());
    const bool none = m_palette->integrationsLoaded() && m_palette->offering().isEmpty();
    m_noIntegrations->setVisible(none);
    m_tree->setVisible(!none);
    const QStringList problems = m_palette->problems();
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
}

} // namespace Tessera
