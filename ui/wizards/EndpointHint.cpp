#include "EndpointHint.h"

#include "EndpointCheck.h"
#include "ui/common/Spacing.h"
#include "ui/common/StatusChip.h"
#include "ui/common/TextStyle.h"

#include <QHBoxLayout>
#include <QLabel>

namespace Tessera {

EndpointHint::EndpointHint(QWidget *parent)
    : QWidget(parent)
    , m_chip(new StatusChip(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("endpointHint"));
    m_text->setWordWrap(true);
    TextStyle::apply(m_text, TextStyle::Role::Caption);
    auto *layout = new QHBoxLayout(this);
    Spacing::setGroupMargins(layout);
    layout->addWidget(m_chip, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    hide();
}

void EndpointHint::showFor(const QString &url)
{
    const EndpointCheck::Kind kind = EndpointCheck::classify(url);
    setVisible(kind != EndpointCheck::Kind::Empty);
    m_chip->setStatus(EndpointCheck::status(kind), EndpointCheck::word(kind));
    m_text->setText(EndpointCheck::describe(kind));
    setAccessibleName(EndpointCheck::word(kind) + QStringLiteral(": ") + m_text->text());
}

QString EndpointHint::text() const
{
    return m_text->text();
}

} // namespace Tessera
