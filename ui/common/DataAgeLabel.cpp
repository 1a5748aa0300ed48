#include "DataAgeLabel.h"

#include "models/core/LoadStatus.h"
#include "Retranslator.h"
#include "TextStyle.h"

#include <QLocale>

namespace Tessera {

DataAgeLabel::DataAgeLabel(QWidget *parent)
    : QLabel(parent)
{
    TextStyle::apply(this, TextStyle::Role::Caption);
    setVisible(false);
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &DataAgeLabel::refresh);
    Retranslator::follow(this, [this] { refresh(); }); // words, dates and numbers of the new locale
}

void DataAgeLabel::track(const LoadStatus *status)
{
    m_statuses.append(status);
    connect(status, &LoadStatus::stateChanged, this, &DataAgeLabel::refresh);
    setVisible(true);
    refresh();
}

QString DataAgeLabel::ageText(qint64 seconds)
{
    if (seconds < 5)
        return tr("Updated just now");
    if (seconds < 60)
        return tr("Updated %1 s ago").arg(seconds);
    if (seconds < 3600)
        return tr("Updated %1 min ago").arg(seconds / 60);
    if (seconds < 86400)
        return tr("Updated %1 h ago").arg(seconds / 3600);
    return tr("Updated %n day(s) ago", nullptr, int(seconds / 86400));
}

void DataAgeLabel::refresh()
{
    QDateTime oldest;
    bool loading = false;
    bool failed = false;
    bool neverLoaded = m_statuses.isEmpty();
    for (const auto &status : std::as_const(m_statuses)) {
        if (!status)
            continue;
        loading = loading || status->isLoading();
        failed = failed || status->state() == LoadState::Failed;
        if (!status->hasLoaded())
            neverLoaded = true;
        else if (!oldest.isValid() || status->updatedAt() < oldest)
            oldest = status->updatedAt();
    }
    QString text;
    if (neverLoaded)
        text = loading ? tr("Loading…") : failed ? tr("Could not load") : tr("Not loaded yet");
    else if (loading)
        text = tr("Updating…");
    else {
        const QString age = ageText(qMax<qint64>(0, oldest.secsTo(QDateTime::currentDateTimeUtc())));
        text = failed ? tr("Refresh failed · %1").arg(age) : age;
    }
    setText(text);
    setAccessibleName(text);
    setToolTip(oldest.isValid() ? tr("Last updated %1")
                                      .arg(QLocale().toString(oldest.toLocalTime(),
                                                              QLocale::ShortFormat))
                                : QString());
}

void DataAgeLabel::showEvent(QShowEvent *event)
{
    refresh();
    m_clock.start();
    QLabel::showEvent(event);
}

void DataAgeLabel::hideEvent(QHideEvent *event)
{
    m_clock.stop();
    QLabel::hideEvent(event);
}

} // namespace Tessera
