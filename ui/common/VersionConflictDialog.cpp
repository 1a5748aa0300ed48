#include "VersionConflictDialog.h"

#include "Spacing.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

VersionConflictDialog::VersionConflictDialog(int theirVersion, std::function<Texts()> texts,
                                             QWidget *parent)
    : QDialog(parent)
    , m_theirVersion(theirVersion)
    , m_texts(std::move(texts))
    , m_explanation(new QLabel(this))
    , m_reload(new QPushButton(this))
    , m_overwrite(new QPushButton(this))
    , m_compare(new QPushButton(this))
    , m_comparison(new QWidget(this))
    , m_oursCaption(new QLabel(m_comparison))
    , m_theirsCaption(new QLabel(m_comparison))
    , m_ours(new QPlainTextEdit(m_comparison))
    , m_theirs(new QPlainTextEdit(m_comparison))
{
    m_explanation->setWordWrap(true);
    m_compare->setCheckable(true);
    m_ours->setReadOnly(true);
    m_theirs->setReadOnly(true);
    m_ours->setObjectName(u"conflictOurs"_s);
    m_theirs->setObjectName(u"conflictTheirs"_s);
    auto *grid = new QGridLayout(m_comparison);
    Spacing::setGroupMargins(grid);
    grid->addWidget(m_oursCaption, 0, 0);
    grid->addWidget(m_theirsCaption, 0, 1);
    grid->addWidget(m_ours, 1, 0);
    grid->addWidget(m_theirs, 1, 1);
    m_comparison->setVisible(false);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_compare, QDialogButtonBox::ActionRole);
    buttons->addButton(m_reload, QDialogButtonBox::DestructiveRole);
    buttons->addButton(m_overwrite, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(m_comparison, 1);
    layout->addWidget(buttons);
    retranslateUi();

    connect(m_compare, &QPushButton::toggled, this, [this](bool on) {
        m_comparison->setVisible(on);
        adjustSize();
    });
    connect(m_reload, &QPushButton::clicked, this, [this] {
        Q_EMIT reloadChosen();
        accept();
    });
    connect(m_overwrite, &QPushButton::clicked, this, [this] {
        Q_EMIT overwriteChosen();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void VersionConflictDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void VersionConflictDialog::retranslateUi()
{
    const Texts texts = m_texts();
    setWindowTitle(texts.title);
    m_explanation->setText(texts.explanation);
    m_reload->setText(tr("&Reload theirs"));
    m_overwrite->setText(tr("&Overwrite with mine"));
    m_compare->setText(tr("&Compare"));
    m_reload->setAccessibleName(tr("Reload their version"));
    m_overwrite->setAccessibleName(tr("Overwrite their version with mine"));
    m_compare->setAccessibleName(tr("Compare both versions"));
    m_oursCaption->setText(tr("Yours (unsaved)"));
    m_theirsCaption->setText(tr("Theirs (version %1)").arg(m_theirVersion));
    m_ours->setPlainText(texts.ours);
    m_theirs->setPlainText(texts.theirs);
    m_ours->setAccessibleName(texts.oursName);
    m_theirs->setAccessibleName(texts.theirsName);
}

} // namespace Tessera
