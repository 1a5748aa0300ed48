#include "ArchiveReasonsModel.h"


using namespace Qt::Literals::StringLiterals;

namespace Tessera {

ArchiveReasonsModel::ArchiveReasonsModel(RecordList<ArchiveReason> *reasons, QObject *parent)
    : QAbstractListModel(parent)
    , m_source(reasons)
{
    connect(reasons, &ReferenceList::changed, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int ArchiveReasonsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_source->records().size());
}

QVariant ArchiveReasonsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArchiveReason &reason = m_source->records().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: return reason.text;
    case Qt::ToolTipRole:
        if (reason.reasonType == u"RejectedByOrg"_s)
            return tr("Rejected by the organisation");
        if (reason.reasonType == u"RejectedByCandidate"_s)
            return tr("Rejected by the candidate");
        return tr("Other reason");
    case IdRole: return reason.id;
    case ReasonTypeRole: return reason.reasonType;
    default: return {};
    }
}

void ArchiveReasonsModel::load()
{
    m_source->ensureLoaded();
}

void ArchiveReasonsModel::reload()
{
    m_source->refresh();
}

LoadStatus *ArchiveReasonsModel::status() const
{
    return m_source->status();
}

} // namespace Tessera
