#include "PlanConflictDialog.h"

#include "ui/common/Spacing.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

PlanConflictDialog::PlanConflictDialog(const QString &planName, int theirVersion,
                                       const QStringList &ours, const QStringList &theirs,
                                       QWidget *parent)
    : QDialog(parent)
    , m_reload(new QPushButton(tr("&Reload theirs"), this))
    , m_overwrite(new QPushButton(tr("&Overwrite with mine"), this))
    , m_compare(new QPushButton(tr("&Compare"), this))
    , m_comparison(new QWidget(this))
    , m_ours(new QPlainTextEdit(ours.isEmpty() ? tr("(no activities)") : ours.join(u'\n'),
                                m_comparison))
    , m_theirs(new QPlainTextEdit(theirs.isEmpty() ? tr("(no activities)") : theirs.join(u'\n'),
                                  m_comparison))
{
    setObjectName(u"planConflictDialog"_s);
    setWindowTitle(tr("The plan was changed by someone else"));
    auto *text = new QLabel(
        tr("Someone saved the activities of %1 (now version %2) while you were editing them. "
           "Reload their version and lose your unsaved changes, or overwrite theirs with yours. "
           "Compare shows both.")
            .arg(planName)
            .arg(theirVersion),
        this);
    text->setWordWrap(true);
    m_reload->setAccessibleName(tr("Reload their version"));
    m_overwrite->setAccessibleName(tr("Overwrite their version with mine"));
    m_compare->setAccessibleName(tr("Compare both versions"));
    m_compare->setCheckable(true);
    m_ours->setReadOnly(true);
    m_theirs->setReadOnly(true);
    m_ours->setObjectName(u"conflictOurs"_s);
    m_theirs->setObjectName(u"conflictTheirs"_s);
    m_ours->setAccessibleName(tr("Your activities"));
    m_theirs->setAccessibleName(tr("Their activities"));
    auto *grid = new QGridLayout(m_comparison);
    Spacing::setGroupMargins(grid);
    grid->addWidget(new QLabel(tr("Yours (unsaved)"), m_comparison), 0, 0);
    grid->addWidget(new QLabel(tr("Theirs (version %1)").arg(theirVersion), m_comparison), 0, 1);
    grid->addWidget(m_ours, 1, 0);
    grid->addWidget(m_theirs, 1, 1);
    m_comparison->setVisible(false);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_compare, QDialogButtonBox::ActionRole);
    buttons->addButton(m_reload, QDialogButtonBox::DestructiveRole);
    buttons->addButton(m_overwrite, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_comparison, 1);
    layout->addWidget(buttons);

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

} // namespace Tessera
