#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace Tessera {

class SourceFieldsModel;

// The left side of the mapping editor: the ATS fields grouped by record, with a search field.
// Fields drag onto target fields; the keyboard path is select, then Map to.
class SourceFieldsPane final : public QWidget
{
    Q_OBJECT
public:
    explicit SourceFieldsPane(SourceFieldsModel *model, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    QLineEdit *search() const { return m_search; }
    QString currentSourceId() const;
    bool selectSource(const QString &id);

private:
    void updateStatus();

    SourceFieldsModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_search;
    QTreeView *m_tree;
    QLabel *m_status;
};

} // namespace Tessera
