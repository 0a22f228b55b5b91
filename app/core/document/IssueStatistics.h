// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/document/IndicatorDocument.h"
#include "core/validation/IssueCode.h"

#include <array>
#include <vector>

namespace im {

// How many rows have each problem, with the document's summary, from one pass over the rows' issue
// sets (16 bytes a row: a few milliseconds for a million rows, so it is simply recounted after edits).
struct IssueStatistics
{
    ValidationSummary summary;
    int rowsWithIssues = 0;                     // rows with at least one error or warning
    std::array<int, IssueCodeCount> rowsWith{}; // by IssueCode

    [[nodiscard]] int rowsWithCode(IssueCode code) const { return rowsWith[static_cast<size_t>(code)]; }
    // Codes that occur, errors first, then by how many rows have them.
    [[nodiscard]] std::vector<IssueCode> presentCodes() const;

    static IssueStatistics of(const IndicatorTable &table);
    // Table rows that have the code, in table order, at most `limit` of them (0: all).
    static std::vector<int> rowsWithIssue(const IndicatorTable &table, IssueCode code, int limit = 0);
};

} // namespace im
