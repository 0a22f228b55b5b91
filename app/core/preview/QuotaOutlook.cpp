// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/preview/QuotaOutlook.h"

#include "core/preview/TenantSnapshot.h"

#include <algorithm>

namespace im::QuotaOutlook {

std::vector<int> activeByDay(const TenantSnapshot &snapshot, int activeAfter, qint64 nowMs, int days)
{
    std::vector<int> freed(static_cast<size_t>(std::max(0, days) + 1), 0);
    for (int i = 0; i < snapshot.size(); ++i) {
        const TenantIndicator &item = snapshot.at(i);
        if (!item.expires())
            continue;
        const qint64 ahead = item.expiresMs - nowMs;
        const qint64 day = ahead <= 0 ? 0 : (ahead + kDayMs - 1) / kDayMs;
        if (day <= days)
            ++freed[static_cast<size_t>(day)];
    }
    std::vector<int> active(freed.size());
    int gone = 0;
    for (size_t day = 0; day < freed.size(); ++day) {
        gone += freed[day];
        active[day] = std::max(0, activeAfter - gone);
    }
    return active;
}

std::vector<int> cleanupCandidates(const TenantSnapshot &snapshot, const std::vector<bool> &keep, int count,
                                   qint64 nowMs, int horizonDays)
{
    std::vector<int> picks;
    const qint64 until = nowMs + qint64(horizonDays) * kDayMs;
    for (int i = 0; i < snapshot.size(); ++i) {
        const TenantIndicator &item = snapshot.at(i);
        const bool kept = i < static_cast<int>(keep.size()) && keep[static_cast<size_t>(i)];
        if (!kept && item.expires() && item.expiresMs <= until)
            picks.push_back(i);
    }
    std::stable_sort(picks.begin(), picks.end(),
                     [&](int a, int b) { return snapshot.at(a).expiresMs < snapshot.at(b).expiresMs; });
    if (static_cast<int>(picks.size()) > count)
        picks.resize(static_cast<size_t>(std::max(0, count)));
    return picks;
}

} // namespace im::QuotaOutlook
