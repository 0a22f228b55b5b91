// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/batch/BatchPlanner.h"

#include "core/indicator/IndicatorTable.h"

namespace im {
namespace {

bool flag(const std::vector<bool> &flags, int row)
{
    return row < static_cast<int>(flags.size()) && flags[static_cast<size_t>(row)];
}

} // namespace

int BatchPlan::sendable() const
{
    int n = 0;
    for (const auto &batch : batches)
        n += static_cast<int>(batch.size());
    return n;
}

qint64 BatchPlanner::minimumSeconds(int calls, int callsPerMinute)
{
    if (calls <= 0 || callsPerMinute <= 0)
        return 0;
    return qint64(limits::kRateWindowSeconds) * ((calls - 1) / callsPerMinute);
}

BatchPlan BatchPlanner::plan(const IndicatorTable &table, const Options &options)
{
    BatchPlan plan;
    plan.rows = table.rowCount();
    plan.activeBefore = options.activeBefore;
    const int batchSize = std::max(1, std::min(options.batchSize, limits::kMaxIndicatorsPerImport));

    if (options.recordOutcomes)
        plan.outcomes.resize(static_cast<size_t>(plan.rows));
    const auto record = [&](int row, PlanOutcome outcome) {
        if (options.recordOutcomes)
            plan.outcomes[static_cast<size_t>(row)] = outcome;
    };
    std::vector<int> current;
    current.reserve(static_cast<size_t>(batchSize));
    for (int row = 0; row < plan.rows; ++row) {
        const IssueSet &issues = table.issues(row);
        if (flag(options.excludedRows, row)) {
            ++plan.excludedByUser;
            record(row, PlanOutcome::ExcludedByUser);
            continue;
        }
        if (flag(options.succeeded, row)) {
            ++plan.excludedSucceeded;
            record(row, PlanOutcome::Succeeded);
            continue;
        }
        if (issues.hasErrors()) {
            ++plan.excludedInvalid;
            record(row, PlanOutcome::Invalid);
            continue;
        }
        if (issues.contains(IssueCode::RowDuplicate)) {
            ++plan.excludedDuplicate;
            record(row, PlanOutcome::Duplicate);
            continue;
        }
        if (options.skipUnchanged && flag(options.unchanged, row)) {
            ++plan.excludedUnchanged;
            record(row, PlanOutcome::Unchanged);
            continue;
        }
        if (options.maxRows >= 0 && plan.updates + plan.newIndicators >= options.maxRows) {
            ++plan.excludedOverLimit;
            record(row, PlanOutcome::OverLimit);
            continue;
        }
        if (flag(options.updatesExisting, row) || flag(options.unchanged, row)) {
            ++plan.updates;
            record(row, PlanOutcome::Update);
        } else {
            ++plan.newIndicators;
            record(row, PlanOutcome::New);
        }
        current.push_back(row);
        if (static_cast<int>(current.size()) == batchSize) {
            plan.batches.push_back(std::move(current));
            current = {};
            current.reserve(static_cast<size_t>(batchSize));
        }
    }
    if (!current.empty())
        plan.batches.push_back(std::move(current));
    plan.calls = static_cast<int>(plan.batches.size());
    plan.minimumSeconds = minimumSeconds(plan.calls, options.callsPerMinute);
    plan.activeAfter = plan.activeBefore + plan.newIndicators;
    return plan;
}

int BatchPlanner::rowsWithinLimit(const IndicatorTable &table, const Options &options)
{
    Options all = options;
    all.maxRows = -1;
    const BatchPlan full = plan(table, all);
    const int room = full.limit - options.activeBefore;
    int rows = 0;
    int created = 0;
    for (const auto &batch : full.batches) {
        for (int row : batch) {
            const bool creates = !flag(options.updatesExisting, row) && !flag(options.unchanged, row);
            if (creates && created + 1 > room)
                return rows;
            created += creates;
            ++rows;
        }
    }
    return rows;
}

} // namespace im
