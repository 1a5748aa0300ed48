#pragma once

#include <QLabel>

namespace Tessera {

// A page heading: one step larger than the system font, bold.
class PageTitle final : public QLabel
{
    Q_OBJECT
public:
    explicit PageTitle(const QString &text, QWidget *parent = nullptr);
};

} // namespace Tessera
