#include "ConnectDialog.h"

#include "models/session/BackendUrl.h"
#include "ui/common/FormRow.h"
#include "ui/common/Retranslator.h"
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
    , m_sandboxChoice(new QRadioButton(this))
    , m_backendChoice(new QRadioButton(this))
    , m_backendForm(new QWidget(this))
    , m_name(new QLineEdit(m_backendForm))
    , m_url(new QLineEdit(m_backendForm))
    , m_key(new SecretLineEdit(m_backendForm))
    , m_insecure(new QCheckBox(m_backendForm))
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("connectDialog"));
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    auto *sandboxHint = new QLabel(this);
    sandboxHint->setIndent(24);
    m_sandboxChoice->setChecked(true);

    m_url->setPlaceholderText(QStringLiteral("https://ats.example.com"));
    auto *form = new QFormLayout(m_backendForm);
    form->setContentsMargins(3 * Spacing::Unit, 0, 0, 0);
    QLabel *nameLabel = FormRow::add(form, m_name);
    QLabel *urlLabel = FormRow::add(form, m_url);
    QLabel *keyLabel = FormRow::add(form, m_key);
    form->addRow(QString(), m_insecure);
    auto *keyHint = new QLabel(m_backendForm);
    keyHint->setWordWrap(true);
    form->addRow(QString(), keyHint);

    m_status->setWordWrap(true);
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(6);
    m_busy->setTextVisible(false);
    m_busy->setVisible(false);
    Retranslator::follow(this, [=, this] {
        setWindowTitle(tr("Connect Tessera"));
        intro->setText(tr("Tessera manages the integrations of an applicant tracking system. "
                          "Start with the local sandbox — a complete demo organisation on "
                          "this computer — or connect to your backend."));
        sandboxHint->setText(tr("No account needed. Data stays on this computer."));
        m_sandboxChoice->setText(tr("Try the local sandbox"));
        m_backendChoice->setText(tr("Connect to a backend"));
        m_insecure->setText(tr("Allow insecure connection (http:// to another machine)"));
        m_name->setPlaceholderText(tr("e.g. Production ATS"));
        m_name->setAccessibleName(tr("Backend name"));
        m_url->setAccessibleName(tr("Backend address"));
        m_key->setPlaceholderText(tr("Paste the API key"));
        m_key->setAccessibleName(tr("API key"));
        nameLabel->setText(tr("&Name:"));
        urlLabel->setText(tr("&Address:"));
        keyLabel->setText(tr("API &key:"));
        keyHint->setText(tr("The key is checked with the backend, then kept only in your "
                            "system keychain."));
        m_status->setAccessibleName(tr("Connection check"));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
        showStatus();
    });

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
    m_failure.reset();
    const bool backend = choice() == Choice::Backend;
    m_backendForm->setEnabled(backend && !m_probe->isRunning());
    showStatus();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(
        !m_probe->isRunning()
        && (!backend || (problem().isEmpty() && !m_url->text().trimmed().isEmpty())));
}

QString ConnectDialog::problem() const
{
    if (choice() != Choice::Backend || m_url->text().trimmed().isEmpty())
        return {}; // do not scold an empty field
    QString problem = BackendUrl::problem(BackendUrl::parse(m_url->text()),
                                          m_insecure->isChecked());
    if (problem.isEmpty() && apiKey().isEmpty())
        problem = tr("Paste the API key that your ATS administrator created for Tessera.");
    return problem;
}

// What the status line says now, in the current language: the check running, its failure, or
// what is wrong with the input.
void ConnectDialog::showStatus()
{
    if (m_probe->isRunning())
        m_status->setText(tr("Checking the key with %1…").arg(m_checkedUrl.host()));
    else if (m_failure)
        m_status->setText(m_failure->userMessage());
    else
        m_status->setText(problem());
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
    m_failure.reset();
    setBusy(true);
    m_probe->probe(m_checkedUrl, apiKey());
    showStatus();
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
    m_failure = error;
    showStatus();
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
