#include "MainWindow.h"

#include "ConnectionIndicator.h"
#include "models/core/BackgroundWork.h"
#include "models/search/QuickSearch.h"
#include "PlaceholderView.h"
#include "QuickSwitcher.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/Spacing.h"
#include "ui/common/StatusPalette.h"
#include "ui/common/TextStyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Tessera {

namespace {
constexpr int ViewRole = Qt::UserRole + 1;
constexpr int SidebarWidth = 26 * Spacing::Unit;

QString purposeOf(MainWindow::View view)
{
    using View = MainWindow::View;
    switch (view) {
    case View::Marketplace:
        return MainWindow::tr("Browse integrations and enable them with guided wizards.");
    case View::FieldMappings:
        return MainWindow::tr("Map ATS fields to partner fields with drag and drop.");
    case View::InterviewPlans:
        return MainWindow::tr("Add partner activities to interview-plan stages.");
    case View::Candidates: return MainWindow::tr("Search candidates and run manual actions.");
    case View::Dashboard: return MainWindow::tr("See the health of every integration at a glance.");
    case View::Settings: return MainWindow::tr("Backends, language and where secrets are kept.");
    case View::ApiKeys:
        return MainWindow::tr("Keys partners use to reach the ATS, and who uses them.");
    case View::Webhooks:
        return MainWindow::tr("Events the ATS sends to partners, and every delivery.");
    }
    return {};
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_connection(new ConnectionIndicator(this))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_banner(new MessageBanner(this))
    , m_workLabel(new QLabel(this))
    , m_workBar(new QProgressBar(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_pages->setObjectName(QStringLiteral("pages"));

    for (int index = 0; index < ViewCount; ++index) {
        if (View(index) == View::ApiKeys)
            addSidebarCaption();
        addView(View(index));
    }
    connect(m_navigation, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *current) {
                if (current && current->data(ViewRole).isValid())
                    m_pages->setCurrentIndex(current->data(ViewRole).toInt());
            });
    for (int index = 0; index < ViewCount; ++index) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)), this);
        connect(shortcut, &QShortcut::activated, this, [this, index] { showView(View(index)); });
    }

    auto *quick = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_K), this);
    connect(quick, &QShortcut::activated, this, &MainWindow::openQuickSwitcher);

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
    layout->addWidget(buildSidebar());
    layout->addWidget(content, 1);
    setCentralWidget(central);

    statusBar()->addWidget(m_connection, 1);
    m_workLabel->setTextFormat(Qt::PlainText);
    m_workBar->setMaximumWidth(28 * Spacing::Unit);
    m_workBar->setMaximumHeight(2 * Spacing::Unit);
    m_workBar->setTextVisible(false);
    statusBar()->addPermanentWidget(m_workLabel);
    statusBar()->addPermanentWidget(m_workBar);
    retranslateUi();
    showView(View::Marketplace);
    resize(1280, 800);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Tessera"));
    m_markName->setText(tr("Tessera"));
    m_markName->parentWidget()->setAccessibleName(tr("Tessera"));
    m_navigation->setAccessibleName(tr("Navigation"));
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem *item = m_navigation->item(row);
        if (!item->data(ViewRole).isValid()) { // the one caption
            item->setText(tr("Access for partners"));
            item->setData(Qt::AccessibleTextRole, item->text());
            continue;
        }
        const View view = View(item->data(ViewRole).toInt());
        const QString title = viewTitle(view);
        item->setText(title);
        item->setData(Qt::AccessibleTextRole, title);
        item->setData(Qt::AccessibleDescriptionRole, tr("Ctrl+%1").arg(int(view) + 1));
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(title).arg(int(view) + 1));
        if (auto *placeholder = qobject_cast<PlaceholderView *>(m_pages->widget(int(view))))
            placeholder->setTexts(title, purposeOf(view));
    }
    m_workLabel->setAccessibleName(tr("Background work"));
    m_workBar->setAccessibleName(tr("Background work progress"));
    showBackgroundWork();
    if (m_quickSearch)
        setQuickSearch(m_quickSearch); // the views' names it finds
}

QWidget *MainWindow::buildSidebar()
{
    auto *sidebar = new QWidget(this);
    sidebar->setObjectName(QStringLiteral("sidebar"));
    sidebar->setFixedWidth(SidebarWidth);
    auto *mark = new QWidget(sidebar);
    auto *markLayout = new QHBoxLayout(mark);
    markLayout->setContentsMargins(Spacing::Wide, Spacing::Wide, Spacing::Wide, Spacing::Normal);
    markLayout->setSpacing(Spacing::Normal);
    auto *logo = new QLabel(mark);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/app/tessera.svg")).pixmap(28, 28));
    m_markName = new QLabel(mark);
    TextStyle::apply(m_markName, TextStyle::Role::PageTitle);
    markLayout->addWidget(logo);
    markLayout->addWidget(m_markName, 1);

    m_navigation->setParent(sidebar);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(0);
    m_navigation->setIconSize(QSize(20, 20));
    // The list blends into the sidebar (the window colour, not a white field) and marks the
    // current view with a light tint, so its icon and words stay readable.
    m_navigation->viewport()->setBackgroundRole(QPalette::Window);
    tintNavigation();

    auto *layout = new QVBoxLayout(sidebar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(mark);
    layout->addWidget(m_navigation, 1);
    auto *edge = new QFrame(this);
    edge->setFrameShape(QFrame::VLine);
    edge->setFrameShadow(QFrame::Sunken);
    auto *withEdge = new QWidget(this);
    auto *edgeLayout = new QHBoxLayout(withEdge);
    edgeLayout->setContentsMargins(0, 0, 0, 0);
    edgeLayout->setSpacing(0);
    edgeLayout->addWidget(sidebar);
    edgeLayout->addWidget(edge);
    return withEdge;
}

void MainWindow::addView(View view)
{
    Q_ASSERT(m_pages->count() == int(view));
    auto *item = new QListWidgetItem(
        QIcon(QStringLiteral(":/icons/views/%1.svg").arg(viewName(view))), QString(), m_navigation);
    item->setData(ViewRole, int(view));
    item->setSizeHint(QSize(0, 4 * Spacing::Unit + Spacing::Tight));
    m_pages->addWidget(new PlaceholderView(viewTitle(view), purposeOf(view), this));
}

void MainWindow::addSidebarCaption()
{
    auto *item = new QListWidgetItem(m_navigation);
    item->setFlags(Qt::NoItemFlags);
    // A blank icon lines the caption up with the entries' words.
    QPixmap blank(m_navigation->iconSize());
    blank.fill(Qt::transparent);
    item->setIcon(QIcon(blank));
    item->setFont(TextStyle::font(TextStyle::Role::Caption, m_navigation->font()));
    item->setSizeHint(QSize(0, 4 * Spacing::Unit));
}

void MainWindow::tintNavigation()
{
    QPalette tinted = palette();
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        tinted.setColor(group, QPalette::Highlight,
                        StatusPalette::background(StatusPalette::Status::InProgress, tinted));
        tinted.setColor(group, QPalette::HighlightedText, tinted.color(QPalette::WindowText));
    }
    m_navigation->setPalette(tinted);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        tintNavigation();
    else if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

QListWidgetItem *MainWindow::itemOf(View view) const
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem *item = m_navigation->item(row);
        if (item->data(ViewRole).isValid() && item->data(ViewRole).toInt() == int(view))
            return item;
    }
    return nullptr;
}

void MainWindow::setSession(BackendSession *session)
{
    m_connection->setSession(session);
}

void MainWindow::setBackgroundWork(BackgroundWork *work)
{
    if (m_work)
        m_work->disconnect(this);
    m_work = work;
    if (work)
        connect(work, &BackgroundWork::changed, this, &MainWindow::showBackgroundWork);
    showBackgroundWork();
}

void MainWindow::setQuickSearch(QuickSearch *search)
{
    m_quickSearch = search;
    if (!search)
        return;
    QList<std::pair<QString, QString>> views;
    for (int index = 0; index < ViewCount; ++index)
        views.append({viewName(View(index)), viewTitle(View(index))});
    search->setViews(views);
}

QuickSwitcher *MainWindow::openQuickSwitcher()
{
    if (!m_quickSearch) {
        showTransientStatus(tr("Connect to a backend first: the quick switcher searches it."),
                            4000);
        return nullptr;
    }
    if (auto *open = findChild<QuickSwitcher *>(); open && open->isVisible()) {
        open->activateWindow();
        return open;
    }
    auto *switcher = new QuickSwitcher(m_quickSearch, this);
    connect(switcher, &QuickSwitcher::chosen, this, [this](const QuickTarget &target) {
        switch (target.kind) {
        case QuickTarget::Kind::View:
            if (const auto view = viewNamed(target.id))
                showView(*view);
            break;
        case QuickTarget::Kind::Integration: showView(View::Marketplace); break;
        case QuickTarget::Kind::Candidate: showView(View::Candidates); break;
        case QuickTarget::Kind::Job: showView(View::InterviewPlans); break;
        case QuickTarget::Kind::Webhook: showView(View::Webhooks); break;
        case QuickTarget::Kind::ApiKey: showView(View::ApiKeys); break;
        }
        Q_EMIT quickTargetChosen(target);
    });
    switcher->show();
    return switcher;
}

void MainWindow::showView(View view)
{
    m_navigation->setCurrentItem(itemOf(view));
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
    case View::Settings: return QStringLiteral("settings");
    case View::ApiKeys: return QStringLiteral("api-keys");
    case View::Webhooks: return QStringLiteral("webhooks");
    }
    return {};
}

QString MainWindow::viewTitle(View view)
{
    switch (view) {
    case View::Marketplace: return tr("Marketplace");
    case View::FieldMappings: return tr("Field mappings");
    case View::InterviewPlans: return tr("Interview plans");
    case View::Candidates: return tr("Candidates");
    case View::Dashboard: return tr("Dashboard");
    case View::Settings: return tr("Settings");
    case View::ApiKeys: return tr("API keys");
    case View::Webhooks: return tr("Webhooks");
    }
    return {};
}

std::optional<MainWindow::View> MainWindow::viewNamed(const QString &name)
{
    for (int index = 0; index < ViewCount; ++index)
        if (viewName(View(index)) == name)
            return View(index);
    return std::nullopt;
}

QString MainWindow::backgroundWorkText() const
{
    return m_workLabel->isHidden() ? QString() : m_workLabel->text();
}

void MainWindow::showBackgroundWork()
{
    if (!m_work || m_work->isIdle()) {
        m_workLabel->setVisible(false);
        m_workBar->setVisible(false);
        return;
    }
    const QLocale locale;
    const BackgroundWork::Job &job = m_work->jobs().constFirst();
    QString text = job.total > 0 ? tr("%1: %2 / %3")
                                       .arg(job.description, locale.toString(job.done),
                                            locale.toString(job.total))
                 : job.done > 0 ? tr("%1: %2").arg(job.description, locale.toString(job.done))
                                : tr("%1…").arg(job.description);
    if (m_work->jobs().size() > 1)
        text = tr("%1 · %n more", nullptr, int(m_work->jobs().size() - 1)).arg(text);
    QStringList all;
    for (const BackgroundWork::Job &each : m_work->jobs())
        all << each.description;
    m_workLabel->setText(text);
    m_workLabel->setToolTip(all.join(u'\n'));
    if (job.total > 0) {
        m_workBar->setRange(0, 1000);
        m_workBar->setValue(int(std::min<qint64>(1000, job.done * 1000 / job.total)));
    } else {
        m_workBar->setRange(0, 0);
    }
    m_workBar->setAccessibleDescription(text);
    m_workLabel->setVisible(true);
    m_workBar->setVisible(true);
}

void MainWindow::showTransientStatus(const QString &text, int milliseconds)
{
    statusBar()->showMessage(text, milliseconds);
}

MainWindow::View MainWindow::currentView() const
{
    QListWidgetItem *item = m_navigation->currentItem();
    return item ? View(item->data(ViewRole).toInt()) : View::Marketplace;
}

void MainWindow::setViewWidget(View view, QWidget *widget)
{
    QWidget *old = m_pages->widget(int(view));
    m_pages->insertWidget(int(view), widget);
    m_pages->removeWidget(old);
    old->deleteLater();
    m_pages->setCurrentIndex(int(currentView()));
}

} // namespace Tessera
