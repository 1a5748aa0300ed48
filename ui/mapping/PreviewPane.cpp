#include "PreviewPane.h"

#include "ColumnFitter.h"
#include "PreviewValueDelegate.h"

#include "models/mapping/CandidateSuggestions.h"
#include "models/mapping/PreviewModel.h"
#include "ui/common/Retranslator.h"
#include "ui/common/Spacing.h"

#include <QAbstractItemView>
#include <QCompleter>

#include <utility>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

PreviewPane::PreviewPane(PreviewModel *model, CandidateSuggestions *suggestions, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_suggestions(suggestions)
    , m_email(new QLineEdit(this))
    , m_go(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
{
    auto *caption = new QLabel(this);
    caption->setBuddy(m_email);
    m_email->setObjectName(u"previewEmail"_s);
    auto *completer = new QCompleter(suggestions, this);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setCompletionRole(Qt::EditRole); // picking a name fills in the email
    completer->popup()->setObjectName(u"candidatePicker"_s);
    m_email->setCompleter(completer);
    m_go->setObjectName(u"previewGo"_s);
    m_status->setObjectName(u"previewStatus"_s);
    m_status->setWordWrap(true);
    m_table->setObjectName(u"previewTable"_s);
    m_table->setModel(model);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setStretchLastSection(true); // the values, wrapped
    m_table->setItemDelegate(new PreviewValueDelegate(m_table));
    new ColumnFitter(m_table, {PreviewModel::TargetColumn, PreviewModel::ValueColumn});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    // Tab skips the table while it is empty: there is nothing on it to show the focus.
    const auto focusWhenFilled = [this] {
        m_table->setFocusPolicy(m_table->model()->rowCount() > 0 ? Qt::StrongFocus : Qt::NoFocus);
    };
    focusWhenFilled();
    connect(model, &QAbstractItemModel::modelReset, m_table, focusWhenFilled);
    connect(model, &QAbstractItemModel::rowsInserted, m_table, focusWhenFilled);
    connect(model, &QAbstractItemModel::rowsRemoved, m_table, focusWhenFilled);

    auto *row = new QHBoxLayout;
    row->addWidget(m_email, 1);
    row->addWidget(m_go);
    auto *layout = new QVBoxLayout(this);
    Spacing::setGroupMargins(layout);
    layout->addWidget(caption);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);

    connect(m_go, &QPushButton::clicked, this, &PreviewPane::showPreview);
    connect(m_email, &QLineEdit::returnPressed, this, &PreviewPane::showPreview);
    connect(m_email, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_previewWhenAnswered = false;
        m_suggestions->search(text);
    });
    connect(suggestions, &CandidateSuggestions::suggestionsReady, this, [this, completer] {
        if (std::exchange(m_previewWhenAnswered, false)
            && m_suggestions->answeredQuery() == m_email->text().trimmed()) {
            showPreview();
            return;
        }
        if (m_email->hasFocus() && m_suggestions->rowCount() > 0)
            completer->complete();
    });
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
            &PreviewPane::showCandidate);
    connect(model->status(), &LoadStatus::stateChanged, this, &PreviewPane::updateStatus);
    Retranslator::follow(this, [this, caption, completer] {
        m_go->setText(tr("&Go"));
        caption->setText(tr("Pre&view for candidate"));
        m_email->setPlaceholderText(tr("Name or email"));
        m_email->setAccessibleName(tr("Candidate for the preview"));
        m_email->setAccessibleDescription(tr("Type part of a candidate's name and pick one from "
                                             "the list, or type an email."));
        completer->popup()->setAccessibleName(tr("Matching candidates"));
        m_go->setAccessibleName(tr("Show the preview"));
        m_status->setAccessibleName(tr("Preview status"));
        m_table->setAccessibleName(tr("Preview values"));
        updateStatus();
    });
}

// A name with no pick takes the first match; anything with an "@" is an email.
void PreviewPane::showPreview()
{
    // Enter on a highlighted suggestion: the completer's activated() previews that one.
    const QAbstractItemView *popup = m_email->completer()->popup();
    if (popup->isVisible() && popup->currentIndex().isValid())
        return;
    const QString text = m_email->text().trimmed();
    if (!text.contains(u'@')) {
        if (m_suggestions->answeredQuery() != text) {
            // The matches for this text are not in yet: look now, preview when they are.
            m_previewWhenAnswered = true;
            m_suggestions->search(text);
            m_suggestions->searchNow();
            return;
        }
        if (m_suggestions->rowCount() > 0) {
            showCandidate(m_suggestions->index(0).data(Qt::EditRole).toString());
            return;
        }
    }
    m_model->setEmail(text);
    m_model->refresh();
}

void PreviewPane::showCandidate(const QString &email)
{
    m_email->setText(email);
    m_model->setEmail(email);
    m_model->refresh();
}

void PreviewPane::updateStatus()
{
    switch (m_model->status()->state()) {
    case LoadState::Idle:
        m_status->setText(tr("Type a candidate's name and pick them, or enter an email, then press "
                             "Go to see what each target field would receive. The preview "
                             "follows your edits."));
        break;
    case LoadState::Loading:
        m_status->setText(tr("Computing the preview…"));
        break;
    case LoadState::Failed:
        m_status->setText(tr("No preview: %1").arg(m_model->status()->lastError().userMessage()));
        break;
    case LoadState::Ready: {
        const int problems = m_model->problemCount();
        m_status->setText(problems == 0
                              ? tr("Every field is fine for this candidate.")
                              : problems == 1 ? tr("One field needs attention (in red).")
                                              : tr("%1 fields need attention (in red).").arg(problems));
        break;
    }
    }
}

} // namespace Tessera
