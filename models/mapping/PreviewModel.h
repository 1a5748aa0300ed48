#pragma once

#include "MappingTypes.h"
#include "models/api/ApiError.h"
#include "models/core/LoadStatus.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>

namespace Tessera {

class ApiClient;
class MappingDocument;

// What each target field would receive for one candidate (fieldMapping.preview with the
// document's unsaved rows). Refreshes 300 ms after the last change; a generation counter
// discards answers to older requests.
class PreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewModel)
public:
    enum Column { TargetColumn, ValueColumn, ColumnCount };
    // The view colours problems and empty values (StatusPalette); the model only says which.
    enum Role { TargetIdRole = Qt::UserRole + 1, ErrorRole, IsRequiredRole, IsProblemRole,
                IsEmptyRole };

    PreviewModel(ApiClient *client, MappingDocument *document, QObject *parent = nullptr);
    // The load state, last error and when it last loaded.
    LoadStatus *status() const { return m_status; }

    void setDebounceMs(int ms) { m_debounce.setInterval(ms); }
    // The candidate to evaluate, by email address; empty clears the preview.
    void setEmail(const QString &email);
    QString email() const { return m_email; }
    // Refresh now (Go).
    void refresh();

    const QList<PreviewValue> &values() const { return m_values; }
    int problemCount() const;
    int generation() const { return m_generation; }
    // The value for a target field, or an undefined QJsonValue.
    QJsonValue valueOf(const QString &targetId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:

private:
    void schedule();
    QString targetLabel(const QString &targetId) const;

    LoadStatus *m_status;
    QPointer<ApiClient> m_client;
    QPointer<MappingDocument> m_document;
    QTimer m_debounce;
    QString m_email;
    int m_generation = 0;
    QList<PreviewValue> m_values;
};

} // namespace Tessera
