#include "MappingConflictDialog.h"

#include "ui/common/Spacing.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

MappingConflictDialog::MappingConflictDialog(const QString &mappingName, int theirVersion,
                                             const QList<MappingRow> &ours,
                                             const QList<MappingRow> &theirs, QWidget *parent)
    : QDialog(parent)
    , m_reload(new QPushButton(tr("&Reload theirs"), this))
    , m_overwrite(new QPushButton(tr("&Overwrite with mine"), this))
    , m_compare(new QPushButton(tr("&Compare"), this))
    , m_comparison(new QWidget(this))
    , m_ours(new QPlainTextEdit(describe(ours), m_comparison))
    , m_theirs(new QPlainTextEdit(describe(theirs), m_comparison))
{
    setObjectName(u"mappingConflictDialog"_s);
    setWindowTitle(tr("The mapping was changed by someone else"));
    auto *text = new QLabel(
        tr("Someone saved the %1 mapping (now version %2) while you were editing it. Reload "
           "their version and lose your unsaved changes, or overwrite theirs with yours. "
           "Compare shows both.")
            .arg(mappingName)
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
    m_ours->setAccessibleName(tr("Your rows"));
    m_theirs->setAccessibleName(tr("Their rows"));
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

QString MappingConflictDialog::describe(const QList<MappingRow> &rows)
{
    QStringList lines;
    for (const MappingRow &row : rows) {
        QString line = row.targetField + u" ← "_s
            + (row.sourceField.isEmpty() ? tr("(transforms only)") : row.sourceField);
        if (!row.transforms.isEmpty())
            line += u"  ["_s + Transforms::chainSummary(row.transforms) + u']';
        lines << line;
    }
    return lines.isEmpty() ? tr("(no rows)") : lines.join(u'\n');
}

} // namespace Tessera
