#pragma once

#include <QStackedWidget>

namespace Tessera {

class EmptyState;
class LoadingState;

// The pages of one view's data area: the content, what is loading, or why it is empty.
// Errors go to a MessageBanner above it, so content that loaded before stays readable.
class StateStack final : public QStackedWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StateStack)
public:
    explicit StateStack(QWidget *content, QWidget *parent = nullptr);

    LoadingState *loading() const { return m_loading; }
    EmptyState *empty() const { return m_empty; }

    void showContent();
    void showLoading(const QString &what);
    void showEmpty();
    bool isShowingContent() const { return currentWidget() == m_content; }

private:
    QWidget *m_content;
    LoadingState *m_loading;
    EmptyState *m_empty;
};

} // namespace Tessera
