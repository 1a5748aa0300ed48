#pragma once

#include <QLabel>

namespace Tessera {

// A one-line label that, when narrower than its text, draws the text cut with "…" and shows it
// whole in its tooltip. text() is always the whole text.
class ElidingLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidingLabel)
public:
    explicit ElidingLabel(QWidget *parent = nullptr);

    // Use this rather than setText(), so the tooltip follows.
    void setValue(const QString &text);
    bool isElided() const;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateToolTip();
};

} // namespace Tessera
