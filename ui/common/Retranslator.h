#pragma once

#include <QObject>

#include <functional>
#include <vector>

class QWidget;

namespace Tessera {

// The language-switch half of a widget: the code that sets its translated texts, run once now
// and again whenever the widget receives QEvent::LanguageChange (Settings → Language). The
// compact form of the classic changeEvent() + retranslateUi() pair, for widgets whose texts
// are set in their constructor:
//
//     Retranslator::follow(this, [=] { title->setText(tr("API keys")); });
//
// The code may capture `this` and the widget's children: it never outlives `owner`.
class Retranslator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Retranslator)
public:
    static void follow(QWidget *owner, std::function<void()> apply);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit Retranslator(QWidget *owner);

    std::vector<std::function<void()>> m_applies;
};

} // namespace Tessera
