// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceRateLimiter.h"

#include <algorithm>
#include <cmath>

namespace im::sandbox {

ServiceRateLimiter::ServiceRateLimiter(double timeScale)
    : m_scale(timeScale > 0 ? timeScale : 1.0)
{
}

qint64 ServiceRateLimiter::scaled(qint64 ms) const
{
    return std::max<qint64>(1, std::llround(static_cast<double>(ms) / m_scale));
}

ServiceRateLimiter::Verdict ServiceRateLimiter::admit(const QString &caller, ApiEndpoint endpoint, qint64 nowMs)
{
    Verdict verdict;
    const std::vector<RateWindow> windows = documentedRateWindows(endpoint);
    if (windows.empty())
        return verdict;
    std::deque<qint64> &calls = m_calls[caller + QLatin1Char('|') + QLatin1String(endpointName(endpoint))];
    qint64 longest = 0;
    for (const RateWindow &w : windows)
        longest = std::max(longest, scaled(w.lengthMs));
    // A call made at t counts while now < t + window.
    while (!calls.empty() && calls.front() + longest <= nowMs)
        calls.pop_front();
    for (const RateWindow &w : windows) {
        const qint64 length = scaled(w.lengthMs);
        const auto first = std::upper_bound(calls.begin(), calls.end(), nowMs - length);
        const auto inWindow = std::distance(first, calls.end());
        if (inWindow < w.maxCalls)
            continue;
        // The call that must leave for a slot to free: the (inWindow - max + 1)-th oldest in the window.
        const qint64 leavesAt = *(first + (inWindow - w.maxCalls)) + length;
        const qint64 wait = leavesAt - nowMs;
        if (!verdict.admitted && wait <= verdict.retryAfterMs)
            continue;
        verdict.admitted = false;
        verdict.retryAfterMs = wait;
        verdict.window = RateWindow{w.maxCalls, w.lengthMs};
    }
    if (verdict.admitted)
        calls.push_back(nowMs);
    return verdict;
}

} // namespace im::sandbox
