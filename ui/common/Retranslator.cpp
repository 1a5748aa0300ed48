#include "Retranslator.h"

#include <QEvent>
#include <QWidget>

namespace Tessera {

Retranslator::Retranslator(QWidget *owner)
    : QObject(owner)
{
    setObjectName(QStringLiteral("retranslator"));
    owner->installEventFilter(this);
}

void Retranslator::follow(QWidget *owner, std::function<void()> apply)
{
    auto *retranslator = owner->findChild<Retranslator *>(QString(), Qt::FindDirectChildrenOnly);
    if (!retranslator)
        retranslator = new Retranslator(owner);
    apply();
    retranslator->m_applies.push_back(std::move(apply));
}

bool Retranslator::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == parent())
        for (const auto &apply : m_applies)
            apply();
    return QObject::eventFilter(watched, event);
}

} // namespace Tessera
