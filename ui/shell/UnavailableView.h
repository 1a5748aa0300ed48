#pragma once

#include <QWidget>

#include <functional>

class QLabel;

namespace Tessera {

class EmptyState;
class PageHeader;

// A view the connected backend cannot serve: its title and one sentence saying why. Both are
// given as functions returning translated text, so they follow a language switch.
class UnavailableView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnavailableView)
public:
    using Text = std::function<QString()>;
    UnavailableView(Text title, Text reason, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Text m_title;
    Text m_reason;
    PageHeader *m_header;
    EmptyState *m_reasonState;
};

} // namespace Tessera
