#include "ArchiveReasonsModel.h"

#include "models/api/ApiCall.h"
#include "models/api/ApiClient.h"
#include "models/core/DecodeList.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

ArchiveReasonsModel::ArchiveReasonsModel(ApiClient *client, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
{
}

int ArchiveReasonsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reasons.size());
}

QVariant ArchiveReasonsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArchiveReason &reason = m_reasons.at(index.row());
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
    delete m_call;
    m_lastError = {};
    if (!m_client) {
        setState(LoadState::Idle);
        return;
    }
    setState(LoadState::Loading);
    ApiCall *call = m_client->call(u"archiveReason.list"_s, {}, this);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call] {
        if (call->error().isError()) {
            m_lastError = call->error();
            setState(LoadState::Failed);
            return;
        }
        setReasons(call->results().toArray());
        setState(LoadState::Ready);
    });
}

int ArchiveReasonsModel::setReasons(const QJsonArray &results)
{
    QList<ArchiveReason> reasons;
    m_lastDecodeError.clear();
    const int failures = decodeList(results, reasons, &m_lastDecodeError);
    beginResetModel();
    m_reasons = std::move(reasons);
    endResetModel();
    return failures;
}

int ArchiveReasonsModel::rowOf(const QString &reasonId) const
{
    return indexOfId(m_reasons, reasonId);
}

void ArchiveReasonsModel::setState(LoadState state)
{
    if (assignState(m_state, state))
        Q_EMIT stateChanged(state);
}

} // namespace Tessera
