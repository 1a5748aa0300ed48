#pragma once

#include "models/search/QuickTarget.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QStackedWidget;

namespace Tessera {

class BackendSession;
class BackgroundWork;
class ConnectionIndicator;
class MessageBanner;
class QuickSearch;
class QuickSwitcher;

// The frame: the app mark and sidebar navigation, one page per view, and a status bar with
// the connection and whatever runs in the background (syncs with counts, refreshes).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    // In sidebar order; Ctrl+1… follow it (UX.md: Settings is Ctrl+6).
    enum class View {
        Marketplace,
        FieldMappings,
        InterviewPlans,
        Candidates,
        Dashboard,
        Settings,
        ApiKeys,
        Webhooks
    };
    Q_ENUM(View)
    static constexpr int ViewCount = int(View::Webhooks) + 1;

    explicit MainWindow(QWidget *parent = nullptr);

    // The connection whose state the status bar shows.
    void setSession(BackendSession *session);
    // The connection's background work, shown in the status bar while it runs.
    void setBackgroundWork(BackgroundWork *work);
    // What Ctrl+K searches; the window fills in the views.
    void setQuickSearch(QuickSearch *search);
    // Ctrl+K: the quick switcher, open and focused (null before a connection).
    QuickSwitcher *openQuickSwitcher();

    void showView(View view);
    View currentView() const;
    // Replaces a view's page (later releases swap placeholders for real views).
    void setViewWidget(View view, QWidget *widget);
    QWidget *viewWidget(View view) const;
    static QString viewName(View view); // stable, untranslated: "candidates", ...
    static QString viewTitle(View view); // translated, as the sidebar shows it
    // The view with this stable name, or nothing.
    static std::optional<View> viewNamed(const QString &name);

    // Window-wide, non-modal messages (a revoked key, the backend going away).
    MessageBanner *banner() const { return m_banner; }
    void showTransientStatus(const QString &text, int milliseconds);
    QString backgroundWorkText() const;

Q_SIGNALS:
    // The admin picked a place in the quick switcher; the view is already shown.
    void quickTargetChosen(const Tessera::QuickTarget &target);

protected:
    void changeEvent(QEvent *event) override;

private:
    void tintNavigation();
    void retranslateUi();
    QWidget *buildSidebar();
    void addView(View view);
    void addSidebarCaption();
    QListWidgetItem *itemOf(View view) const;
    void showBackgroundWork();

    ConnectionIndicator *m_connection;
    QLabel *m_markName = nullptr;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    MessageBanner *m_banner;
    QLabel *m_workLabel;
    QProgressBar *m_workBar;
    QPointer<BackgroundWork> m_work;
    QPointer<QuickSearch> m_quickSearch;
};

} // namespace Tessera
