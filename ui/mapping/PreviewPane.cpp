#include "mapping/PreviewPane.h"

#include "mapping/PreviewModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

PreviewPane::PreviewPane(PreviewModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_email(new QLineEdit(this))
    , m_go(new QPushButton(tr("&Go"), this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
{
    auto *caption = new QLabel(tr("Pre&view for candidate"), this);
    caption->setBuddy(m_email);
    m_email->setObjectName(u"previewEmail"_s);
    m_email->setPlaceholderText(tr("candidate@example.com"));
    m_email->setAccessibleName(tr("Candidate email for the preview"));
    m_go->setObjectName(u"previewGo"_s);
    m_go->setAccessibleName(tr("Show the preview"));
    m_status->setObjectName(u"previewStatus"_s);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Preview status"));
    m_table->setObjectName(u"previewTable"_s);
    m_table->setModel(model);
    m_table->setAccessibleName(tr("Preview values"));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 130);
    m_table->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);

    auto *row = new QHBoxLayout;
    row->addWidget(m_email, 1);
    row->addWidget(m_go);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(caption);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);

    const auto go = [this] {
        m_model->setEmail(m_email->text());
        m_model->refresh();
    };
    connect(m_go, &QPushButton::clicked, this, go);
    connect(m_email, &QLineEdit::returnPressed, this, go);
    connect(model, &PreviewModel::stateChanged, this, &PreviewPane::updateStatus);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_table->resizeRowsToContents();
    });
    updateStatus();
}

void PreviewPane::showCandidate(const QString &email)
{
    m_email->setText(email);
    m_model->setEmail(email);
    m_model->refresh();
}

void PreviewPane::updateStatus()
{
    switch (m_model->state()) {
    case LoadState::Idle:
        m_status->setText(tr("Enter a candidate's email and press Go to see what each target "
                             "field would receive. The preview follows your edits."));
        break;
    case LoadState::Loading:
        m_status->setText(tr("Computing the preview…"));
        break;
    case LoadState::Failed:
        m_status->setText(tr("No preview: %1").arg(m_model->error().userMessage()));
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
