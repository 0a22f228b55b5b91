// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/document/RowEdit.h"
#include "core/view/TextMatcher.h"

#include <optional>
#include <vector>

namespace im {

class IndicatorTable;
class RowOrder;

// A cell of the grid: a view row and a model column.
struct GridCell
{
    int row = -1;
    int column = -1;
    bool operator==(const GridCell &other) const { return row == other.row && column == other.column; }
};

// Find and replace over the grid, in view order (what the analyst sees), on the table's UTF-8 cells.
class CellFinder
{
public:
    // The next cell after `from` (or before it, backwards) in reading order whose text matches,
    // wrapping around once. `columns` are the model columns to look in (field columns only).
    static std::optional<GridCell> find(const IndicatorTable &table, const RowOrder &order, const TextMatcher &matcher,
                                        GridCell from, bool backwards, const std::vector<int> &columns);
    // The next cell with an error or warning after `from` in reading order (before it, backwards), wrapping.
    static std::optional<GridCell> findProblem(const IndicatorTable &table, const RowOrder &order, GridCell from,
                                               bool backwards);
    // The edits that replace every match in the given table rows and columns.
    static RowEdits replaceAll(const IndicatorTable &table, const std::vector<int> &tableRows,
                               const TextMatcher &matcher, const QString &replacement, const std::vector<int> &columns);
};

} // namespace im
