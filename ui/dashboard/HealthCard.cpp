#include "HealthCard.h"

#include "ui/common/Card.h"
#include "ui/common/Spacing.h"
#include "ui/common/StatusChip.h"
#include "ui/common/TextStyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {

StatusPalette::Status paletteStatus(IntegrationHealth::State state)
{
    switch (state) {
    case IntegrationHealth::State::Ok: return StatusPalette::Status::Ok;
    case IntegrationHealth::State::Degraded: return StatusPalette::Status::Attention;
    case IntegrationHealth::State::Failing: return StatusPalette::Status::Failing;
    case IntegrationHealth::State::Unknown: break;
    }
    return StatusPalette::Status::Unavailable;
}

} // namespace

HealthCard::HealthCard(QWidget *parent)
    : QWidget(parent)
    , m_card(new Card({}, this))
    , m_chip(new StatusChip(this))
    , m_reason(new QLabel(this))
    , m_times(new QLabel(this))
    , m_fix(new QPushButton(this))
{
    m_reason->setWordWrap(true);
    m_reason->setObjectName(u"healthReason"_s);
    m_times->setWordWrap(true);
    m_times->setObjectName(u"healthTimes"_s);
    TextStyle::apply(m_times, TextStyle::Role::Caption);
    m_fix->setObjectName(u"healthFix"_s);
    m_chip->setObjectName(u"healthState"_s);
    auto *top = new QHBoxLayout;
    Spacing::setGroupMargins(top);
    top->addWidget(m_chip);
    top->addStretch(1);
    m_card->body()->addLayout(top);
    m_card->body()->addWidget(m_reason);
    m_card->body()->addWidget(m_times);
    m_card->body()->addStretch(1);
    auto *actions = new QHBoxLayout;
    Spacing::setGroupMargins(actions);
    actions->addStretch(1);
    actions->addWidget(m_fix);
    m_card->body()->addLayout(actions);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_card);
    connect(m_fix, &QPushButton::clicked, this, [this] {
        if (!m_health.reasons.isEmpty())
            Q_EMIT fixRequested(m_health.reasons.constFirst());
    });
    render();
}

void HealthCard::setHealth(const IntegrationHealth &health, bool stale)
{
    m_health = health;
    m_stale = stale;
    render();
}

QString HealthCard::stateWord(IntegrationHealth::State state)
{
    switch (state) {
    case IntegrationHealth::State::Ok: return tr("Working");
    case IntegrationHealth::State::Degraded: return tr("Degraded");
    case IntegrationHealth::State::Failing: return tr("Failing");
    case IntegrationHealth::State::Unknown: break;
    }
    return tr("Not checked");
}

QString HealthCard::reasonSentence(const HealthReason &reason, const IntegrationHealth &health)
{
    if (reason.code == "deliveries_failing"_L1)
        return tr("%n recent webhook deliveries failed. Check the webhook's URL and the "
                  "partner's answers, then redeliver.", nullptr, qMax(1, health.failingDeliveries));
    if (reason.code == "key_revoked"_L1)
        return tr("The API key %1 uses was revoked or is missing. Create a new key and enter it "
                  "in the setup.").arg(health.name);
    if (reason.code == "partner_unavailable"_L1)
        return tr("%1 does not answer. Try again later, or check the connection in its setup.")
            .arg(health.name);
    if (reason.code == "stuck_runs"_L1)
        return tr("%n %1 run(s) have not moved for longer than usual. Open the candidate, check "
                  "the run with %1, or cancel it and start again.", nullptr,
                  qMax(1, health.stuckRuns)).arg(health.name);
    if (reason.code == "sync_overdue"_L1)
        return tr("The last sync is overdue. Open the setup and run a sync.");
    if (reason.code == "not_checked"_L1)
        return tr("Nothing was checked in the last hour. Test the connection to find out.");
    return reason.message;
}

QString HealthCard::fixLabel(const QString &fixKind)
{
    if (fixKind == "webhook"_L1)
        return tr("Open webhook");
    if (fixKind == "apiKey"_L1)
        return tr("Open API keys");
    if (fixKind == "test"_L1)
        return tr("Test connection");
    if (fixKind == "activity"_L1)
        return tr("Open candidate");
    return tr("Open setup");
}

QString HealthCard::relativeTime(const QDateTime &time, const QDateTime &now)
{
    const qint64 seconds = time.secsTo(now);
    const qint64 span = qAbs(seconds);
    QString amount;
    if (span < 60)
        return seconds >= 0 ? tr("just now") : tr("in less than a minute");
    if (span < 3600)
        amount = tr("%L1 min").arg(span / 60);
    else if (span < 86400)
        amount = tr("%L1 h").arg(span / 3600);
    else
        amount = tr("%n day(s)", nullptr, int(span / 86400));
    return seconds >= 0 ? tr("%1 ago").arg(amount) : tr("in %1").arg(amount);
}

QString HealthCard::stateText() const
{
    return m_chip->text();
}

QString HealthCard::reasonText() const
{
    return m_reason->text();
}

void HealthCard::render()
{
    m_card->setTitle(m_health.name);
    const QString word = stateWord(m_health.state);
    if (m_stale)
        m_chip->setStatus(StatusPalette::Status::Unavailable, tr("Not current"));
    else
        m_chip->setStatus(paletteStatus(m_health.state), word);

    QString reason;
    if (!m_health.reasons.isEmpty())
        reason = reasonSentence(m_health.reasons.constFirst(), m_health);
    else if (m_health.state == IntegrationHealth::State::Ok)
        reason = tr("Everything works.");
    if (m_stale)
        reason = tr("The dashboard could not refresh. Last known state: %1.").arg(word)
            + (reason.isEmpty() ? QString() : u' ' + reason);
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList times;
    times.append(m_health.lastSuccessAt.isValid()
                     ? tr("Last success %1").arg(relativeTime(m_health.lastSuccessAt, now))
                     : tr("No success yet"));
    if (m_health.nextSyncDueAt.isValid())
        times.append(m_health.nextSyncDueAt > now
                         ? tr("next sync %1").arg(relativeTime(m_health.nextSyncDueAt, now))
                         : tr("sync overdue since %1")
                               .arg(QLocale().toString(m_health.nextSyncDueAt.toLocalTime(),
                                                       QLocale::ShortFormat)));
    m_times->setText(times.join(u" · "_s));

    const bool fixable = !m_health.reasons.isEmpty();
    m_fix->setVisible(fixable);
    if (fixable) {
        m_fix->setText(fixLabel(m_health.reasons.constFirst().fixKind));
        m_fix->setAccessibleName(m_fix->text() + u": "_s + m_health.name);
    }
    setAccessibleName(m_health.name + u": "_s + m_chip->text());
    setAccessibleDescription(reason);
}

void HealthCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace Tessera
