// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/preview/SyncPlanner.h"

#include "core/indicator/ServiceLimits.h"
#include "core/preview/TenantSnapshot.h"
#include "core/validation/MatchingKey.h"

namespace im {

SyncPlan SyncPlanner::plan(const IndicatorTable &table, const TenantSnapshot &snapshot, const Ownership &ownership,
                           const std::vector<bool> &excludedByUser)
{
    ImportPlanner planner;
    planner.setTenant(&snapshot);
    planner.compare(table);
    ImportPlanner::Choices choices;
    choices.excludedByUser = excludedByUser;
    SyncPlan sync;
    sync.import = planner.plan(table, nullptr, choices);

    // A row keeps the indicator its key matches, unless the user unticked it.
    std::vector<bool> kept = planner.comparison().tenantMatched;
    if (!excludedByUser.empty()) {
        kept.assign(static_cast<size_t>(snapshot.size()), false);
        QByteArray key;
        for (int row = 0; row < table.rowCount(); ++row) {
            if (static_cast<size_t>(row) < excludedByUser.size() && excludedByUser[static_cast<size_t>(row)])
                continue;
            if (!buildMatchingKey(table.cells(row), KeyScope::WithAction, key))
                continue;
            if (const int index = snapshot.find(hashKey(key)); index >= 0)
                kept[static_cast<size_t>(index)] = true;
        }
    }
    for (int i = 0; i < snapshot.size(); ++i) {
        if (kept[static_cast<size_t>(i)])
            continue;
        const TenantIndicator &indicator = snapshot.at(i);
        if (ownership.isOurs(indicator.creator)) {
            sync.deletes.push_back(i);
            sync.deleteIds.append(indicator.id);
        } else {
            ++sync.othersKept;
        }
    }

    const BatchPlan &batches = sync.import.plan;
    for (const PlanOutcome outcome : batches.outcomes) {
        sync.creates += outcome == PlanOutcome::New;
        sync.updates += outcome == PlanOutcome::Update;
        sync.unchanged += outcome == PlanOutcome::Unchanged;
        sync.notSent += outcome == PlanOutcome::Invalid || outcome == PlanOutcome::Duplicate
                        || outcome == PlanOutcome::ExcludedByUser;
    }
    sync.importCalls = batches.calls;
    const int chunk = limits::kMaxIdsPerBatchDelete;
    sync.deleteCalls = (sync.deleteCount() + chunk - 1) / chunk;
    // Deletes go first and free their quota before the rows are sent.
    sync.import.plan.activeBefore -= sync.deleteCount();
    sync.import.plan.activeAfter -= sync.deleteCount();
    return sync;
}

} // namespace im
