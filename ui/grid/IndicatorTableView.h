// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicator/IndicatorTable.h"

#include <QTableView>

namespace im {

class IndicatorTableModel;

// The indicator grid: spreadsheet keys (Enter edits and then moves down, Delete clears through the
// window's action), a sort indicator that follows the model, column widths that fit each field, and
// the current cell kept by RowId when the filter changes which rows are shown.
class IndicatorTableView : public QTableView
{
    Q_OBJECT

public:
    explicit IndicatorTableView(QWidget *parent = nullptr);

    void setIndicatorModel(IndicatorTableModel *model);
    [[nodiscard]] IndicatorTableModel *indicatorModel() const { return m_model; }

    // Makes a cell current, selects it and scrolls to it.
    void goToCell(const QModelIndex &index);
    // View rows with a selected cell, ascending; the current row when nothing is selected.
    [[nodiscard]] std::vector<int> selectedViewRows() const;
    [[nodiscard]] bool isEditing() const { return state() == QAbstractItemView::EditingState; }
    // The selected cells, or the current one.
    [[nodiscard]] QModelIndexList selectedOrCurrent() const;
    // Distinct view rows of some indexes, ascending.
    static std::vector<int> rowsOf(const QModelIndexList &indexes);

protected:
    void changeEvent(QEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void retranslateUi();
    void rememberCurrent();
    void restoreCurrent();
    void syncSortIndicator();
    void applyColumnWidths();

    IndicatorTableModel *m_model = nullptr;
    RowId m_rememberedRow = 0;
    int m_rememberedColumn = -1;
};

} // namespace im
