#include "LoadingState.h"

#include "BusySpinner.h"
#include "Retranslator.h"
#include "Spacing.h"
#include "TextStyle.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

namespace Tessera {

LoadingState::LoadingState(QWidget *parent)
    : QWidget(parent)
    , m_spinner(new BusySpinner(this))
    , m_text(new QLabel(tr("Loading…"), this))
    , m_progress(new QProgressBar(this))
    , m_counts(new QLabel(this))
{
    m_text->setAlignment(Qt::AlignHCenter);
    m_text->setWordWrap(true);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(40 * Spacing::Unit);
    m_progress->setVisible(false);
    Retranslator::follow(this, [this] { m_progress->setAccessibleName(tr("Progress")); });
    m_counts->setAlignment(Qt::AlignHCenter);
    m_counts->setVisible(false);
    TextStyle::apply(m_counts, TextStyle::Role::Caption);

    auto *layout = new QVBoxLayout(this);
    Spacing::setPageMargins(layout);
    layout->addStretch(1);
    layout->addWidget(m_spinner, 0, Qt::AlignHCenter);
    layout->addWidget(m_text);
    layout->addWidget(m_progress, 0, Qt::AlignHCenter);
    layout->addWidget(m_counts);
    layout->addStretch(2);
    setAccessibleName(m_text->text());
}

void LoadingState::setText(const QString &what)
{
    m_text->setText(what);
    setAccessibleName(what);
}

QString LoadingState::text() const
{
    return m_text->text();
}

void LoadingState::setProgress(qint64 done, qint64 total)
{
    const bool known = total > 0;
    m_progress->setVisible(known);
    m_counts->setVisible(known);
    if (!known)
        return;
    // QProgressBar counts in int; scale to per mille so 10^9 records still fit.
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(qBound(qint64(0), done * 1000 / total, qint64(1000))));
    const QLocale locale;
    m_counts->setText(tr("%1 / %2").arg(locale.toString(done), locale.toString(total)));
    m_progress->setAccessibleDescription(m_counts->text());
}

QString LoadingState::countText() const
{
    return m_counts->isVisibleTo(this) ? m_counts->text() : QString();
}

} // namespace Tessera
