#pragma once

#include "CheckedPage.h"

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
        QString explanation;
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

    Options m_options;
    QLineEdit *m_title;
    QPushButton *m_create;
    SecretLineEdit *m_secret;
    QLabel *m_notice;
};

} // namespace Tessera
