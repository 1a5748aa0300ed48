#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QProgressBar;
class QStackedWidget;

namespace Tessera {

class BackendSession;
class ConnectionIndicator;
class MessageBanner;

// The frame: sidebar navigation, one page per view, and a status bar with the connection.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    enum class View {
        Marketplace,
        FieldMappings,
        InterviewPlans,
        Candidates,
        Dashboard,
        ApiKeys,
        Webhooks,
        Settings
    };
    Q_ENUM(View)

    explicit MainWindow(QWidget *parent = nullptr);

    // The connection whose state the status bar shows.
    void setSession(BackendSession *session);

    void showView(View view);
    View currentView() const;
    // Replaces a view's page (later releases swap placeholders for real views).
    void setViewWidget(View view, QWidget *widget);
    QWidget *viewWidget(View view) const;
    static QString viewName(View view); // stable, untranslated: "candidates", ...

    // Window-wide, non-modal messages (a revoked key, the backend going away).
    MessageBanner *banner() const { return m_banner; }
    // Sync progress in the status bar; total < 0 shows a busy bar with the count only.
    void showSyncProgress(const QString &what, qint64 done, qint64 total);
    void hideSyncProgress();
    void showTransientStatus(const QString &text, int milliseconds);

private:
    void addView(View view, const QString &name, QWidget *page);

    ConnectionIndicator *m_connection;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    MessageBanner *m_banner;
    QLabel *m_syncLabel;
    QProgressBar *m_syncBar;
};

} // namespace Tessera
