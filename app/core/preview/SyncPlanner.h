// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/preview/ImportPlanner.h"
#include "core/tenant/Ownership.h"

#include <QStringList>

#include <vector>

namespace im {

class IndicatorTable;
class TenantSnapshot;

// What a sync would do: make the tenant hold exactly the table's rows among the indicators we own.
// Rows are compared with the whole tenant by matching key, as an import is (ImportPlanner): a row the
// tenant lacks is created, one it holds with other fields is updated, one it holds as it is stays
// unchanged. Our indicators (Ownership) that no row of the table carries are deleted; the indicators
// of others are never deleted, whether a row carries them or not.
struct SyncPlan
{
    ImportPlanner::Result import; // the rows to send (New: create, Update: update) and those left out
    std::vector<int> deletes;     // snapshot indices, in snapshot order
    QStringList deleteIds;        // their ids, in the same order
    int creates = 0;
    int updates = 0;
    int unchanged = 0;  // rows the tenant holds as they are: not sent
    int notSent = 0;    // rows left out for another reason (errors, repeats)
    int othersKept = 0; // indicators of others that no row carries: left alone
    int importCalls = 0;
    int deleteCalls = 0; // BatchDelete calls of at most 500 ids

    [[nodiscard]] int deleteCount() const { return static_cast<int>(deletes.size()); }
    [[nodiscard]] int calls() const { return importCalls + deleteCalls; }
    [[nodiscard]] bool changesNothing() const { return creates + updates + deleteCount() == 0; }
};

class SyncPlanner
{
public:
    // `excludedByUser` (by table row, may be empty): rows the user unticked, neither sent nor kept: an
    // unticked row's indicator of ours is deleted like one whose row is gone.
    static SyncPlan plan(const IndicatorTable &table, const TenantSnapshot &snapshot, const Ownership &ownership,
                         const std::vector<bool> &excludedByUser = {});
};

} // namespace im
