#include "CandidateHeader.h"

#include "ElidingLabel.h"
#include "FlowLayout.h"
#include "models/domain/Candidate.h"
#include "StagePillDelegate.h"
#include "ui/common/Retranslator.h"
#include "ui/common/Spacing.h"
#include "ui/common/StatusChip.h"
#include "ui/common/TextStyle.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {
// A value that is shown whole or not at all: one line, never narrower than its text.
QLabel *valueLabel(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(false);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    return label;
}
} // namespace

CandidateHeader::CandidateHeader(QWidget *parent)
    : QWidget(parent)
    , m_name(new ElidingLabel(this))
    , m_nameRow(new QHBoxLayout)
    , m_email(valueLabel(u"candidateEmail"_s, {}, this))
    , m_phone(valueLabel(u"candidatePhone"_s, {}, this))
    , m_location(valueLabel(u"candidateLocation"_s, {}, this))
    , m_noContact(valueLabel(u"candidateNoContact"_s, {}, this))
    , m_contactRow(new FlowLayout(Spacing::Wide, Spacing::Tight))
    , m_stageRow(new QWidget(this))
    , m_stageCaption(new QLabel(m_stageRow))
    , m_stage(new StatusChip(m_stageRow))
    , m_job(new ElidingLabel(m_stageRow))
{
    m_name->setObjectName(u"candidateName"_s);
    TextStyle::apply(m_name, TextStyle::Role::Section);
    m_stage->setObjectName(u"candidateStage"_s);
    m_job->setObjectName(u"candidateStageJob"_s);
    Retranslator::follow(this, [this] {
        m_email->setAccessibleName(tr("Email"));
        m_phone->setAccessibleName(tr("Phone"));
        m_location->setAccessibleName(tr("Location"));
        m_noContact->setAccessibleName(tr("Email and phone"));
        m_stageCaption->setText(tr("No applications yet"));
        m_name->setAccessibleName(tr("Candidate name"));
        m_noContact->setText(tr("No email or phone on file"));
        m_stage->setToolTip(tr("Current stage"));
        m_job->setAccessibleName(tr("Job"));
    });
    m_stageCaption->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    for (QWidget *value : {static_cast<QWidget *>(m_email), static_cast<QWidget *>(m_phone),
                           static_cast<QWidget *>(m_location), static_cast<QWidget *>(m_noContact)})
        m_contactRow->addWidget(value);
    auto *stageRow = new FlowLayout(Spacing::Normal, Spacing::Tight, m_stageRow);
    stageRow->addWidget(m_stageCaption);
    stageRow->addWidget(m_job);
    stageRow->addWidget(m_stage);

    auto *layout = new QVBoxLayout(this);
    Spacing::setGroupMargins(layout);
    layout->setSpacing(Spacing::Tight);
    Spacing::setGroupMargins(m_nameRow);
    m_nameRow->addWidget(m_name, 1);
    layout->addLayout(m_nameRow);
    layout->addLayout(m_contactRow);
    layout->addWidget(m_stageRow);
    clear();
}

void CandidateHeader::addAction(QWidget *widget)
{
    m_nameRow->addWidget(widget, 0, Qt::AlignTop);
}

void CandidateHeader::setCandidate(const Candidate &candidate)
{
    m_name->setValue(candidate.name);
    m_email->setText(candidate.email);
    m_email->setVisible(!candidate.email.isEmpty());
    m_phone->setText(candidate.phone);
    m_phone->setVisible(!candidate.phone.isEmpty());
    m_noContact->setVisible(candidate.email.isEmpty() && candidate.phone.isEmpty());
    m_location->setText(candidate.location);
    m_location->setVisible(!candidate.location.isEmpty());
    setLinks(candidate);
}

void CandidateHeader::setLinks(const Candidate &candidate)
{
    qDeleteAll(m_links); // a deleted widget leaves its layout by itself
    m_links.clear();
    for (const SocialLink &link : candidate.socialLinks) {
        const QUrl url(link.url);
        if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s))
            continue;
        const QString name = link.type.isEmpty() ? url.host() : link.type;
        // A button, not a label with a link: Tab onto it shows the focus at once (a label
        // shows it only on a second Tab, a flat button never).
        auto *button = new QPushButton(name, this);
        button->setCursor(Qt::PointingHandCursor);
        QPalette colours = button->palette();
        colours.setColor(QPalette::ButtonText, colours.color(QPalette::Link));
        button->setPalette(colours);
        button->setObjectName(u"candidateLink"_s);
        button->setAccessibleName(name);
        button->setAccessibleDescription(tr("Opens %1 in the browser").arg(url.toDisplayString()));
        button->setToolTip(url.toDisplayString());
        button->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        connect(button, &QPushButton::clicked, this, [url] { QDesktopServices::openUrl(url); });
        m_contactRow->addWidget(button);
        m_links.append(button);
    }
}

void CandidateHeader::setStage(const QString &stage, const QString &stageType, const QString &job)
{
    m_stageCaption->setVisible(false);
    m_stage->setStatus(StagePillDelegate::statusOf(stageType), stage);
    m_stage->setVisible(true);
    m_job->setValue(job);
    m_job->setVisible(!job.isEmpty());
    m_stageRow->setVisible(true);
}

void CandidateHeader::setNoApplications()
{
    m_stageCaption->setVisible(true);
    m_stage->setVisible(false);
    m_job->setVisible(false);
    m_stageRow->setVisible(true);
}

void CandidateHeader::clearStage()
{
    m_stageRow->setVisible(false);
}

void CandidateHeader::clear()
{
    m_name->setValue({});
    for (QLabel *label : {m_email, m_phone, m_location, m_noContact}) {
        label->clear();
        label->setVisible(false);
    }
    qDeleteAll(m_links);
    m_links.clear();
    clearStage();
}

QString CandidateHeader::name() const
{
    return m_name->text();
}

} // namespace Tessera
