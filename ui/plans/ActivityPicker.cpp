#include "ActivityPicker.h"

#include "ui/common/Spacing.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

ActivityPicker::ActivityPicker(std::function<Texts()> texts, const QList<PaletteItem> &items,
                               QWidget *parent)
    : QDialog(parent)
    , m_texts(std::move(texts))
    , m_items(items)
    , m_prompt(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setObjectName(u"activityPicker"_s);
    m_prompt->setWordWrap(true);
    m_prompt->setBuddy(m_filter);
    m_filter->setObjectName(u"activityPickerFilter"_s);
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(u"activityPickerList"_s);
    m_list->setWordWrap(true);
    for (const PaletteItem &item : std::as_const(m_items)) {
        auto *entry = new QListWidgetItem(m_list);
        entry->setData(Qt::UserRole, item.key());
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_accept = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(u"activityPickerAccept"_s);
    m_accept->setDefault(true);
    m_accept->setEnabled(m_list->currentItem() != nullptr);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem()) {
            const QString key = item->data(Qt::UserRole).toString();
            accept();
            Q_EMIT chosen(key);
        }
    });
    connect(m_list, &QListWidget::itemActivated, m_accept, &QPushButton::click);
    connect(m_list, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *current) { m_accept->setEnabled(current != nullptr); });
    connect(m_filter, &QLineEdit::textChanged, this, &ActivityPicker::applyFilter);

    auto *layout = new QVBoxLayout(this);
    Spacing::setPageMargins(layout);
    layout->addWidget(m_prompt);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    retranslateUi();
    resize(460, 420);
    m_filter->setFocus();
}

void ActivityPicker::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

QString ActivityPicker::itemText(const PaletteItem &item) const
{
    QString text = tr("%1 — %2").arg(item.title, item.integrationName);
    if (!item.detail().isEmpty())
        text += u'\n' + item.detail();
    if (item.isRefused())
        text += u'\n' + tr("Cannot be an activity: it starts from an offer.");
    return text;
}

void ActivityPicker::retranslateUi()
{
    const Texts texts = m_texts();
    setWindowTitle(texts.title);
    m_prompt->setText(texts.prompt);
    m_list->setAccessibleName(texts.prompt);
    m_accept->setText(texts.accept);
    m_filter->setAccessibleName(tr("Filter"));
    m_filter->setPlaceholderText(tr("Type to filter"));
    for (int row = 0; row < m_list->count() && row < m_items.size(); ++row) {
        const PaletteItem &item = m_items.at(row);
        m_list->item(row)->setText(itemText(item));
        m_list->item(row)->setToolTip(item.isRefused() ? item.refusal() : item.detail());
    }
    // The filter matches the texts as they read now.
    applyFilter();
}

void ActivityPicker::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    QListWidgetItem *first = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const bool shown = text.isEmpty() || item->text().contains(text, Qt::CaseInsensitive);
        item->setHidden(!shown);
        if (shown && !first)
            first = item;
    }
    if (!m_list->currentItem() || m_list->currentItem()->isHidden())
        m_list->setCurrentItem(first);
    m_accept->setEnabled(m_list->currentItem() && !m_list->currentItem()->isHidden());
}

} // namespace Tessera
