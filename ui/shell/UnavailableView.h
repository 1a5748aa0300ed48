#pragma once

#include <QWidget>

namespace Tessera {

// A view the connected backend cannot serve: its title and one sentence saying why.
class UnavailableView final : public QWidget
{
    Q_OBJECT
public:
    UnavailableView(const QString &title, const QString &reason, QWidget *parent = nullptr);
};

} // namespace Tessera
