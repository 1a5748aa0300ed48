#pragma once

#include "CheckedPage.h"

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Tessera {

class SecretLineEdit;

// Step one of every wizard: create the ATS API key the partner uses. The secret is shown once,
// masked, with Show and Copy (the clipboard is cleared after 30 s), and kept in the keychain.
class AtsKeyPage final : public CheckedPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AtsKeyPage)
public:
    struct Options
    {
        QString partner;     // integrationPartner preset; empty leaves it blank (Humaans)
        QString scopePreset; // "integration:<id>" or "readWriteAll"
        std::function<QString()> explanation; // asked again after a language switch
        QStringList scopes;  // shown to the admin
    };
    AtsKeyPage(EnableWizard *wizard, const Options &options);
    static QString stepTitle();

    void initializePage() override;
    QPushButton *createButton() const { return m_create; }
    QPushButton *copyButton() const;

protected:
    bool inputComplete() const override;

private:
    void createKey();
    void showKey();
    void showKept(bool kept);
    void showNotice();

    Options m_options;
    QLineEdit *m_title;
    QPushButton *m_create;
    SecretLineEdit *m_secret;
    QLabel *m_notice;
    std::optional<bool> m_kept; // whether the keychain took the new key, once it answered
};

} // namespace Tessera
