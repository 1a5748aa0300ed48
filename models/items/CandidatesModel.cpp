#include "items/CandidatesModel.h"

#include "domain/Application.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

CandidatesModel::CandidatesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int CandidatesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CandidatesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CandidatesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn: return row.candidate.name;
        case EmailColumn: return row.candidate.email;
        case StageColumn: return row.stage;
        case JobColumn: return row.job;
        case UpdatedColumn:
            return QLocale().toString(row.candidate.updatedAt.toLocalTime(), QLocale::ShortFormat);
        default: return {};
        }
    case IdRole: return row.candidate.id;
    case SearchKeyRole: return row.searchKey;
    case StageTypeRole: return row.stageType;
    case UpdatedAtRole: return row.candidate.updatedAt;
    default: return {};
    }
}

QVariant CandidatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case EmailColumn: return tr("Email");
    case StageColumn: return tr("Current stage");
    case JobColumn: return tr("Job");
    case UpdatedColumn: return tr("Updated");
    default: return {};
    }
}

int CandidatesModel::mergeCandidates(const QJsonArray &page)
{
    int failures = 0;
    std::vector<Row> added;
    QList<int> changed;
    for (const QJsonValue value : page) {
        auto decoded = Candidate::fromJson(value.toObject());
        if (auto *error = std::get_if<DecodeError>(&decoded)) {
            ++failures;
            m_lastDecodeError = error->toString();
            continue;
        }
        Candidate &candidate = std::get<Candidate>(decoded);
        const QString key = QString(candidate.name + u' ' + candidate.email).toLower();
        const int existing = m_rowById.value(candidate.id, -1);
        if (existing >= 0) {
            Row &row = m_rows[size_t(existing)];
            row.candidate = std::move(candidate);
            row.searchKey = key;
            changed << existing;
        } else {
            m_rowById.insert(candidate.id, int(m_rows.size() + added.size()));
            added.push_back(Row{std::move(candidate), key, {}, {}, {}, {}});
        }
    }
    emitRowsChanged(changed, 0, ColumnCount - 1);
    if (!added.empty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        std::move(added.begin(), added.end(), std::back_inserter(m_rows));
        endInsertRows();
    }
    return failures;
}

int CandidatesModel::mergeApplications(const QJsonArray &page)
{
    int failures = 0;
    QList<int> changed;
    for (const QJsonValue value : page) {
        auto decoded = Application::fromJson(value.toObject());
        if (auto *error = std::get_if<DecodeError>(&decoded)) {
            ++failures;
            m_lastDecodeError = error->toString();
            continue;
        }
        const Application &application = std::get<Application>(decoded);
        const int rowIndex = m_rowById.value(application.candidateId, -1);
        if (rowIndex < 0)
            continue;
        Row &row = m_rows[size_t(rowIndex)];
        // The list shows the most recently updated application of each candidate.
        if (row.applicationUpdatedAt.isValid() && application.updatedAt < row.applicationUpdatedAt)
            continue;
        row.applicationUpdatedAt = application.updatedAt;
        row.stage = application.currentStage.title;
        row.stageType = application.currentStage.type;
        row.job = application.jobTitle;
        changed << rowIndex;
    }
    emitRowsChanged(changed, StageColumn, JobColumn);
    return failures;
}

void CandidatesModel::emitRowsChanged(QList<int> rows, int firstColumn, int lastColumn)
{
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    int start = rows.first();
    int previous = start;
    for (qsizetype i = 1; i <= rows.size(); ++i) {
        if (i < rows.size() && rows.at(i) <= previous + 1) {
            previous = rows.at(i);
            continue;
        }
        Q_EMIT dataChanged(index(start, firstColumn), index(previous, lastColumn));
        if (i < rows.size())
            start = previous = rows.at(i);
    }
}

void CandidatesModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    endResetModel();
}

const Candidate *CandidatesModel::candidate(const QString &id) const
{
    const int row = m_rowById.value(id, -1);
    return row < 0 ? nullptr : &m_rows[size_t(row)].candidate;
}

} // namespace Tessera
