// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <vector>

namespace im {

class TenantSnapshot;

// What the tenant's expirations do to the quota, and which indicators could make room.
namespace QuotaOutlook {

inline constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

// Active indicators on each of the days 0..days after the import: activeAfter less the tenant
// indicators whose expiration time has passed by the end of that day (day 0 = now). Indicators the
// import updates keep the expiration they have now; the rows' own expirations are not counted.
std::vector<int> activeByDay(const TenantSnapshot &snapshot, int activeAfter, qint64 nowMs, int days);

// Up to `count` indicators to delete to make room, by snapshot index: those already expired first,
// then those that expire soonest within `horizonDays`; indicators the table updates (`keep`) are never
// picked, since deleting them would turn their update into a new indicator.
std::vector<int> cleanupCandidates(const TenantSnapshot &snapshot, const std::vector<bool> &keep, int count,
                                   qint64 nowMs, int horizonDays);

} // namespace QuotaOutlook
} // namespace im
