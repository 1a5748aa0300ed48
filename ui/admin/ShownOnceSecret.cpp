#include "ShownOnceSecret.h"

#include "ui/common/MessageBanner.h"
#include "ui/common/Retranslator.h"
#include "ui/common/SecretClipboard.h"
#include "ui/common/SecretLineEdit.h"
#include "ui/common/Spacing.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tessera {

ShownOnceSecret::ShownOnceSecret(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_secret(new SecretLineEdit(this))
    , m_copy(new QPushButton(this))
    , m_copied(new QLabel(this))
    , m_clearAfter(SecretClipboard::defaultClearAfter)
{
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    auto *warning = new MessageBanner(this);
    m_secret->lineEdit()->setReadOnly(true);
    m_secret->setObjectName(QStringLiteral("newKeySecret"));
    m_copy->setObjectName(QStringLiteral("copyNewKey"));
    m_copied->setObjectName(QStringLiteral("copiedNote"));
    Retranslator::follow(this, [this, warning] {
        warning->showMessage(StatusPalette::Status::Attention,
                             tr("Copy the key now: it is shown only once. Tessera does not keep "
                                "it and the backend stores only a fingerprint. If it is lost, "
                                "revoke it and create a new one."));
        m_secret->setAccessibleName(tr("New API key"));
        m_copy->setText(tr("&Copy"));
        m_copy->setAccessibleName(tr("Copy the new key"));
        m_copied->setAccessibleName(tr("Clipboard state"));
        showClearDelay();
    });

    auto *row = new QHBoxLayout;
    row->addWidget(m_secret, 1);
    row->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    Spacing::setGroupMargins(layout);
    layout->addWidget(m_heading);
    layout->addWidget(warning);
    layout->addLayout(row);
    layout->addWidget(m_copied);

    connect(m_copy, &QPushButton::clicked, this, [this] {
        SecretClipboard::copy(m_secret->text(), m_clearAfter);
        const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(m_clearAfter);
        m_copied->setText(tr("Copied — clipboard clears in %n s", nullptr, int(seconds.count())));
    });
    setFocusProxy(m_copy);
}

void ShownOnceSecret::showClearDelay()
{
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(m_clearAfter);
    m_copied->setText(tr("Copy puts the key on the clipboard for %n second(s).", nullptr,
                         int(seconds.count())));
}

void ShownOnceSecret::present(const QString &title, const QString &secret)
{
    m_heading->setText(tr("The key “%1” was created.").arg(title));
    m_secret->setText(secret);
}

void ShownOnceSecret::wipe()
{
    m_secret->wipe();
}

} // namespace Tessera
