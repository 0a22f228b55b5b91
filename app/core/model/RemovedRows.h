// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicator/IndicatorTable.h"

#include <vector>

namespace im {

// Rows deleted through the model, with where they were in the table, in the sort order and in view,
// so that undo puts every one of them back in its place.
struct RemovedRows
{
    std::vector<IndicatorTable::TakenRow> rows; // ascending table positions
    std::vector<int> orderPositions;            // per row: position in the full sort order
    std::vector<int> viewPositions;             // per row: view row, -1 when the filter hid it

    [[nodiscard]] bool isEmpty() const { return rows.empty(); }
    [[nodiscard]] int count() const { return static_cast<int>(rows.size()); }
};

} // namespace im
