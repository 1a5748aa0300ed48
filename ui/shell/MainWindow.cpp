#include "MainWindow.h"

#include "ConnectionIndicator.h"
#include "PlaceholderView.h"
#include "ui/common/MessageBanner.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMetaEnum>
#include <QProgressBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Tessera {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_connection(new ConnectionIndicator(this))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_banner(new MessageBanner(this))
    , m_syncLabel(new QLabel(this))
    , m_syncBar(new QProgressBar(this))
{
    setWindowTitle(tr("Tessera"));
    setObjectName(QStringLiteral("mainWindow"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setFixedWidth(200);
    m_navigation->setSpacing(2);
    m_navigation->setIconSize(QSize(20, 20));
    m_pages->setObjectName(QStringLiteral("pages"));

    addView(View::Marketplace, tr("Marketplace"),
            new PlaceholderView(tr("Marketplace"),
                                tr("Browse integrations and enable them with guided wizards."),
                                this));
    addView(View::FieldMappings, tr("Field mappings"),
            new PlaceholderView(tr("Field mappings"),
                                tr("Map ATS fields to partner fields with drag and drop."), this));
    addView(View::InterviewPlans, tr("Interview plans"),
            new PlaceholderView(tr("Interview plans"),
                                tr("Add partner activities to interview-plan stages."), this));
    addView(View::Candidates, tr("Candidates"),
            new PlaceholderView(tr("Candidates"),
                                tr("Search candidates and run manual actions."), this));
    addView(View::Dashboard, tr("Dashboard"),
            new PlaceholderView(tr("Dashboard"),
                                tr("See the health of every integration at a glance."), this));
    addView(View::ApiKeys, tr("API keys"),
            new PlaceholderView(tr("API keys"),
                                tr("Keys partners use to reach the ATS, and who uses them."), this));
    addView(View::Webhooks, tr("Webhooks"),
            new PlaceholderView(tr("Webhooks"),
                                tr("Events the ATS sends to partners, and every delivery."), this));
    addView(View::Settings, tr("Settings"),
            new PlaceholderView(tr("Settings"),
                                tr("Backends, language and where secrets are kept."), this));

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    for (int index = 0; index < m_navigation->count(); ++index) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)), this);
        connect(shortcut, &QShortcut::activated, this,
                [this, index] { showView(static_cast<View>(index)); });
    }

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addWidget(m_banner);
    contentLayout->addWidget(m_pages, 1);
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(content, 1);
    setCentralWidget(central);
    statusBar()->addWidget(m_connection, 1);
    m_syncLabel->setAccessibleName(tr("Sync progress"));
    m_syncBar->setAccessibleName(tr("Sync progress"));
    m_syncBar->setMaximumWidth(220);
    m_syncBar->setTextVisible(false);
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_syncBar);
    hideSyncProgress();
    showView(View::Marketplace);
    resize(1280, 800);
}

void MainWindow::addView(View view, const QString &name, QWidget *page)
{
    Q_ASSERT(m_navigation->count() == int(view));
    auto *item = new QListWidgetItem(
        QIcon(QStringLiteral(":/icons/views/%1.svg").arg(viewName(view))), name, m_navigation);
    item->setData(Qt::AccessibleTextRole, name);
    item->setToolTip(tr("%1 (Ctrl+%2)").arg(name).arg(int(view) + 1));
    item->setSizeHint(QSize(0, 36));
    m_pages->addWidget(page);
}

void MainWindow::setSession(BackendSession *session)
{
    m_connection->setSession(session);
}

void MainWindow::showView(View view)
{
    m_navigation->setCurrentRow(int(view));
}

QWidget *MainWindow::viewWidget(View view) const
{
    return m_pages->widget(int(view));
}

QString MainWindow::viewName(View view)
{
    switch (view) {
    case View::Marketplace: return QStringLiteral("marketplace");
    case View::FieldMappings: return QStringLiteral("field-mappings");
    case View::InterviewPlans: return QStringLiteral("interview-plans");
    case View::Candidates: return QStringLiteral("candidates");
    case View::Dashboard: return QStringLiteral("dashboard");
    case View::ApiKeys: return QStringLiteral("api-keys");
    case View::Webhooks: return QStringLiteral("webhooks");
    case View::Settings: return QStringLiteral("settings");
    }
    return {};
}

void MainWindow::showSyncProgress(const QString &what, qint64 done, qint64 total)
{
    const QLocale locale;
    m_syncLabel->setText(total > 0 ? tr("Syncing %1 %2 / %3")
                                         .arg(what, locale.toString(done), locale.toString(total))
                                   : tr("Syncing %1 %2").arg(what, locale.toString(done)));
    if (total > 0) {
        m_syncBar->setRange(0, 1000);
        m_syncBar->setValue(int(std::min<qint64>(1000, done * 1000 / total)));
    } else {
        m_syncBar->setRange(0, 0);
    }
    m_syncLabel->setVisible(true);
    m_syncBar->setVisible(true);
}

void MainWindow::hideSyncProgress()
{
    m_syncLabel->setVisible(false);
    m_syncBar->setVisible(false);
}

void MainWindow::showTransientStatus(const QString &text, int milliseconds)
{
    statusBar()->showMessage(text, milliseconds);
}

MainWindow::View MainWindow::currentView() const
{
    return static_cast<View>(m_navigation->currentRow());
}

void MainWindow::setViewWidget(View view, QWidget *widget)
{
    QWidget *old = m_pages->widget(int(view));
    m_pages->insertWidget(int(view), widget);
    m_pages->removeWidget(old);
    old->deleteLater();
    m_pages->setCurrentIndex(m_navigation->currentRow());
}

} // namespace Tessera
