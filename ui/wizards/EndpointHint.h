#pragma once

#include <QWidget>

class QLabel;

namespace Tessera {

class StatusChip;

// Under an address field: what the address is (EndpointCheck) as a status chip and a sentence,
// updated while the admin types. Hidden while the field is empty.
class EndpointHint final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointHint)
public:
    explicit EndpointHint(QWidget *parent = nullptr);

    void showFor(const QString &url);
    QString text() const;
    StatusChip *chip() const { return m_chip; }

private:
    StatusChip *m_chip;
    QLabel *m_text;
};

} // namespace Tessera
