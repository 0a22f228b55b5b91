// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document/IssueStatistics.h"

#include <algorithm>

namespace im {

IssueStatistics IssueStatistics::of(const IndicatorTable &table)
{
    IssueStatistics stats;
    ValidationSummary &s = stats.summary;
    s.rows = table.rowCount();
    for (int row = 0; row < s.rows; ++row) {
        const IssueSet &issues = table.issues(row);
        if (issues.isEmpty()) {
            ++s.valid;
            continue;
        }
        ++stats.rowsWithIssues;
        if (issues.hasErrors())
            ++s.invalid;
        else
            ++s.valid;
        if (issues.hasWarnings())
            ++s.warningRows;
        if (issues.contains(IssueCode::RowDuplicate))
            ++s.duplicates;
        issues.forEach([&](IssueCode code) {
            ++stats.rowsWith[static_cast<size_t>(code)];
            if (issueInfo(code).severity == IssueSeverity::Error)
                ++s.errors;
            else
                ++s.warnings;
        });
    }
    return stats;
}

std::vector<IssueCode> IssueStatistics::presentCodes() const
{
    std::vector<IssueCode> codes;
    for (int i = 0; i < IssueCodeCount; ++i) {
        if (rowsWith[static_cast<size_t>(i)] > 0)
            codes.push_back(static_cast<IssueCode>(i));
    }
    std::stable_sort(codes.begin(), codes.end(), [this](IssueCode a, IssueCode b) {
        const bool errorA = issueInfo(a).severity == IssueSeverity::Error;
        const bool errorB = issueInfo(b).severity == IssueSeverity::Error;
        if (errorA != errorB)
            return errorA;
        return rowsWithCode(a) > rowsWithCode(b);
    });
    return codes;
}

std::vector<int> IssueStatistics::rowsWithIssue(const IndicatorTable &table, IssueCode code, int limit)
{
    std::vector<int> rows;
    for (int row = 0; row < table.rowCount(); ++row) {
        if (table.issues(row).contains(code)) {
            rows.push_back(row);
            if (limit > 0 && static_cast<int>(rows.size()) >= limit)
                break;
        }
    }
    return rows;
}

} // namespace im
