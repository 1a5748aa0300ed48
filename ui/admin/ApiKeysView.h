#pragma once

#include "AdminPageParts.h"

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTableView;

namespace Tessera {

class ApiKeysModel;
class MessageBanner;
struct ApiKey;

// The API keys page: every key that is not revoked, New (Ctrl+N), Revoke (Delete, with a
// warning naming what uses the key) and Refresh (F5). A new key's secret is shown once in
// CreateApiKeyDialog; this view keeps no secret.
class ApiKeysView final : public QWidget
{
    Q_OBJECT
public:
    // Takes ownership of the model.
    explicit ApiKeysView(ApiKeysModel *model, QWidget *parent = nullptr);

    ApiKeysModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    void newKey();
    void revokeSelected();
    void refresh();
    // Selects the key and shows its details (Ctrl+K); one not listed yet is selected once the
    // list is loaded. False when it is not listed now.
    bool selectKey(const QString &keyId);

private:
    void updateState();
    void updateSelection();
    const ApiKey *selectedKey() const;
    void reselect();

    ApiKeysModel *m_model;
    MessageBanner *m_banner;
    QTableView *m_table;
    AdminPageParts::StatePages m_pages;
    QLabel *m_details;
    QAction *m_newAction;
    QAction *m_revokeAction;
    QAction *m_refreshAction;
    QString m_reselectId; // selected before a refresh
};

} // namespace Tessera
