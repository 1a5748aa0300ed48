#pragma once

#include <QLabel>
#include <QList>
#include <QPointer>
#include <QTimer>

namespace Tessera {

class LoadStatus;

// How old a view's data is: "Updated 12 s ago", "Updating…", "Not loaded yet", or, when the
// last refresh failed, "Refresh failed · updated 3 min ago". Tracks one or more LoadStatus
// objects and shows the oldest; ticks by itself while visible.
class DataAgeLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataAgeLabel)
public:
    explicit DataAgeLabel(QWidget *parent = nullptr);

    void track(const LoadStatus *status);

    static QString ageText(qint64 seconds);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void refresh();

    QList<QPointer<const LoadStatus>> m_statuses;
    QTimer m_clock;
};

} // namespace Tessera
