#include "StateStack.h"

#include "EmptyState.h"
#include "LoadingState.h"

namespace Tessera {

StateStack::StateStack(QWidget *content, QWidget *parent)
    : QStackedWidget(parent)
    , m_content(content)
    , m_loading(new LoadingState(this))
    , m_empty(new EmptyState(this))
{
    addWidget(m_content);
    addWidget(m_loading);
    addWidget(m_empty);
    setCurrentWidget(m_content);
}

void StateStack::showContent()
{
    setCurrentWidget(m_content);
}

void StateStack::showLoading(const QString &what)
{
    m_loading->setText(what);
    m_loading->setProgress(0, 0);
    setCurrentWidget(m_loading);
}

void StateStack::showEmpty()
{
    setCurrentWidget(m_empty);
}

} // namespace Tessera
