#include "ValueMapEditor.h"

#include "models/mapping/ValueMapModel.h"
#include "ui/common/Retranslator.h"
#include "ui/common/Spacing.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

ValueMapEditor::ValueMapEditor(QWidget *parent)
    : QWidget(parent)
    , m_model(new ValueMapModel(this))
    , m_table(new QTableView(this))
    , m_default(new QLineEdit(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_paste(new QPushButton(this))
{
    setObjectName(u"valueMapEditor"_s);
    m_table->setObjectName(u"valueMapTable"_s);
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(ValueMapModel::FromColumn,
                                                      QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + Spacing::Unit);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setTabKeyNavigation(false);

    auto *paste = new QAction(m_table);
    paste->setShortcut(QKeySequence::Paste);
    paste->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(paste);
    connect(paste, &QAction::triggered, this, &ValueMapEditor::pasteFromClipboard);
    auto *remove = new QAction(m_table);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(remove);
    connect(remove, &QAction::triggered, this, &ValueMapEditor::removeSelectedRows);

    m_default->setObjectName(u"valueMapDefault"_s);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_paste);
    buttons->addStretch();
    auto *form = new QFormLayout;
    auto *defaultLabel = new QLabel(this);
    Retranslator::follow(this, [=, this] {
        m_add->setText(tr("Add valu&e"));
        m_remove->setText(tr("Remove va&lue"));
        m_paste->setText(tr("&Paste pairs"));
        m_table->setAccessibleName(tr("Value map"));
        m_table->setAccessibleDescription(tr("Each source value in From becomes the value in "
                                             "To. Ctrl+V pastes two columns."));
        paste->setText(tr("Paste pairs"));
        remove->setText(tr("Remove value"));
        m_default->setPlaceholderText(tr("Leave empty to pass other values through"));
        m_default->setAccessibleName(tr("Default for values not in the table"));
        m_add->setAccessibleName(tr("Add a value"));
        m_remove->setAccessibleName(tr("Remove the selected values"));
        m_paste->setAccessibleName(tr("Paste pairs from the clipboard"));
        m_paste->setToolTip(tr("Two columns, separated by a tab or a comma, one pair per line"));
        defaultLabel->setText(tr("&Otherwise:"));
    });
    defaultLabel->setBuddy(m_default);
    form->addRow(defaultLabel, m_default);
    auto *layout = new QVBoxLayout(this);
    Spacing::setGroupMargins(layout);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addLayout(form);

    connect(m_add, &QPushButton::clicked, this, &ValueMapEditor::addRow);
    connect(m_remove, &QPushButton::clicked, this, &ValueMapEditor::removeSelectedRows);
    connect(m_paste, &QPushButton::clicked, this, &ValueMapEditor::pasteFromClipboard);
    connect(m_model, &ValueMapModel::edited, this, &ValueMapEditor::emitChange);
    connect(m_default, &QLineEdit::editingFinished, this, &ValueMapEditor::emitChange);
}

void ValueMapEditor::setTransform(const QJsonObject &transform)
{
    m_updating = true;
    m_transform = transform;
    m_model->setMap(transform.value(u"map"_s).toObject());
    const QJsonValue fallback = transform.value(u"default"_s);
    const QString text = fallback.isString() ? fallback.toString()
                         : fallback.isDouble() ? QString::number(fallback.toDouble())
                         : fallback.isBool() ? (fallback.toBool() ? u"true"_s : u"false"_s)
                                             : QString();
    if (m_default->text() != text)
        m_default->setText(text);
    m_updating = false;
}

QJsonObject ValueMapEditor::transform() const
{
    QJsonObject transform = m_transform;
    transform.insert(u"type"_s, u"valueMap"_s);
    transform.insert(u"map"_s, m_model->toMap());
    if (m_default->text().isEmpty())
        transform.remove(u"default"_s);
    else
        transform.insert(u"default"_s, m_default->text());
    return transform;
}

int ValueMapEditor::pasteFromClipboard()
{
    return m_model->pasteText(QApplication::clipboard()->text());
}

void ValueMapEditor::addRow()
{
    const int row = m_model->addRow();
    m_table->setFocus();
    m_table->setCurrentIndex(m_model->index(row, ValueMapModel::FromColumn));
    m_table->edit(m_table->currentIndex());
}

void ValueMapEditor::removeSelectedRows()
{
    QList<int> rows;
    const auto selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << index.row();
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows << m_table->currentIndex().row();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (const int row : std::as_const(rows))
        m_model->removeRows(row, 1);
}

void ValueMapEditor::emitChange()
{
    if (m_updating)
        return;
    const QJsonObject next = transform();
    if (next == m_transform)
        return;
    m_transform = next;
    Q_EMIT transformChanged(next);
}

} // namespace Tessera
