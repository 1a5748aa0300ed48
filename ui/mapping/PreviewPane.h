#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Tessera {

class CandidateSuggestions;
class PreviewModel;

// The right side of the mapping editor: a candidate (type a name and pick from the suggestions,
// or an email), Go, and the value each target field would receive, problems in bold red and
// counted.
class PreviewPane final : public QWidget
{
    Q_OBJECT
public:
    PreviewPane(PreviewModel *model, CandidateSuggestions *suggestions, QWidget *parent = nullptr);

    QLineEdit *email() const { return m_email; }
    QPushButton *go() const { return m_go; }
    QTableView *table() const { return m_table; }
    QLabel *status() const { return m_status; }
    // Fills the email field and refreshes now.
    void showCandidate(const QString &email);

private:
    void updateStatus();
    void showPreview();

    PreviewModel *m_model;
    CandidateSuggestions *m_suggestions;
    bool m_previewWhenAnswered = false; // Enter on a name before its matches arrived
    QLineEdit *m_email;
    QPushButton *m_go;
    QLabel *m_status;
    QTableView *m_table;
};

} // namespace Tessera
