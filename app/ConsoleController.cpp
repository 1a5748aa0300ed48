#include "ConsoleController.h"

#include "SandboxHost.h"
#include "Translations.h"

#include "models/api/ApiClient.h"
#include "models/candidates/CandidateDirectory.h"
#include "models/secrets/SecretStore.h"
#include "models/session/BackendContext.h"
#include "models/session/BackendSession.h"
#include "models/settings/Settings.h"
#include "ui/common/MessageBanner.h"
#include "ui/connect/ConnectDialog.h"
#include "ui/settings/SettingsView.h"
#include "ui/shell/MainWindow.h"
#include "ViewFactory.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcConsole, "tessera.console")

namespace Tessera {

namespace {
QString sandboxDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/sandbox"_s;
}
} // namespace

ConsoleController::ConsoleController(Settings *settings, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_window(std::make_unique<MainWindow>())
{
    connect(m_window->banner(), &MessageBanner::retryRequested, this, [this] {
        if (!m_context)
            askForConnection({});
        else
            m_context->connectToBackend();
    });
    installSettingsView();
    restoreWindow();
}

// Settings work without a backend too: it is where another one is added or chosen.
void ConsoleController::installSettingsView()
{
    auto *settingsView = new SettingsView(m_settings, m_secrets);
    settingsView->setLanguages(Translations::available());
    // A language chosen in Settings applies at once: every widget retranslates on
    // QEvent::LanguageChange, every shown model re-announces its texts.
    connect(m_settings, &Settings::languageChanged, this, [](const QString &language) {
        Translations::use(*QCoreApplication::instance(), language);
    });
    m_window->setViewWidget(MainWindow::View::Settings, settingsView);
    connect(settingsView, &SettingsView::addBackendRequested, this, [this] { askForConnection({}); });
    connect(settingsView, &SettingsView::switchBackendRequested, this, &ConsoleController::switchTo);
}

void ConsoleController::restoreWindow()
{
    if (!m_settings->windowGeometry().isEmpty())
        m_window->restoreGeometry(m_settings->windowGeometry());
    for (int view = 0; view <= int(MainWindow::View::Settings); ++view)
        if (MainWindow::viewName(MainWindow::View(view)) == m_settings->lastView())
            m_window->showView(MainWindow::View(view));
}

void ConsoleController::saveWindow()
{
    m_settings->setWindowGeometry(m_window->saveGeometry());
    m_settings->setLastView(MainWindow::viewName(m_window->currentView()));
}

ConsoleController::~ConsoleController()
{
    saveWindow();
    // Silence the connection first (nothing it cancels may reach the window or this), then the
    // views go while the models they show still exist, then the connection.
    if (m_context)
        m_context->shutDown();
    m_window.reset();
    delete m_context;
}

void ConsoleController::start(const Options &options)
{
    m_window->show();
    m_sandboxDeliveries = options.sandboxDeliveries;
    m_sandboxEnableAll = options.sandboxEnableAll;
    if (options.sandbox) {
        startSandbox();
        return;
    }
    if (options.backendUrl.isValid()) {
        for (const BackendConfig &backend : m_settings->backends()) {
            if (backend.kind == BackendConfig::Kind::Remote
                && backend.url.adjusted(QUrl::StripTrailingSlash)
                    == options.backendUrl.adjusted(QUrl::StripTrailingSlash)) {
                connectSaved(backend);
                return;
            }
        }
        askForConnection(options.backendUrl);
        return;
    }
    const auto saved = m_settings->backend(m_settings->currentBackendId());
    if (saved && saved->kind == BackendConfig::Kind::Sandbox)
        startSandbox();
    else if (saved)
        connectSaved(*saved);
    else
        askForConnection({});
}

void ConsoleController::startSandbox()
{
    if (!m_sandbox) {
        m_sandbox = new SandboxHost(sandboxDataDir(), m_secrets, this);
        m_sandbox->setDeliveries(m_sandboxDeliveries);
        m_sandbox->setEnableAll(m_sandboxEnableAll);
        connect(m_sandbox, &SandboxHost::started, this, &ConsoleController::onSandboxStarted);
        connect(m_sandbox, &SandboxHost::failed, this, [this](const QString &message) {
            Q_EMIT fatalError(tr("The embedded sandbox could not start: %1").arg(message));
        });
        connect(m_sandbox, &SandboxHost::adminKeyCreated, this, [this](const QString &secret) {
            saveKeyThenConnect(m_backend, secret);
        });
        m_sandbox->start();
        return;
    }
    onSandboxStarted(m_sandbox->baseUrl());
}

void ConsoleController::onSandboxStarted(const QUrl &url)
{
    BackendConfig sandbox;
    for (const BackendConfig &backend : m_settings->backends())
        if (backend.kind == BackendConfig::Kind::Sandbox)
            sandbox = backend;
    if (sandbox.id.isEmpty())
        sandbox = BackendConfig::create(tr("Local sandbox"), url, BackendConfig::Kind::Sandbox);
    sandbox.url = url; // a free port each run
    m_settings->saveBackend(sandbox);
    m_backend = sandbox;

    auto *job = m_secrets->read(sandbox.id, QLatin1String(apiKeyName), this);
    connect(job, &SecretJob::finished, this, [this, job] {
        if (job->isOk())
            connectTo(m_backend, job->secret());
        else if (job->error().kind() == SecretError::Kind::NotFound)
            m_sandbox->createAdminKey(tr("Tessera console (embedded sandbox)"));
        else
            offerSessionOnly(job->error(), [this] { onSandboxStarted(m_backend.url); });
    });
}

void ConsoleController::connectSaved(const BackendConfig &backend)
{
    m_backend = backend;
    auto *job = m_secrets->read(backend.id, QLatin1String(apiKeyName), this);
    connect(job, &SecretJob::finished, this, [this, job] {
        if (job->isOk())
            connectTo(m_backend, job->secret());
        else if (job->error().kind() == SecretError::Kind::NotFound)
            askForConnection(m_backend.url);
        else
            offerSessionOnly(job->error(), [this] { connectSaved(m_backend); });
    });
}

void ConsoleController::askForConnection(const QUrl &prefill)
{
    if (m_connectDialog)
        return;
    m_connectDialog = new ConnectDialog(&m_network, m_window.get());
    m_connectDialog->setAttribute(Qt::WA_DeleteOnClose);
    if (prefill.isValid())
        m_connectDialog->prefillBackend(prefill);
    connect(m_connectDialog, &QDialog::accepted, this, &ConsoleController::onConnectAccepted);
    connect(m_connectDialog, &QDialog::rejected, this, [this] {
        if (!m_context || !m_context->isConnected())
            m_window->banner()->showMessage(
                StatusPalette::Status::Attention,
                tr("Tessera is not connected to a backend. Press Retry to connect, or choose a "
                   "backend in Settings."),
                {}, true);
    });
    m_connectDialog->open();
}

void ConsoleController::onConnectAccepted()
{
    if (m_connectDialog->choice() == ConnectDialog::Choice::Sandbox) {
        startSandbox();
        return;
    }
    BackendConfig backend = BackendConfig::create(m_connectDialog->backendName(),
                                                  m_connectDialog->url(),
                                                  BackendConfig::Kind::Remote);
    backend.allowInsecure = m_connectDialog->allowInsecure();
    for (const BackendConfig &known : m_settings->backends())
        if (known.kind == BackendConfig::Kind::Remote && known.url == backend.url)
            backend.id = known.id; // a new key for a backend we already know
    saveKeyThenConnect(backend, m_connectDialog->apiKey());
}

void ConsoleController::saveKeyThenConnect(const BackendConfig &backend, const QString &key)
{
    auto *job = m_secrets->write(backend.id, QLatin1String(apiKeyName), key, this);
    connect(job, &SecretJob::finished, this, [this, job, backend, key] {
        if (!job->isOk()) {
            offerSessionOnly(job->error(), [this, backend, key] { saveKeyThenConnect(backend, key); });
            return;
        }
        m_settings->saveBackend(backend);
        connectTo(backend, key);
    });
}

void ConsoleController::connectTo(const BackendConfig &backend, const QString &key)
{
    m_keyRejectionHandled = false;
    m_backend = backend;
    m_settings->setCurrentBackendId(backend.id);
    m_window->setWindowTitle(tr("Tessera — %1").arg(backend.name));
    useContext(new BackendContext(&m_network, backend, key, m_settings, m_secrets, this));
    m_context->connectToBackend();
}

// The new connection's views replace the old ones; the old context (and every call it still
// has running) goes after them.
void ConsoleController::useContext(BackendContext *context)
{
    BackendContext *previous = m_context;
    m_context = context;
    watchClient(context);
    watchCandidates(context);
    connect(context->session(), &BackendSession::stateChanged, this,
            &ConsoleController::onSessionStateChanged);
    m_window->setSession(context->session());
    m_window->setBackgroundWork(context->backgroundWork());
    m_window->setQuickSearch(context->quickSearch());
    ViewFactory::install(*m_window, context);
    Q_EMIT contextChanged(context);
    if (previous) {
        previous->shutDown();
        previous->deleteLater(); // after the old views, which setViewWidget deletes first
    }
}

void ConsoleController::watchClient(BackendContext *context)
{
    ApiClient *client = context->client();
    connect(client, &ApiClient::connectionStateChanged, context,
            [this](ApiClient::ConnectionState state) {
                if (state == ApiClient::ConnectionState::KeyRejected)
                    onKeyRejected();
                else if (state == ApiClient::ConnectionState::Online)
                    m_window->banner()->clear();
            });
    connect(client, &ApiClient::retryScheduled, context,
            [this](const QString &method, int attempt, int delayMs, const ApiError &reason) {
                Q_UNUSED(method)
                m_window->showTransientStatus(
                    tr("%1 Retrying in %n s (attempt %2)…", nullptr, (delayMs + 999) / 1000)
                        .arg(reason.userMessage())
                        .arg(attempt),
                    delayMs + 500);
            });
}

SandboxHost *ConsoleController::sandboxHost() const
{
    return m_sandbox;
}

void ConsoleController::watchCandidates(BackendContext *context)
{
    CandidateDirectory *directory = context->candidates();
    connect(directory, &CandidateDirectory::stateChanged, context,
            [this, directory](CandidateDirectory::State state) {
                if (state == CandidateDirectory::State::Failed)
                    m_window->banner()->showError(directory->lastError());
                if (state == CandidateDirectory::State::Ready)
                    Q_EMIT ready();
            });
}

void ConsoleController::switchTo(const QString &backendId)
{
    const auto backend = m_settings->backend(backendId);
    if (!backend)
        return;
    m_recreatedSandboxKey = false;
    if (m_context)
        m_context->candidates()->cancel();
    if (backend->kind == BackendConfig::Kind::Sandbox)
        startSandbox();
    else
        connectSaved(*backend);
}

void ConsoleController::onSessionStateChanged()
{
    BackendSession *session = m_context->session();
    switch (session->state()) {
    case BackendSession::State::Connected:
        m_window->banner()->clear();
        m_context->candidates()->setExpectedTotal(session->organization().candidateCount);
        m_context->candidates()->sync();
        break;
    case BackendSession::State::Failed:
        if (session->lastError().isKeyRejected())
            onKeyRejected();
        else
            m_window->banner()->showError(session->lastError());
        break;
    default:
        break;
    }
}

void ConsoleController::onKeyRejected()
{
    // One 403 reaches us twice (client state, then the session): act once per connection.
    if (m_keyRejectionHandled)
        return;
    m_keyRejectionHandled = true;
    if (m_backend.kind == BackendConfig::Kind::Sandbox && m_sandbox && !m_recreatedSandboxKey) {
        // Our own sandbox (perhaps its data was reset): make it a new key, once.
        m_recreatedSandboxKey = true;
        m_sandbox->createAdminKey(tr("Tessera console (embedded sandbox)"));
        return;
    }
    m_window->banner()->showMessage(
        StatusPalette::Status::Failing,
        tr("%1 rejected Tessera's API key: it was revoked or deleted. Create a new key in your "
           "ATS and reconnect.").arg(m_backend.name),
        {}, false);
    askForConnection(m_backend.url);
}

void ConsoleController::offerSessionOnly(const SecretError &error,
                                         const std::function<void()> &again)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("No keychain"),
                                error.userMessage(), QMessageBox::NoButton, m_window.get());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Tessera never writes API keys to disk in clear text. You can keep "
                               "this key in memory until Tessera quits instead."));
    box->setDetailedText(error.detail());
    auto *sessionOnly = box->addButton(tr("Keep for this session only"), QMessageBox::AcceptRole);
    box->addButton(tr("Retry"), QMessageBox::ResetRole);
    box->addButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, sessionOnly, again](int) {
        if (box->clickedButton() == box->button(QMessageBox::Cancel))
            return;
        if (box->clickedButton() == sessionOnly)
            m_secrets->keepForSessionOnly(true);
        again();
    });
    box->open();
}

} // namespace Tessera
