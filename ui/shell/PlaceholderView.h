#pragma once

#include <QWidget>

namespace Tessera {

// A view that a later release fills: says so plainly instead of showing made-up data.
class PlaceholderView final : public QWidget
{
    Q_OBJECT
public:
    PlaceholderView(const QString &title, const QString &purpose, QWidget *parent = nullptr);
};

} // namespace Tessera
