// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace im {

class IndicatorTable;
class TenantSnapshot;

// The table's rows compared with the tenant by matching key: a row whose key the tenant holds updates
// that indicator, and is unchanged when every field the import would send is equal too; any other
// row creates an indicator. The flags feed BatchPlanner::Options.
struct TenantComparison
{
    std::vector<bool> updatesExisting; // by table row: the key exists in the tenant and a field differs
    std::vector<bool> unchanged;       // by table row: the key exists and nothing would change
    std::vector<bool> tenantMatched;   // by snapshot index: some row of the table carries its key
    // By table row: the snapshot index of an indicator of the same type and value that the tenant holds
    // with the opposite stance (Allowed against Block or BlockAndRemediate) for overlapping device
    // groups; -1 if none. Defender keeps both and resolves them as for two rows (row.allow-and-block).
    std::vector<int> opposing;
    int opposingRows = 0;
    int matchedRows = 0;

    static TenantComparison compare(const IndicatorTable &table, const TenantSnapshot &snapshot);
};

} // namespace im
