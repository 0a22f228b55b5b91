// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/view/CellFinder.h"

#include "core/indicator/IndicatorTable.h"
#include "core/model/IndicatorColumns.h"
#include "core/view/RowOrder.h"

#include <algorithm>

namespace im {

std::optional<GridCell> CellFinder::find(const IndicatorTable &table, const RowOrder &order, const TextMatcher &matcher,
                                         GridCell from, bool backwards, const std::vector<int> &columns)
{
    const int rows = order.visibleCount();
    if (rows == 0 || columns.empty() || matcher.isEmpty())
        return std::nullopt;
    std::vector<int> sorted = columns;
    std::sort(sorted.begin(), sorted.end());
    std::vector<Field> fields;
    fields.reserve(sorted.size());
    for (int c : sorted)
        fields.push_back(*fieldOfColumn(c));

    const int start = std::clamp(from.row, 0, rows - 1);
    // Visit the start row (after or before the start column), every other row once, then the start
    // row's remaining columns: a full circle.
    for (int step = 0; step <= rows; ++step) {
        const int view = backwards ? ((start - step) % rows + rows) % rows : (start + step) % rows;
        const IndicatorTable::Cells cells = table.cells(order.tableRow(view));
        const int n = static_cast<int>(sorted.size());
        for (int k = 0; k < n; ++k) {
            const int i = backwards ? n - 1 - k : k;
            const int column = sorted[static_cast<size_t>(i)];
            if (step == 0 && (backwards ? column >= from.column : column <= from.column) && from.row >= 0)
                continue;
            if (step == rows && (backwards ? column < from.column : column > from.column))
                continue;
            if (matcher.matches(cells[static_cast<size_t>(fieldIndex(fields[static_cast<size_t>(i)]))]))
                return GridCell{view, column};
        }
    }
    return std::nullopt;
}

std::optional<GridCell> CellFinder::findProblem(const IndicatorTable &table, const RowOrder &order, GridCell from,
                                                bool backwards)
{
    const int rows = order.visibleCount();
    if (rows == 0)
        return std::nullopt;
    const int start = std::clamp(from.row, 0, rows - 1);
    for (int step = 0; step <= rows; ++step) {
        const int view = backwards ? ((start - step) % rows + rows) % rows : (start + step) % rows;
        const IssueSet &issues = table.issues(order.tableRow(view));
        if (issues.isEmpty())
            continue;
        for (int k = 1; k < ColumnCount; ++k) {
            const int column = backwards ? ColumnCount - k : k;
            if (step == 0 && from.row >= 0 && (backwards ? column >= from.column : column <= from.column))
                continue;
            if (step == rows && (backwards ? column < from.column : column > from.column))
                continue;
            if (!issues.forField(*fieldOfColumn(column)).isEmpty())
                return GridCell{view, column};
        }
    }
    return std::nullopt;
}

RowEdits CellFinder::replaceAll(const IndicatorTable &table, const std::vector<int> &tableRows,
                                const TextMatcher &matcher, const QString &replacement, const std::vector<int> &columns)
{
    RowEdits edits;
    for (int row : tableRows) {
        RowEdit edit{table.rowId(row), {}, std::nullopt};
        for (int column : columns) {
            const auto field = fieldOfColumn(column);
            if (!field)
                continue;
            if (auto text = matcher.replaced(table.cell(row, *field), replacement))
                edit.cells.emplace_back(*field, std::move(*text));
        }
        if (!edit.cells.empty())
            edits.push_back(std::move(edit));
    }
    return edits;
}

} // namespace im
