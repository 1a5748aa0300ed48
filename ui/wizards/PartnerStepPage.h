#pragma once

#include "CheckedPage.h"

#include <QHash>

#include <functional>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Tessera {

class Card;
class SecretLineEdit;

// A thin, configured page for one step an admin does partly on the partner's website: the
// instructions, values to copy there (with Copy buttons), values to paste back from there, an
// optional "Do this step in the simulated partner" button (sandbox only) or a confirmation
// check box, and the check that runs on Next.
class PartnerStepPage final : public CheckedPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerStepPage)
public:
    // A value the admin enters on the partner's website: a fixed choice shown as plain text,
    // a value to copy (an address), or a secret (masked, with Show and Copy).
    struct CopyRow
    {
        enum class Kind { Fixed, Copy, Secret };
        QString label;
        std::function<QString()> value;
        Kind kind = Kind::Copy;
    };
    struct Field
    {
        QString name; // SetupState value (or secret) name
        QString label;
        bool secret = false;
        bool url = false; // must be https, or http on loopback
    };
    struct Config
    {
        QString objectName;
        QString title;
        QString subTitle;
        QString instructions; // rich text, usually an ordered list
        QList<CopyRow> copyRows;
        QList<Field> fields;
        QString simulateLabel; // with the partner console only
        std::function<void(PartnerStepPage *)> simulate;
        QString confirmLabel;  // without the partner console: "I have done this in …"
        std::function<void(PartnerStepPage *)> check; // on Next; null passes
    };

    // `config` is asked again after a language switch for the page's words; the rows, fields
    // and callbacks stay those of the first answer.
    PartnerStepPage(EnableWizard *wizard, std::function<Config()> config);

    void initializePage() override;

    QString fieldText(const QString &name) const;
    void setFieldText(const QString &name, const QString &value);
    // Shows what the simulated or checked step reported (rich text), asked again after a
    // language switch.
    void setResult(std::function<QString()> html);
    void simulationFinished(bool ok);
    void pass() { passCheck(); }
    void fail(const ApiError &error) { failCheck(error); }
    void fail(const QString &message) { failCheck(message); }
    void busy(const QString &text) { setBusy(true, text); }
    EnableWizard *enableWizard() const { return setupWizard(); }
    // A check for Config::check: runs integration.test and passes when `checkId` is ok, else
    // shows that check's message (or `notYet` when the backend did not report it).
    void passWhenTestPasses(const QString &checkId, const QString &busyText,
                            const QString &notYet);
    QPushButton *simulateButton() const { return m_simulate; }
    bool simulated() const { return m_simulated; }

protected:
    bool inputComplete() const override;
    void runCheck() override;

private:
    // The widgets of one of Config::copyRows (value or secret, Copy only for Kind::Copy).
    struct CopyWidgets
    {
        QLabel *label = nullptr;
        QLabel *value = nullptr;
        SecretLineEdit *secret = nullptr;
        QPushButton *copy = nullptr;
    };

    void storeField(const Field &field, const QString &value);
    void retranslate();
    void showCopyValues();

    std::function<Config()> m_makeConfig;
    Config m_config;
    QLabel *m_instructions;
    Card *m_card;
    QHash<QString, QLineEdit *> m_lineEdits;
    QHash<QString, SecretLineEdit *> m_secretEdits;
    QList<CopyWidgets> m_copyRows;   // as Config::copyRows
    QList<QLabel *> m_fieldLabels;   // as Config::fields
    QPushButton *m_simulate = nullptr;
    QCheckBox *m_confirm = nullptr;
    QLabel *m_result;
    std::function<QString()> m_resultText;
    bool m_simulated = false;
};

} // namespace Tessera
