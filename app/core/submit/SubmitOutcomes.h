// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/batch/BatchPlanner.h"
#include "core/indicator/IndicatorTable.h"
#include "core/submit/RowOutcome.h"

#include <QHash>
#include <QString>

#include <utility>
#include <vector>

namespace im {

// How one row of the grid came out of its last submission (None: never submitted).
using SubmitState = RowStatus;

// A row of the table that a submission leaves out, and why (the plan's verdict). It still gets an
// outcome, Not sent, so every row of the table is accounted for in the grid, the report and the history.
struct LeftOutRow
{
    LeftOutRow() = default;
    LeftOutRow(RowId row_, PlanOutcome why_, std::optional<IssueCode> issue_ = std::nullopt)
        : row(row_)
        , why(why_)
        , issue(issue_)
    {
    }

    RowId row = 0;
    PlanOutcome why = PlanOutcome::Invalid;
    std::optional<IssueCode> issue; // Invalid: the row's first error
};

// The outcome of every submitted row of the open table, by RowId, so results follow their rows through
// sorting, filtering and edits. The grid model holds it as an immutable snapshot (shared_ptr to const)
// that the filter may read from several threads; a new submission makes a new snapshot.
class SubmitOutcomes
{
public:
    void set(RowId row, const RowOutcome &outcome);
    // Not sent because the submission left it out. A row that succeeded before keeps that outcome.
    // Rows left out on purpose (repeats, unchanged, unticked, over the quota) are not sent again by
    // "Resubmit failed"; rows left out for errors are, once fixed.
    void setLeftOut(const LeftOutRow &row);
    [[nodiscard]] bool isEmpty() const { return m_rows.isEmpty(); }
    [[nodiscard]] int size() const { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] RowOutcome outcome(RowId row) const { return m_rows.value(row); }
    [[nodiscard]] SubmitState state(RowId row) const { return m_rows.value(row).status; }
    [[nodiscard]] int count(SubmitState state) const;
    // Rows to send again: those that failed or were not sent, except rows left out on purpose; in no
    // particular order.
    [[nodiscard]] std::vector<RowId> toResend() const;
    // Failure reasons (verbatim) with how many rows have each, the most frequent first.
    [[nodiscard]] std::vector<std::pair<QString, int>> failureGroups() const;
    // Why rows were not sent (in the language of the moment), grouped the same way.
    [[nodiscard]] std::vector<std::pair<QString, int>> notSentGroups() const;
    // The same over any outcomes.
    static std::vector<std::pair<QString, int>> groupFailures(const std::vector<RowOutcome> &outcomes);
    static std::vector<std::pair<QString, int>> groupReasons(const std::vector<RowOutcome> &outcomes, RowStatus status);

private:
    QHash<RowId, RowOutcome> m_rows;
};

} // namespace im
