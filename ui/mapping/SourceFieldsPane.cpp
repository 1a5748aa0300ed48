#include "SourceFieldsPane.h"

#include "WrappingTreeDelegate.h"

#include "models/mapping/SourceFieldsModel.h"
#include "ui/common/Retranslator.h"
#include "ui/common/Spacing.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

SourceFieldsPane::SourceFieldsPane(SourceFieldsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_status(new QLabel(this))
{
    m_filter->setSourceModel(model);
    m_filter->setFilterRole(SourceFieldsModel::SearchTextRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setRecursiveFilteringEnabled(true);

    auto *caption = new QLabel(this);
    caption->setBuddy(m_search);
    m_search->setObjectName(u"sourceSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_tree->setObjectName(u"sourceTree"_s);
    m_tree->setModel(m_filter);
    m_tree->setDragEnabled(true);
    m_tree->setDragDropMode(QAbstractItemView::DragOnly);
    m_tree->setDefaultDropAction(Qt::CopyAction);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAllColumnsShowFocus(true);
    // Name and sample, as UX.md draws it; the type is in each field's tooltip. Long names wrap;
    // the model shortens long samples (the tooltip has them in full).
    m_tree->setIndentation(fontMetrics().height());
    m_tree->setItemDelegate(new WrappingTreeDelegate(m_tree, SourceFieldsModel::NameColumn));
    m_tree->setTextElideMode(Qt::ElideRight);
    QHeaderView *columns = m_tree->header();
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(SourceFieldsModel::NameColumn, QHeaderView::Stretch);
    columns->setSectionResizeMode(SourceFieldsModel::SampleColumn, QHeaderView::ResizeToContents);
    m_tree->setColumnHidden(SourceFieldsModel::TypeColumn, true);
    m_status->setObjectName(u"sourceStatus"_s);
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    Spacing::setGroupMargins(layout);
    layout->addWidget(caption);
    layout->addWidget(m_search);
    layout->addWidget(m_status);
    layout->addWidget(m_tree, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text);
        m_tree->expandAll();
        // The first matching field becomes current, so Enter can map it right away.
        for (int group = 0; group < m_filter->rowCount(); ++group) {
            const QModelIndex groupIndex = m_filter->index(group, 0);
            if (m_filter->rowCount(groupIndex) > 0 && !text.isEmpty()) {
                m_tree->setCurrentIndex(m_filter->index(0, 0, groupIndex));
                break;
            }
        }
    });
    connect(m_search, &QLineEdit::returnPressed, m_tree, qOverload<>(&QWidget::setFocus));
    connect(m_filter, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    connect(model->status(), &LoadStatus::stateChanged, this, &SourceFieldsPane::updateStatus);
    Retranslator::follow(this, [this, caption] {
        caption->setText(tr("&Source fields (ATS)"));
        m_search->setPlaceholderText(tr("Search fields"));
        m_search->setAccessibleName(tr("Search source fields"));
        m_tree->setAccessibleName(tr("Source fields"));
        m_tree->setAccessibleDescription(
            tr("Drag a field onto a target field, or select it and press Enter to map it."));
        updateStatus();
    });
    m_tree->expandAll();
}

void SourceFieldsPane::updateStatus()
{
    switch (m_model->status()->state()) {
    case LoadState::Idle:
    case LoadState::Loading:
        m_status->setText(tr("Loading the ATS fields…"));
        m_status->show();
        break;
    case LoadState::Failed:
        m_status->setText(tr("The ATS fields could not be loaded: %1")
                              .arg(m_model->status()->lastError().userMessage()));
        m_status->show();
        break;
    case LoadState::Ready:
        m_status->hide();
        m_tree->expandAll();
        break;
    }
}

QString SourceFieldsPane::currentSourceId() const
{
    return m_tree->currentIndex().data(SourceFieldsModel::IdRole).toString();
}

bool SourceFieldsPane::selectSource(const QString &id)
{
    const QModelIndex index = m_filter->mapFromSource(m_model->indexOfField(id));
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

} // namespace Tessera
