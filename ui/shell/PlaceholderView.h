#pragma once

#include <QWidget>

namespace Tessera {

// A view that a later release fills: says so plainly instead of showing made-up data.
class EmptyState;
class PageHeader;

class PlaceholderView final : public QWidget
{
    Q_OBJECT
public:
    PlaceholderView(const QString &title, const QString &purpose, QWidget *parent = nullptr);
    void setTexts(const QString &title, const QString &purpose);

protected:
    void changeEvent(QEvent *event) override;

private:
    PageHeader *m_header;
    EmptyState *m_coming;
};

} // namespace Tessera
