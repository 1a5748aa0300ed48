#include "CandidateHeader.h"

#include "models/domain/Candidate.h"

#include <QLabel>
#include <QStringList>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {
QLabel *makeLabel(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}
} // namespace

CandidateHeader::CandidateHeader(QWidget *parent)
    : QWidget(parent)
    , m_name(makeLabel(u"candidateName"_s, tr("Candidate name"), this))
    , m_contact(makeLabel(u"candidateContact"_s, tr("Email and phone"), this))
    , m_links(makeLabel(u"candidateLinks"_s, tr("Links"), this))
    , m_location(makeLabel(u"candidateLocation"_s, tr("Location"), this))
    , m_stage(makeLabel(u"candidateStage"_s, tr("Current stage"), this))
{
    QFont heading = m_name->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.25);
    heading.setBold(true);
    m_name->setFont(heading);
    m_links->setTextFormat(Qt::RichText);
    m_links->setOpenExternalLinks(true);
    m_links->setTextInteractionFlags(Qt::TextBrowserInteraction);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    for (QLabel *label : {m_name, m_contact, m_links, m_location, m_stage})
        layout->addWidget(label);
    clear();
}

void CandidateHeader::setCandidate(const Candidate &candidate)
{
    m_name->setText(candidate.name);
    QStringList contact;
    if (!candidate.email.isEmpty())
        contact << candidate.email;
    if (!candidate.phone.isEmpty())
        contact << candidate.phone;
    m_contact->setText(contact.isEmpty() ? tr("No email or phone on file") : contact.join(u"  ·  "_s));

    QStringList links;
    for (const SocialLink &link : candidate.socialLinks) {
        const QUrl url(link.url);
        if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s))
            continue;
        const QString name = link.type.isEmpty() ? url.host() : link.type;
        links << u"<a href=\"%1\">%2</a>"_s.arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                                name.toHtmlEscaped());
    }
    m_links->setText(links.join(u"  ·  "_s));
    m_links->setVisible(!links.isEmpty());
    m_location->setText(candidate.location);
    m_location->setVisible(!candidate.location.isEmpty());
}

void CandidateHeader::setStage(const QString &text)
{
    m_stage->setText(text);
    m_stage->setVisible(!text.isEmpty());
}

void CandidateHeader::clear()
{
    for (QLabel *label : {m_name, m_contact, m_links, m_location, m_stage})
        label->clear();
    for (QLabel *label : {m_links, m_location, m_stage})
        label->setVisible(false);
}

QString CandidateHeader::name() const
{
    return m_name->text();
}

} // namespace Tessera
