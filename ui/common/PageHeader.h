#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace Tessera {

class DataAgeLabel;

// The top of every page, in the same place on each: the title, a caption line with an optional
// subtitle and the data's age, and the page's actions on the right.
class PageHeader final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageHeader)
public:
    explicit PageHeader(const QString &title, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const;
    void setSubtitle(const QString &subtitle);
    QString subtitle() const;
    void addAction(QWidget *widget); // right-aligned, in call order
    DataAgeLabel *dataAge() const { return m_dataAge; } // hidden until it tracks something


protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateCaptionRow();

    QLabel *m_title;
    QLabel *m_subtitle;
    DataAgeLabel *m_dataAge;
    QHBoxLayout *m_actions;
    QWidget *m_captionRow;
};

} // namespace Tessera
