// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicator/IndicatorField.h"
#include "core/view/RowFilter.h"

#include <optional>
#include <utility>
#include <vector>

namespace im {

class IndicatorTable;

// The order in which the grid shows a table's rows: every row in sort order, and the rows of that order
// the filter lets through. Both are plain vectors of table rows, so a million rows are sorted and
// filtered here, in the core, instead of through a proxy model asking for one cell at a time.
//
// Edits never move rows: a sort is applied once, as in a spreadsheet, and a row that stops matching the
// filter stays in view until the filter changes. New rows appear where they were inserted.
//
// Until the first sort, filter or structural change the order is the table's own, held implicitly: a
// freshly opened million-row file costs no vectors and no time on the UI thread.
class RowOrder
{
public:
    // Identity order over `rows` table rows, without sort or filter.
    void reset(int rows);

    [[nodiscard]] int visibleCount() const { return m_identity ? m_tableRows : static_cast<int>(m_visible.size()); }
    [[nodiscard]] int tableRowCount() const { return m_tableRows; }
    [[nodiscard]] int tableRow(int viewRow) const
    {
        return m_identity ? viewRow : m_visible[static_cast<size_t>(viewRow)];
    }
    // -1 when the row is hidden by the filter.
    [[nodiscard]] int viewRow(int tableRow) const;
    [[nodiscard]] const std::vector<int> &visibleRows() const;
    [[nodiscard]] const std::vector<int> &orderedRows() const;
    [[nodiscard]] const RowFilter &filter() const { return m_filter; }
    [[nodiscard]] bool isFiltered() const { return !m_filter.isEmpty(); }

    // No field: by status. Keeps the filter.
    void sort(const IndicatorTable &table, std::optional<Field> field, Qt::SortOrder order);
    void setFilter(const IndicatorTable &table, const RowFilter &filter);

    // Structural changes, in the steps the model needs to announce them to views (see IndicatorTableModel).
    // Drops a run of visible rows from view only; the rows stay in the table and in the full order.
    void hideVisible(int viewRow, int count);
    // The table lost the rows at these ascending indexes: they leave the full order, the rest is renumbered.
    void tableRowsRemoved(const std::vector<int> &sortedRows);
    // The table gained rows at these ascending final indexes: existing entries are renumbered; the new
    // rows are placed with placeInOrder() and showVisible().
    void tableRowsInserted(const std::vector<int> &sortedRows);
    // Merges (position, table row) pairs, ascending by final position, into the full order / the view.
    void placeInOrder(const std::vector<std::pair<int, int>> &positionsAndRows);
    void showVisible(const std::vector<std::pair<int, int>> &positionsAndRows);
    // Positions of table rows in the full order (-1 for rows it does not hold).
    [[nodiscard]] std::vector<int> orderPositions(const std::vector<int> &tableRows) const;

private:
    void invalidateInverse() { m_inverseValid = false; }
    // Turns the implicit table order into the two vectors before they are changed or handed out.
    void materialize() const;

    mutable std::vector<int> m_ordered; // every table row, in sort order
    mutable std::vector<int> m_visible; // the rows of m_ordered that pass the filter, in that order
    mutable bool m_identity = true;     // both are the table's order and not built yet
    RowFilter m_filter;
    int m_tableRows = 0;
    mutable std::vector<int> m_viewOf; // by table row: view row or -1; built on demand
    mutable bool m_inverseValid = false;
};

} // namespace im
