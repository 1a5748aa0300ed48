#include "ConnectDialog.h"

#include "models/session/BackendUrl.h"
#include "ui/common/SecretLineEdit.h"
#include "ui/common/Spacing.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Tessera {

ConnectDialog::ConnectDialog(QNetworkAccessManager *network, QWidget *parent)
    : QDialog(parent)
    , m_probe(new ConnectionProbe(network, this))
    , m_sandboxChoice(new QRadioButton(tr("Try the local sandbox"), this))
    , m_backendChoice(new QRadioButton(tr("Connect to a backend"), this))
    , m_backendForm(new QWidget(this))
    , m_name(new QLineEdit(m_backendForm))
    , m_url(new QLineEdit(m_backendForm))
    , m_key(new SecretLineEdit(m_backendForm))
    , m_insecure(new QCheckBox(tr("Allow insecure connection (http:// to another machine)"),
                               m_backendForm))
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect Tessera"));
    setObjectName(QStringLiteral("connectDialog"));
    auto *intro = new QLabel(tr("Tessera manages the integrations of an applicant tracking system. "
                                "Start with the local sandbox — a complete demo organisation on "
                                "this computer — or connect to your backend."),
                             this);
    intro->setWordWrap(true);
    auto *sandboxHint = new QLabel(tr("No account needed. Data stays on this computer."), this);
    sandboxHint->setIndent(24);
    m_sandboxChoice->setChecked(true);

    m_name->setPlaceholderText(tr("e.g. Production ATS"));
    m_name->setAccessibleName(tr("Backend name"));
    m_url->setPlaceholderText(QStringLiteral("https://ats.example.com"));
    m_url->setAccessibleName(tr("Backend address"));
    m_key->setPlaceholderText(tr("Paste the API key"));
    m_key->setAccessibleName(tr("API key"));
    auto *form = new QFormLayout(m_backendForm);
    form->setContentsMargins(3 * Spacing::Unit, 0, 0, 0);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_url);
    form->addRow(tr("API &key:"), m_key);
    form->addRow(QString(), m_insecure);
    auto *keyHint = new QLabel(tr("The key is checked with the backend, then kept only in your "
                                  "system keychain."), m_backendForm);
    keyHint->setWordWrap(true);
    form->addRow(QString(), keyHint);

    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Connection check"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(6);
    m_busy->setTextVisible(false);
    m_busy->setVisible(false);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addWidget(m_sandboxChoice);
    layout->addWidget(sandboxHint);
    layout->addSpacing(8);
    layout->addWidget(m_backendChoice);
    layout->addWidget(m_backendForm);
    layout->addWidget(m_busy);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(560);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    connect(m_probe, &ConnectionProbe::succeeded, this, &ConnectDialog::onChecked);
    connect(m_probe, &ConnectionProbe::failed, this, &ConnectDialog::onCheckFailed);
    for (QRadioButton *choice : {m_sandboxChoice, m_backendChoice})
        connect(choice, &QRadioButton::toggled, this, &ConnectDialog::updateState);
    for (QLineEdit *edit : {m_url, m_name})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updateState);
    connect(m_key, &SecretLineEdit::textChanged, this, &ConnectDialog::updateState);
    connect(m_insecure, &QCheckBox::toggled, this, &ConnectDialog::updateState);
    updateState();
}

void ConnectDialog::prefillBackend(const QUrl &url)
{
    m_backendChoice->setChecked(true);
    m_url->setText(url.toString());
    m_insecure->setChecked(url.scheme() == QStringLiteral("http") && !BackendUrl::isLoopback(url));
    m_key->setFocus();
    updateState();
}

ConnectDialog::Choice ConnectDialog::choice() const
{
    return m_sandboxChoice->isChecked() ? Choice::Sandbox : Choice::Backend;
}

QString ConnectDialog::backendName() const
{
    if (!m_name->text().trimmed().isEmpty())
        return m_name->text().trimmed();
    return m_result.organizationName.isEmpty() ? m_checkedUrl.host() : m_result.organizationName;
}

QString ConnectDialog::apiKey() const
{
    return m_key->text().trimmed();
}

bool ConnectDialog::allowInsecure() const
{
    return m_insecure->isChecked();
}

void ConnectDialog::updateState()
{
    m_checked = false; // any edit invalidates an earlier check
    const bool backend = choice() == Choice::Backend;
    m_backendForm->setEnabled(backend && !m_probe->isRunning());
    QString problem;
    if (backend) {
        problem = BackendUrl::problem(BackendUrl::parse(m_url->text()), m_insecure->isChecked());
        if (m_url->text().trimmed().isEmpty())
            problem.clear(); // do not scold an empty field
        else if (problem.isEmpty() && apiKey().isEmpty())
            problem = tr("Paste the API key that your ATS administrator created for Tessera.");
    }
    m_status->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(
        !m_probe->isRunning()
        && (!backend || (problem.isEmpty() && !m_url->text().trimmed().isEmpty())));
}

void ConnectDialog::accept()
{
    if (choice() == Choice::Sandbox || m_checked) {
        QDialog::accept();
        return;
    }
    startCheck();
}

void ConnectDialog::startCheck()
{
    m_checkedUrl = BackendUrl::parse(m_url->text());
    m_status->setText(tr("Checking the key with %1…").arg(m_checkedUrl.host()));
    setBusy(true);
    m_probe->probe(m_checkedUrl, apiKey());
}

void ConnectDialog::onChecked(const ConnectionProbe::Result &result)
{
    setBusy(false);
    m_result = result;
    m_checked = true;
    QDialog::accept();
}

void ConnectDialog::onCheckFailed(const ApiError &error)
{
    setBusy(false);
    m_status->setText(error.userMessage());
    m_url->setFocus();
}

void ConnectDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_backendForm->setEnabled(!busy);
    m_sandboxChoice->setEnabled(!busy);
    m_backendChoice->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

} // namespace Tessera
