#include "NotesTab.h"

#include "models/api/ApiError.h"
#include "models/candidates/CandidateDetail.h"
#include "models/candidates/NotesModel.h"
#include "ui/common/Retranslator.h"
#include "ui/common/Spacing.h"
#include "ui/common/WebLink.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

NotesTab::NotesTab(CandidateDetail *detail, QWidget *parent)
    : QWidget(parent)
    , m_detail(detail)
    , m_list(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_viewer(new QLabel(this))
    , m_editor(new QPlainTextEdit(this))
    , m_private(new QCheckBox(this))
    , m_add(new QPushButton(this))
    , m_saving(new QLabel(this))
{
    m_list->setObjectName(u"notesList"_s);
    m_list->setModel(detail->notes());
    m_list->setWordWrap(true);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(NotesModel::ContentColumn, QHeaderView::Stretch);
    m_viewer->setObjectName(u"noteViewer"_s);
    m_viewer->setTextFormat(Qt::RichText);
    m_viewer->setWordWrap(true);
    m_viewer->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_viewer->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_viewer->setVisible(false);
    m_empty->setObjectName(u"notesEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);

    auto *label = new QLabel(this);
    label->setBuddy(m_editor);
    m_editor->setObjectName(u"noteEditor"_s);
    m_editor->setTabChangesFocus(true);
    m_editor->setMaximumHeight(m_editor->fontMetrics().lineSpacing() * 5);
    m_editor->installEventFilter(this);
    m_private->setObjectName(u"notePrivate"_s);
    m_add->setObjectName(u"addNoteButton"_s);
    Retranslator::follow(this, [this, label] {
        m_empty->setText(tr("No notes yet. Write the first one below."));
        m_private->setText(tr("&Private"));
        m_add->setText(tr("Add note"));
        m_saving->setText(tr("Saving the note…"));
        m_list->setAccessibleName(tr("Notes"));
        m_viewer->setAccessibleName(tr("Selected note"));
        showSelectedNote();
        label->setText(tr("Ne&w note:"));
        m_editor->setAccessibleName(tr("New note"));
        m_editor->setPlaceholderText(tr("Write a note… Ctrl+Enter adds it."));
        m_private->setAccessibleName(tr("Private note"));
        m_add->setAccessibleName(tr("Add note"));
        m_add->setToolTip(tr("Add the note (Ctrl+Enter)"));
    });
    m_saving->setObjectName(u"noteSaving"_s);
    m_saving->setVisible(false);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(Spacing::Normal, Spacing::Normal, Spacing::Normal, Spacing::Normal);
    layout->addWidget(m_list, 0, 0, 1, 4);
    layout->addWidget(m_viewer, 1, 0, 1, 4);
    layout->addWidget(m_empty, 2, 0, 1, 4);
    layout->addWidget(label, 3, 0, 1, 4);
    layout->addWidget(m_editor, 4, 0, 1, 4);
    layout->addWidget(m_private, 5, 0);
    layout->addWidget(m_saving, 5, 1);
    layout->setColumnStretch(2, 1);
    layout->addWidget(m_add, 5, 3);
    layout->setRowStretch(0, 1);

    connect(m_add, &QPushButton::clicked, this, &NotesTab::submit);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &NotesTab::updateControls);
    connect(detail, &CandidateDetail::stateChanged, this, &NotesTab::onCandidateChanged);
    connect(detail, &CandidateDetail::noteAdded, this, &NotesTab::onNoteAdded);
    connect(detail, &CandidateDetail::noteFailed, this, &NotesTab::onNoteFailed);
    connect(detail->notes(), &QAbstractItemModel::rowsInserted, this, &NotesTab::updateControls);
    connect(detail->notes(), &QAbstractItemModel::modelReset, this, &NotesTab::updateControls);
    connect(detail->notes(), &QAbstractItemModel::modelReset, this, &NotesTab::showSelectedNote);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &NotesTab::showSelectedNote);
    connect(m_viewer, &QLabel::linkActivated, this, &NotesTab::openLink);
    updateControls();
}

QString NotesTab::draft() const
{
    return m_editor->toPlainText();
}

bool NotesTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && key->modifiers().testFlag(Qt::ControlModifier)) {
            submit();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void NotesTab::submit()
{
    const QString text = m_editor->toPlainText();
    if (!m_detail->addNote(text, m_private->isChecked()))
        return;
    m_sentText = text;
    updateControls();
}

void NotesTab::onCandidateChanged()
{
    if (m_detail->candidateId() != m_candidateId) {
        const QString text = m_editor->toPlainText();
        if (!m_candidateId.isEmpty() && !text.trimmed().isEmpty())
            m_drafts.insert(m_candidateId, text);
        m_candidateId = m_detail->candidateId();
        m_editor->setPlainText(m_drafts.take(m_candidateId));
        m_private->setChecked(false);
    }
    updateControls();
}

void NotesTab::onNoteAdded(const QString &candidateId)
{
    if (candidateId == m_candidateId && m_editor->toPlainText() == m_sentText) {
        m_editor->clear();
        m_private->setChecked(false);
    } else if (m_drafts.value(candidateId) == m_sentText) {
        m_drafts.remove(candidateId);
    }
    m_sentText.clear();
    m_list->scrollToBottom();
    updateControls();
    Q_EMIT noteSaved();
}

void NotesTab::onNoteFailed(const QString &candidateId, const ApiError &error, const QString &text)
{
    if (candidateId == m_candidateId && m_editor->toPlainText().trimmed().isEmpty())
        m_editor->setPlainText(text);
    else if (candidateId != m_candidateId && !m_drafts.contains(candidateId))
        m_drafts.insert(candidateId, text);
    m_sentText.clear();
    updateControls();
    Q_EMIT noteFailed(error);
}

void NotesTab::updateControls()
{
    const bool ready = m_detail->state() == LoadState::Ready;
    const bool saving = m_detail->isSavingNote();
    m_add->setEnabled(ready && !saving && !m_editor->toPlainText().trimmed().isEmpty());
    m_saving->setVisible(saving);
    const bool empty = m_detail->notes()->rowCount() == 0;
    m_list->setVisible(!empty);
    m_empty->setVisible(empty && ready);
}

void NotesTab::showSelectedNote()
{
    const QModelIndex current = m_list->selectionModel()->currentIndex();
    m_viewer->setVisible(current.isValid());
    if (!current.isValid()) {
        m_viewer->clear();
        return;
    }
    const QModelIndex note = current.siblingAtColumn(NotesModel::ContentColumn);
    QString content = note.data(NotesModel::ContentRole).toString();
    // Plain text is escaped and its web addresses made links; HTML is the server's sanitised
    // subset, whose links are kept as they are.
    if (!Qt::mightBeRichText(content)) {
        static const QRegularExpression url(u"(https?://[^\\s<>\"]+)"_s);
        content = content.toHtmlEscaped().replace(url, u"<a href=\"\\1\">\\1</a>"_s);
        content.replace(u'\n', u"<br>"_s);
    }
    m_viewer->setText(u"<p><b>%1</b> · %2</p>%3"_s.arg(
        note.siblingAtColumn(NotesModel::AuthorColumn).data().toString().toHtmlEscaped(),
        note.siblingAtColumn(NotesModel::CreatedColumn).data().toString().toHtmlEscaped(),
        content));
}

// Only web addresses open, in the browser; anything else a note might link to is ignored.
void NotesTab::openLink(const QString &link)
{
    WebLink::open(link);
}

} // namespace Tessera
