#pragma once

#include <QWidget>

class QLabel;

namespace Tessera {

class EmptyState;
class PaletteTree;
class PlanPalette;

// The designer's palette beside the board: what can be added (PaletteTree), what kept items
// out of it, or, when no enabled integration offers activities, a way to the Marketplace.
class PlanPalettePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanPalettePane)
public:
    explicit PlanPalettePane(PlanPalette *palette, QWidget *parent = nullptr);

    PaletteTree *tree() const { return m_tree; }
    EmptyState *noIntegrations() const { return m_noIntegrations; }

Q_SIGNALS:
    void marketplaceRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void update();

    PlanPalette *m_palette;
    QLabel *m_caption;
    QLabel *m_hint;
    QLabel *m_problems;
    PaletteTree *m_tree;
    EmptyState *m_noIntegrations;
};

} // namespace Tessera
