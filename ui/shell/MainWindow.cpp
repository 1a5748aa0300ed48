#include "shell/MainWindow.h"

#include "shell/ConnectionIndicator.h"
#include "shell/PlaceholderView.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>

namespace Tessera {

MainWindow::MainWindow(BackendSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
{
    setWindowTitle(tr("Tessera"));
    setObjectName(QStringLiteral("mainWindow"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setFixedWidth(200);
    m_navigation->setSpacing(2);
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
    addView(View::Settings, tr("Settings"),
            new PlaceholderView(tr("Settings"),
                                tr("Backends, language and where secrets are kept."), this));

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    for (int index = 0; index < m_navigation->count(); ++index) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)), this);
        connect(shortcut, &QShortcut::activated, this,
                [this, index] { showView(static_cast<View>(index)); });
    }

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    statusBar()->addWidget(new ConnectionIndicator(session, this), 1);
    showView(View::Marketplace);
    resize(1280, 800);
}

void MainWindow::addView(View view, const QString &name, QWidget *page)
{
    Q_ASSERT(m_navigation->count() == int(view));
    auto *item = new QListWidgetItem(name, m_navigation);
    item->setData(Qt::AccessibleTextRole, name);
    item->setToolTip(tr("%1 (Ctrl+%2)").arg(name).arg(int(view) + 1));
    item->setSizeHint(QSize(0, 36));
    m_pages->addWidget(page);
}

void MainWindow::showView(View view)
{
    m_navigation->setCurrentRow(int(view));
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
