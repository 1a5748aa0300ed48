#pragma once

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace Tessera {

// A framed, rounded panel that groups one thing (a health card, a setting group) with an
// optional section title. Put the content into body().
class Card final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Card)
public:
    explicit Card(const QString &title = {}, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const;
    QVBoxLayout *body() const { return m_body; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_title;
    QVBoxLayout *m_body;
};

} // namespace Tessera
