#include "RedeliverBar.h"

#include "models/dashboard/BulkRedeliver.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/Spacing.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

RedeliverBar::RedeliverBar(BulkRedeliver *redeliver, QWidget *parent)
    : QFrame(parent)
    , m_redeliver(redeliver)
    , m_confirm(new QWidget(this))
    , m_question(new QLabel(m_confirm))
    , m_resend(new QPushButton(m_confirm))
    , m_cancel(new QPushButton(m_confirm))
    , m_outcome(new MessageBanner(this))
{
    m_resend->setObjectName(u"resendButton"_s);
    m_cancel->setObjectName(u"cancelResendButton"_s);
    m_outcome->setObjectName(u"redeliverOutcome"_s);
    m_question->setWordWrap(true);
    auto *row = new QHBoxLayout(m_confirm);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(Spacing::Normal);
    row->addWidget(m_question, 1);
    row->addWidget(m_resend);
    row->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Spacing::Tight);
    layout->addWidget(m_confirm);
    layout->addWidget(m_outcome);
    m_confirm->hide();

    connect(m_redeliver, &BulkRedeliver::previewed, this, &RedeliverBar::showPreview);
    connect(m_resend, &QPushButton::clicked, this, [this] {
        m_resend->setEnabled(false);
        m_cancel->setEnabled(false);
        if (!m_redeliver->confirm())
            m_confirm->hide();
    });
    connect(m_cancel, &QPushButton::clicked, m_redeliver, &BulkRedeliver::cancel);
    // However the preview is dropped (Cancel, a changed filter), its question goes with it.
    connect(m_redeliver, &BulkRedeliver::cancelled, m_confirm, &QWidget::hide);
    connect(m_redeliver, &BulkRedeliver::redelivered, this,
            [this](int count, const QStringList &) {
                m_confirm->hide();
                m_outcome->showMessage(StatusPalette::Status::Ok,
                                       tr("Resent %n delivery(s). Each is a new attempt in the "
                                          "log; the table shows what fails again.",
                                          nullptr, count));
                Q_EMIT redelivered(count);
            });
    connect(m_redeliver, &BulkRedeliver::failed, this, [this](const ApiError &error) {
        m_confirm->hide();
        m_outcome->showError(error, false);
    });
    retranslateUi();
}

QString RedeliverBar::text() const
{
    return m_confirm->isVisibleTo(this) ? m_question->text() : m_outcome->text();
}

void RedeliverBar::showPreview(int count)
{
    if (count == 0) {
        m_confirm->hide();
        m_outcome->showMessage(StatusPalette::Status::Attention,
                               tr("No delivery matches any more, so there is nothing to "
                                  "resend. Change the filters or refresh the table."));
        return;
    }
    m_outcome->clear();
    m_question->setText(tr("This will resend %n delivery(s). Each goes to its webhook's current "
                           "address as a new attempt.", nullptr, count));
    m_resend->setEnabled(true);
    m_cancel->setEnabled(true);
    m_confirm->show();
    m_resend->setFocus();
}

void RedeliverBar::retranslateUi()
{
    m_resend->setText(tr("&Resend"));
    m_resend->setAccessibleName(tr("Resend the deliveries"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Do not resend"));
    if (m_confirm->isVisibleTo(this))
        showPreview(m_redeliver->previewCount());
}

void RedeliverBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

} // namespace Tessera
