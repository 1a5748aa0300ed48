#include "OffersModel.h"

#include "models/core/DisplayText.h"

namespace Tessera {

OffersModel::OffersModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int OffersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_offers.size());
}

int OffersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OffersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Offer &offer = m_offers.at(index.row());
    switch (role) {
    case Qt::ToolTipRole:
        // A table may show only the offer status (it runs through approval and the answer): its
        // tooltip names the other two.
        if (index.column() == OfferStatusColumn)
            return tr("%1\nAcceptance: %2\nApproval: %3")
                .arg(DisplayText::offerStatus(offer.offerStatus),
                     offer.acceptanceStatus.isEmpty() ? tr("—")
                                                      : DisplayText::offerStatus(offer.acceptanceStatus),
                     offer.approvalStatus.isEmpty() ? tr("—")
                                                    : DisplayText::offerStatus(offer.approvalStatus));
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (index.column()) {
        case JobColumn: return m_jobTitles.value(offer.applicationId);
        case StartDateColumn: return DisplayText::date(offer.startDate);
        case SalaryColumn:
            return offer.salary ? DisplayText::money(*offer.salary, offer.currency) : tr("—");
        case AcceptanceColumn: return DisplayText::offerStatus(offer.acceptanceStatus);
        case OfferStatusColumn: return DisplayText::offerStatus(offer.offerStatus);
        case ApprovalColumn: return DisplayText::offerStatus(offer.approvalStatus);
        default: return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == SalaryColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        if (index.column() == StartDateColumn)
            return offer.startDate;
        if (index.column() == SalaryColumn)
            return offer.salary.value_or(0.0);
        return data(index, Qt::DisplayRole);
    case StatusRole:
        switch (index.column()) {
        case AcceptanceColumn: return offer.acceptanceStatus;
        case OfferStatusColumn: return offer.offerStatus;
        case ApprovalColumn: return offer.approvalStatus;
        default: return {};
        }
    case IdRole: return offer.id;
    case ApplicationIdRole: return offer.applicationId;
    default: return {};
    }
}

QVariant OffersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case JobColumn: return tr("Job");
    case StartDateColumn: return tr("Start date");
    case SalaryColumn: return tr("Salary");
    case AcceptanceColumn: return tr("Acceptance");
    case OfferStatusColumn: return tr("Offer status");
    case ApprovalColumn: return tr("Approval");
    default: return {};
    }
}

void OffersModel::setOffers(QList<Offer> offers)
{
    beginResetModel();
    m_offers = std::move(offers);
    endResetModel();
}

void OffersModel::updateOffer(const Offer &offer)
{
    for (int row = 0; row < m_offers.size(); ++row)
        if (m_offers.at(row).id == offer.id) {
            m_offers[row] = offer;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
}

void OffersModel::setJobTitles(QHash<QString, QString> jobTitleByApplicationId)
{
    m_jobTitles = std::move(jobTitleByApplicationId);
    if (!m_offers.isEmpty())
        Q_EMIT dataChanged(index(0, JobColumn), index(rowCount() - 1, JobColumn));
}

void OffersModel::clear()
{
    if (m_offers.isEmpty())
        return;
    beginResetModel();
    m_offers.clear();
    endResetModel();
}

} // namespace Tessera
