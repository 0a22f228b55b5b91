// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicator/IndicatorTable.h"

#include <QByteArray>
#include <QList>

#include <optional>
#include <utility>
#include <vector>

namespace im {

// New values for some cells of one row, named by its RowId so that the edit still finds its row after
// sorting, inserts and deletes. Applying a list of them returns the list that undoes it.
struct RowEdit
{
    RowId row = 0;
    std::vector<std::pair<Field, QByteArray>> cells; // UTF-8
    std::optional<QList<ReadNote>> readNotes;        // replaces the row's read notes when set
};

using RowEdits = std::vector<RowEdit>;

} // namespace im
