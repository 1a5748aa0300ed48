#pragma once

#include "CheckedPage.h"
#include "models/integrations/SetupTypes.h"

class QComboBox;
class QLineEdit;
class QPushButton;

namespace Tessera {

class EndpointHint;
class SecretLineEdit;

// Justifacts' settings in the ATS: the credential verification key Justifacts e-mailed, the ATS
// key it uses (from the existing keys) and the staging base URL. Next proves the connection by
// having the backend fetch assessment.list from Justifacts.
class JustifactsSettingsPage final : public CheckedPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JustifactsSettingsPage)
public:
    explicit JustifactsSettingsPage(EnableWizard *wizard);

    void initializePage() override;
    QComboBox *keyBox() const { return m_key; }

protected:
    bool inputComplete() const override;
    void runCheck() override;

private:
    enum class KeysState { Loading, Failed, Loaded };

    void loadKeys();
    void showKeys();
    static QString keyText(const ApiKeyChoice &key);

    SecretLineEdit *m_credential;
    QComboBox *m_key;
    QLineEdit *m_baseUrl;
    EndpointHint *m_baseUrlHint;
    QPushButton *m_simulate = nullptr;
    QList<ApiKeyChoice> m_keys; // as the key box lists them
    KeysState m_keysState = KeysState::Loading;
};

} // namespace Tessera
