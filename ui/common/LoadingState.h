#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace Tessera {

class BusySpinner;

// What a view shows while it loads: a spinner and what is loading ("Loading 25 jobs…"); long
// work adds a progress bar with counts ("12,400 / 100,000").
class LoadingState final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadingState)
public:
    explicit LoadingState(QWidget *parent = nullptr);

    void setText(const QString &what);
    QString text() const;
    void setProgress(qint64 done, qint64 total); // total <= 0: the spinner only
    QString countText() const;

private:
    BusySpinner *m_spinner;
    QLabel *m_text;
    QProgressBar *m_progress;
    QLabel *m_counts;
};

} // namespace Tessera
