#pragma once

#include "models/domain/Offer.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Tessera {

// One candidate's offers: job, start date, salary and the three statuses.
class OffersModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OffersModel)
public:
    enum Column {
        JobColumn,
        StartDateColumn,
        SalaryColumn,
        AcceptanceColumn,
        OfferStatusColumn,
        ApprovalColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        ApplicationIdRole,
        SortRole, // raw value: QDate for the start date, double for the salary, else the text
        StatusRole, // the status columns' value as the server sent it, e.g. "CandidateAccepted"
    };

    explicit OffersModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setOffers(QList<Offer> offers);
    // The same offer as it is now (e.g. accepted when its workflow completed); rows stay.
    void updateOffer(const Offer &offer);
    // Offers carry only their application's id; the Job column shows the job it names here.
    void setJobTitles(QHash<QString, QString> jobTitleByApplicationId);
    void clear();

    const QList<Offer> &offers() const { return m_offers; }

private:
    QList<Offer> m_offers;
    QHash<QString, QString> m_jobTitles;
};

} // namespace Tessera
