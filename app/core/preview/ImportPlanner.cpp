// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/preview/ImportPlanner.h"

#include "core/preview/TenantSnapshot.h"

namespace im {

void ImportPlanner::compare(const IndicatorTable &table)
{
    m_comparison = m_snapshot ? TenantComparison::compare(table, *m_snapshot) : TenantComparison();
}

ImportPlanner::Result ImportPlanner::plan(const IndicatorTable &table, const SubmitOutcomes *outcomes,
                                          const Choices &choices) const
{
    BatchPlanner::Options options;
    options.activeBefore = m_snapshot ? m_snapshot->size() : choices.activeOffline;
    options.excludedRows = choices.excludedByUser;
    // A comparison made before rows were added or removed no longer lines up with the table.
    if (m_snapshot && static_cast<int>(m_comparison.unchanged.size()) == table.rowCount()) {
        options.updatesExisting = m_comparison.updatesExisting;
        options.unchanged = m_comparison.unchanged;
    }
    if (outcomes && !outcomes->isEmpty()) {
        options.succeeded.resize(static_cast<size_t>(table.rowCount()));
        for (int row = 0; row < table.rowCount(); ++row)
            options.succeeded[static_cast<size_t>(row)] = outcomes->state(table.rowId(row)) == SubmitState::Succeeded;
    }
    options.skipUnchanged = choices.skipUnchanged;
    options.recordOutcomes = true;

    Result result;
    result.plan = BatchPlanner::plan(table, options);
    result.wholeOverBy = result.plan.overLimitBy();
    result.firstRowsWithinLimit = BatchPlanner::rowsWithinLimit(table, options);
    if (choices.firstRowsOnly) {
        options.maxRows = result.firstRowsWithinLimit;
        result.plan = BatchPlanner::plan(table, options);
    }
    // Sent as updates with "send unchanged", left out otherwise; rows left out for another reason not counted.
    for (size_t row = 0; row < result.plan.outcomes.size(); ++row) {
        const PlanOutcome outcome = result.plan.outcomes[row];
        result.unchangedRows +=
            outcome == PlanOutcome::Unchanged
            || (outcome == PlanOutcome::Update && row < options.unchanged.size() && options.unchanged[row]);
    }
    return result;
}

std::vector<RowId> ImportPlanner::rowsToSend(const IndicatorTable &table, const BatchPlan &plan)
{
    std::vector<RowId> ids;
    ids.reserve(static_cast<size_t>(plan.sendable()));
    for (const auto &batch : plan.batches)
        for (int row : batch)
            ids.push_back(table.rowId(row));
    return ids;
}

std::vector<LeftOutRow> ImportPlanner::rowsLeftOut(const IndicatorTable &table, const BatchPlan &plan)
{
    std::vector<LeftOutRow> rows;
    rows.reserve(static_cast<size_t>(plan.excluded()));
    for (size_t row = 0; row < plan.outcomes.size(); ++row) {
        const PlanOutcome outcome = plan.outcomes[row];
        if (outcome == PlanOutcome::New || outcome == PlanOutcome::Update)
            continue;
        const int r = static_cast<int>(row);
        const std::optional<IssueCode> error =
            outcome == PlanOutcome::Invalid ? table.issues(r).firstError() : std::nullopt;
        rows.emplace_back(table.rowId(r), outcome, error);
    }
    return rows;
}

} // namespace im
