#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace Tessera {

class BackendSession;

// The frame: sidebar navigation, one page per view, and a status bar with the connection.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    enum class View { Marketplace, FieldMappings, InterviewPlans, Candidates, Dashboard, Settings };
    Q_ENUM(View)

    explicit MainWindow(BackendSession *session, QWidget *parent = nullptr);

    void showView(View view);
    View currentView() const;
    // Replaces a view's page (later releases swap placeholders for real views).
    void setViewWidget(View view, QWidget *widget);

private:
    void addView(View view, const QString &name, QWidget *page);

    BackendSession *m_session;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
};

} // namespace Tessera
