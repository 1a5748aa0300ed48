#include "ApiKeysView.h"

#include "AdminPageParts.h"
#include "CreateApiKeyDialog.h"
#include "models/admin/ApiKeysModel.h"
#include "models/admin/Permissions.h"
#include "models/core/LoadStatus.h"
#include "ui/common/DataAgeLabel.h"
#include "ui/common/EmptyState.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/PageHeader.h"
#include "ui/common/Retranslator.h"
#include "ui/common/Spacing.h"
#include "ui/common/StateStack.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

using namespace AdminPageParts;

ApiKeysView::ApiKeysView(ApiKeysModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_banner(new MessageBanner(this))
    , m_table(makeTable(this, {}))
    , m_details(new QLabel(this))
{
    m_model->setParent(this);
    m_newAction = makeAction(this, {}, QKeySequence::New);
    m_revokeAction = makeAction(this, {}, QKeySequence(Qt::Key_Delete));
    m_refreshAction = makeAction(this, {}, QKeySequence(Qt::Key_F5));
    m_revokeAction->setEnabled(false);

    m_table->setModel(m_model);
    m_table->setObjectName(u"apiKeysTable"_s);
    m_table->horizontalHeader()->setSectionResizeMode(ApiKeysModel::TitleColumn,
                                                      QHeaderView::Stretch);
    for (int column = ApiKeysModel::PartnerColumn; column < ApiKeysModel::ColumnCount; ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column,
                                                          QHeaderView::ResizeToContents);
    m_pages = makeStatePages(this, m_table, m_newAction, {});
    m_pages.empty->setObjectName(u"apiKeysEmpty"_s);
    m_details->setObjectName(u"apiKeyDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *header = new PageHeader({}, this);
    header->addAction(buttonFor(m_newAction, this));
    header->addAction(buttonFor(m_revokeAction, this));
    header->addAction(buttonFor(m_refreshAction, this));
    header->dataAge()->track(m_model->status());

    auto *layout = new QVBoxLayout(this);
    Spacing::setPageMargins(layout);
    layout->addWidget(header);
    layout->addWidget(m_banner);
    layout->addWidget(m_pages.stack, 1);
    layout->addWidget(m_details);

    connect(m_newAction, &QAction::triggered, this, &ApiKeysView::newKey);
    connect(m_revokeAction, &QAction::triggered, this, &ApiKeysView::revokeSelected);
    connect(m_refreshAction, &QAction::triggered, this, &ApiKeysView::refresh);
    connect(m_banner, &MessageBanner::retryRequested, this, &ApiKeysView::refresh);
    connect(m_model->status(), &LoadStatus::stateChanged, this, &ApiKeysView::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ApiKeysView::reselect);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ApiKeysView::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ApiKeysView::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ApiKeysView::updateSelection);
    connect(m_model, &ApiKeysModel::revoked, this, [this](const QString &) {
        m_banner->showMessage(StatusPalette::Status::Ok, tr("The key was revoked."));
    });
    connect(m_model, &ApiKeysModel::revokeFailed, this,
            [this](const QString &, const ApiError &error) { m_banner->showError(error, false); });
    Retranslator::follow(this, [this, header] {
        setAccessibleName(tr("API keys"));
        m_table->setAccessibleName(tr("API keys"));
        setActionText(m_newAction, tr("&New key…"));
        setActionText(m_revokeAction, tr("Re&voke…"));
        setActionText(m_refreshAction, tr("Re&fresh"));
        m_pages.empty->setAction(tr("Create key"));
        m_details->setAccessibleName(tr("Selected key"));
        header->setTitle(tr("API keys"));
        header->setSubtitle(tr("Keys that partners and scripts use to reach the ATS. A key's "
                               "secret is shown once, when it is created."));
        updateState(); // the console calls refresh() once the session is connected
    });
}

void ApiKeysView::refresh()
{
    m_banner->clear();
    if (const ApiKey *key = selectedKey())
        m_reselectId = key->id;
    m_model->load();
}

bool ApiKeysView::selectKey(const QString &keyId)
{
    if (AdminPageParts::goToRow(m_table, m_model->rowOf(keyId)))
        return true;
    m_reselectId = keyId; // reselect() selects it once the list is loaded
    return false;
}

void ApiKeysView::reselect()
{
    updateState();
    const int row = m_model->rowOf(m_reselectId);
    m_reselectId.clear();
    if (row >= 0)
        m_table->selectRow(row);
}

void ApiKeysView::updateState()
{
    const LoadState state = m_model->status()->state();
    if (state == LoadState::Failed)
        m_banner->showError(m_model->status()->lastError());
    m_pages.show(state, m_model->rowCount(), tr("Loading API keys…"),
                 state == LoadState::Failed
                     ? tr("The API keys could not be loaded. See the message above.")
                     : tr("No API keys yet. Create one for each partner or script that needs "
                          "to reach the ATS."));
    updateSelection();
}

const ApiKey *ApiKeysView::selectedKey() const
{
    return m_model->key(selectedRow(m_table));
}

void ApiKeysView::updateSelection()
{
    const ApiKey *key = selectedKey();
    m_revokeAction->setEnabled(key != nullptr);
    if (!key) {
        m_details->setText(m_model->rowCount() > 0 ? tr("Select a key to see its permissions.")
                                                   : QString());
        return;
    }
    QStringList labels;
    for (const QString &scope : key->scopes)
        labels << Permissions::label(scope);
    const QString usedBy =
        m_model->index(m_model->rowOf(key->id), ApiKeysModel::UsedByColumn).data().toString();
    m_details->setText(tr("%1 — permissions: %2. Used by: %3.")
                           .arg(key->title, labels.join(u", "_s), usedBy));
}

void ApiKeysView::newKey()
{
    auto *dialog = new CreateApiKeyDialog(m_model, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateApiKeyDialog::keyCreated, this,
            [this](const QString &keyId) {
                const int row = m_model->rowOf(keyId);
                if (row >= 0)
                    m_table->selectRow(row);
            });
    dialog->open();
}

void ApiKeysView::revokeSelected()
{
    const ApiKey *key = selectedKey();
    if (!key)
        return;
    const QString keyId = key->id;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Revoke API key"),
                                tr("Revoke the key “%1”?").arg(key->title), QMessageBox::NoButton,
                                this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(u"revokeConfirmation"_s);
    QString consequence;
    if (!key->usedBy) {
        consequence = tr("Tessera cannot tell what uses this key. Anything that uses it stops "
                         "working at once. This cannot be undone.");
    } else if (key->usedBy->isEmpty()) {
        consequence = tr("No integration uses this key. Scripts that use it stop working at "
                         "once. This cannot be undone.");
    } else {
        consequence = tr("These integrations use this key and stop working at once: %1. Give "
                         "them a new key first. This cannot be undone.")
                          .arg(ApiKeysModel::usedByText(*key));
    }
    if (key->id == m_model->ownKeyId())
        consequence.prepend(tr("Tessera itself uses this key: after revoking it, this console "
                               "loses access to the backend until you give it a new key.")
                            + u' ');
    box->setInformativeText(consequence);
    QPushButton *revoke = box->addButton(tr("&Revoke key"), QMessageBox::DestructiveRole);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    revoke->setAccessibleName(tr("Revoke key"));
    connect(revoke, &QPushButton::clicked, this, [this, keyId] { m_model->revoke(keyId); });
    box->open();
}

} // namespace Tessera
