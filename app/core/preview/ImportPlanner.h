// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/batch/BatchPlanner.h"
#include "core/indicator/IndicatorTable.h"
#include "core/preview/TenantComparison.h"
#include "core/submit/SubmitOutcomes.h"

#include <vector>

namespace im {

class TenantSnapshot;

// The one plan every submission goes through: the preview, the window's Submit... and the CLI's
// `plan` ask it what an import of the table would do. It compares the rows with the tenant (when a
// snapshot is given), leaves out what the user unticked, rows with errors, repeats, rows the tenant
// holds unchanged and rows an earlier submission already imported, and works out the quota and the
// "first rows that fit" way out.
class ImportPlanner
{
public:
    struct Choices
    {
        int activeOffline = 0;            // active indicators typed by the user when there is no snapshot
        std::vector<bool> excludedByUser; // by table row
        bool skipUnchanged = true;
        bool firstRowsOnly = false; // send only the first rows that fit the quota
    };

    struct Result
    {
        BatchPlan plan;               // with outcomes by table row
        int firstRowsWithinLimit = 0; // how many sendable rows fit the quota, the first ones
        int wholeOverBy = 0;          // how far the whole import (without the first-rows cut) passes the limit
        int unchangedRows = 0;        // valid rows the tenant holds unchanged: left out, or sent as updates
    };

    // The tenant to compare with; nullptr plans offline. The snapshot must outlive the planner's use
    // of it; compare() must be called again when the table changes.
    void setTenant(const TenantSnapshot *snapshot)
    {
        m_snapshot = snapshot;
        m_comparison = {};
    }
    [[nodiscard]] const TenantSnapshot *tenant() const { return m_snapshot; }
    void compare(const IndicatorTable &table);
    [[nodiscard]] const TenantComparison &comparison() const { return m_comparison; }

    // `outcomes` (may be null): the grid's results so far; rows that succeeded are not sent again.
    [[nodiscard]] Result plan(const IndicatorTable &table, const SubmitOutcomes *outcomes,
                              const Choices &choices) const;

    // The rows the plan sends, in sending order, and those it leaves out with its reason, in table order.
    static std::vector<RowId> rowsToSend(const IndicatorTable &table, const BatchPlan &plan);
    static std::vector<LeftOutRow> rowsLeftOut(const IndicatorTable &table, const BatchPlan &plan);

private:
    const TenantSnapshot *m_snapshot = nullptr;
    TenantComparison m_comparison;
};

} // namespace im
