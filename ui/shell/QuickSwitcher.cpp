#include "QuickSwitcher.h"

#include "models/search/QuickSearch.h"
#include "ui/common/Retranslator.h"
#include "ui/common/Spacing.h"
#include "ui/common/TextStyle.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {

QString iconOf(const QuickTarget &target)
{
    switch (target.kind) {
    case QuickTarget::Kind::View: return u":/icons/views/%1.svg"_s.arg(target.id);
    case QuickTarget::Kind::Integration: return u":/icons/views/marketplace.svg"_s;
    case QuickTarget::Kind::Candidate: return u":/icons/views/candidates.svg"_s;
    case QuickTarget::Kind::Job: return u":/icons/views/interview-plans.svg"_s;
    case QuickTarget::Kind::Webhook: return u":/icons/views/webhooks.svg"_s;
    case QuickTarget::Kind::ApiKey: return u":/icons/views/api-keys.svg"_s;
    }
    return {};
}

} // namespace

QuickSwitcher::QuickSwitcher(QuickSearch *search, QWidget *parent)
    : QDialog(parent, Qt::Dialog | Qt::FramelessWindowHint)
    , m_search(search)
    , m_query(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_hint(new QLabel(this))
{
    setObjectName(u"quickSwitcher"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    m_query->setObjectName(u"quickQuery"_s);
    m_query->setClearButtonEnabled(true);
    m_query->installEventFilter(this);
    m_list->setObjectName(u"quickResults"_s);
    m_list->setIconSize(QSize(2 * Spacing::Unit, 2 * Spacing::Unit));
    m_list->setUniformItemSizes(true);
    m_list->setFocusPolicy(Qt::NoFocus); // the keys stay in the query field
    TextStyle::apply(m_hint, TextStyle::Role::Caption);

    auto *layout = new QVBoxLayout(this);
    Spacing::setPageMargins(layout);
    layout->addWidget(m_query);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);
    resize(70 * Spacing::Unit, 50 * Spacing::Unit);

    connect(m_query, &QLineEdit::textChanged, this, &QuickSwitcher::search);
    connect(m_list, &QListWidget::itemActivated, this, &QuickSwitcher::choose);
    if (m_search)
        m_search->prepare();
    Retranslator::follow(this, [this] {
        setAccessibleName(tr("Quick switcher"));
        m_query->setPlaceholderText(tr("Jump to a candidate, integration, job, webhook, API key or view…"));
        m_query->setAccessibleName(tr("Search everything"));
        m_list->setAccessibleName(tr("Results"));
        this->search(m_query->text()); // the view names found and the hint
    });
}

void QuickSwitcher::setQuery(const QString &text)
{
    m_query->setText(text);
}

void QuickSwitcher::showEvent(QShowEvent *event)
{
    if (QWidget *owner = parentWidget()) {
        const QPoint top = owner->mapToGlobal(QPoint((owner->width() - width()) / 2,
                                                     10 * Spacing::Unit));
        move(top);
    }
    m_query->setFocus();
    QDialog::showEvent(event);
}

void QuickSwitcher::search(const QString &text)
{
    m_results = m_search ? m_search->find(text) : QList<QuickTarget>();
    m_list->clear();
    for (const QuickTarget &target : std::as_const(m_results)) {
        auto *item = new QListWidgetItem(QIcon(iconOf(target)),
                                         target.detail.isEmpty()
                                             ? target.title
                                             : tr("%1 — %2").arg(target.title, target.detail),
                                         m_list);
        item->setData(Qt::AccessibleTextRole, item->text());
    }
    if (!m_results.isEmpty())
        m_list->setCurrentRow(0);
    m_hint->setText(text.trimmed().isEmpty() ? tr("Enter goes there · Esc closes")
                    : m_results.isEmpty()    ? tr("Nothing matches “%1”.").arg(text.trimmed())
                                             : tr("%n result(s) · Enter goes there · Esc closes",
                                                  nullptr, int(m_results.size())));
}

bool QuickSwitcher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const int rows = m_list->count();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && rows > 0) {
            const int step = key == Qt::Key_Down ? 1 : -1;
            m_list->setCurrentRow((m_list->currentRow() + step + rows) % rows);
            return true;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            choose();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void QuickSwitcher::choose()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_results.size())
        return;
    const QuickTarget target = m_results.at(row);
    Q_EMIT chosen(target);
    accept();
}

} // namespace Tessera
