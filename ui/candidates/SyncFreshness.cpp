#include "SyncFreshness.h"

#include "models/candidates/CandidateDirectory.h"
#include "ui/common/Retranslator.h"
#include "ui/common/Spacing.h"

#include <QHBoxLayout>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

SyncFreshness::SyncFreshness(CandidateDirectory *directory, QWidget *parent)
    : QWidget(parent)
    , m_directory(directory)
    , m_button(new QToolButton(this))
{
    m_button->setObjectName(u"candidateRefresh"_s);
    m_button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *layout = new QHBoxLayout(this);
    Spacing::setGroupMargins(layout);
    layout->addWidget(m_button);
    connect(m_button, &QToolButton::clicked, this, &SyncFreshness::refresh);
    connect(directory, &CandidateDirectory::stateChanged, this, &SyncFreshness::update);
    Retranslator::follow(this, [this] {
        m_button->setText(tr("Refresh"));
        m_button->setToolTip(tr("Fetch what changed since the last sync (F5)"));
        m_button->setAccessibleName(tr("Refresh candidates"));
        update();
    });
}

void SyncFreshness::refresh()
{
    m_directory->sync(); // incremental once the first sync is done
    Q_EMIT refreshed();
}

void SyncFreshness::update()
{
    const auto state = m_directory->state();
    m_button->setEnabled(state != CandidateDirectory::State::SyncingCandidates
                         && state != CandidateDirectory::State::SyncingApplications);
}

} // namespace Tessera
