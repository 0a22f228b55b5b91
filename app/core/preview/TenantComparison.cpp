// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/preview/TenantComparison.h"

#include "core/indicator/IndicatorEnums.h"
#include "core/indicator/IndicatorTable.h"
#include "core/preview/TenantSnapshot.h"
#include "core/validation/MatchingKey.h"
#include "core/view/ParallelRows.h"

#include <atomic>

namespace im {

TenantComparison TenantComparison::compare(const IndicatorTable &table, const TenantSnapshot &snapshot)
{
    TenantComparison result;
    const int rows = table.rowCount();
    // Bytes, not vector<bool>: threads write neighbouring rows, and bits of one word would race.
    std::vector<char> state(static_cast<size_t>(rows), 0); // 0 new, 1 update, 2 unchanged
    std::vector<std::atomic<bool>> matched(static_cast<size_t>(snapshot.size()));
    result.opposing.assign(static_cast<size_t>(rows), -1);
    if (snapshot.size() > 0) {
        parallelSlices(rows, [&](int begin, int end, int) {
            QByteArray key;
            QByteArray scratch;
            for (int row = begin; row < end; ++row) {
                const IndicatorTable::Cells cells = table.cells(row);
                const Stance stance = stanceOf(parseAction(cells[static_cast<size_t>(fieldIndex(Field::Action))]));
                if (stance != Stance::None && buildMatchingKey(cells, KeyScope::ValueOnly, key)) {
                    const quint64 valueKey = hashKey(key);
                    const qsizetype valueLength = key.size();
                    buildMatchingKey(cells, KeyScope::WithoutAction, key);
                    result.opposing[static_cast<size_t>(row)] =
                        snapshot.findOpposing(valueKey, stance, deviceGroupsOf(key, valueLength));
                }
                if (!buildMatchingKey(cells, KeyScope::WithAction, key))
                    continue;
                const int index = snapshot.find(hashKey(key));
                if (index < 0)
                    continue;
                matched[static_cast<size_t>(index)].store(true, std::memory_order_relaxed);
                state[static_cast<size_t>(row)] = sentFieldsHash(cells, scratch) == snapshot.at(index).fields ? 2 : 1;
            }
        });
    }
    result.updatesExisting.resize(static_cast<size_t>(rows));
    result.unchanged.resize(static_cast<size_t>(rows));
    for (int row = 0; row < rows; ++row) {
        const char s = state[static_cast<size_t>(row)];
        result.updatesExisting[static_cast<size_t>(row)] = s == 1;
        result.unchanged[static_cast<size_t>(row)] = s == 2;
        result.matchedRows += s != 0;
        result.opposingRows += result.opposing[static_cast<size_t>(row)] >= 0;
    }
    result.tenantMatched.resize(static_cast<size_t>(snapshot.size()));
    for (int i = 0; i < snapshot.size(); ++i)
        result.tenantMatched[static_cast<size_t>(i)] = matched[static_cast<size_t>(i)].load();
    return result;
}

} // namespace im
