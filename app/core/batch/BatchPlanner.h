// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicator/ServiceLimits.h"

#include <QtGlobal>

#include <vector>

namespace im {

class IndicatorTable;

// What the plan does with one row of the table, in the order the reasons are checked.
enum class PlanOutcome : quint8 {
    New,            // sent; creates an indicator
    Update,         // sent; updates an existing indicator (or re-sends an unchanged one)
    ExcludedByUser, // left out: the user unticked it
    Invalid,        // left out: the row has errors
    Duplicate,      // left out: it repeats an earlier row
    Unchanged,      // left out: the tenant already holds it as it is ("skip unchanged rows")
    OverLimit,      // left out: beyond the first K rows chosen to stay within the quota
    Succeeded,      // left out: an earlier submission of this table already imported it
};

struct BatchPlan
{
    int rows = 0;
    int excludedInvalid = 0;
    int excludedDuplicate = 0;
    int excludedByUser = 0;
    int excludedUnchanged = 0;
    int excludedOverLimit = 0;             // sendable rows beyond Options::maxRows ("send only the first K rows")
    int excludedSucceeded = 0;             // rows an earlier submission already imported
    std::vector<std::vector<int>> batches; // table rows, in sending order
    int calls = 0;
    qint64 minimumSeconds = 0; // time the rate limit imposes before the last call may start
    int activeBefore = 0;
    int newIndicators = 0; // rows that create an indicator (all sendable rows when offline)
    int updates = 0;       // rows that update an existing indicator
    int activeAfter = 0;
    int limit = limits::kMaxActiveIndicatorsPerTenant;
    std::vector<PlanOutcome> outcomes; // by table row; filled only when Options::recordOutcomes

    [[nodiscard]] int sendable() const;
    [[nodiscard]] int excluded() const
    {
        return excludedInvalid + excludedDuplicate + excludedByUser + excludedUnchanged + excludedOverLimit
               + excludedSucceeded;
    }
    [[nodiscard]] int overLimitBy() const { return activeAfter > limit ? activeAfter - limit : 0; }
};

// Splits the valid rows into Import calls and works out what they do to the tenant's quota.
// Rows with errors and repeats of earlier rows are left out; warnings do not stop a row.
class BatchPlanner
{
public:
    struct Options
    {
        int activeBefore = 0;
        int batchSize = limits::kMaxIndicatorsPerImport;
        int callsPerMinute = limits::kImportCallsPerMinute;
        // Optional per-row classification from a comparison with the tenant (see the preview);
        // when empty every sendable row counts as new.
        std::vector<bool> excludedRows;    // by table row; true = leave out (user's choice)
        std::vector<bool> succeeded;       // by table row; true = an earlier run imported it
        std::vector<bool> updatesExisting; // by table row; true = updates an existing indicator
        std::vector<bool> unchanged;       // by table row; true = identical in the tenant
        bool skipUnchanged = true;
        int maxRows = -1; // send at most this many of the sendable rows, the first ones; -1 = all
        bool recordOutcomes = false;
    };

    static BatchPlan plan(const IndicatorTable &table, const Options &options);

    // The largest K for which sending the first K sendable rows (Options::maxRows) stays within the
    // limit: updates cost no quota, so K runs up to the first new row that no longer fits.
    static int rowsWithinLimit(const IndicatorTable &table, const Options &options);

    // 60 s for every full window of calls beyond the first: the time at the limit before the last of
    // `calls` Import calls may start.
    static qint64 minimumSeconds(int calls, int callsPerMinute = limits::kImportCallsPerMinute);
};

} // namespace im
