// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/CallLimiter.h"

#include <algorithm>
#include <cmath>

namespace im {
namespace {

// A few milliseconds of slack against timer and clock granularity; it costs nothing measurable.
constexpr qint64 kSafetyMs = 5;

} // namespace

CallLimiter::CallLimiter(std::vector<RateWindow> windows)
    : m_windows(windows)
    , m_documented(std::move(windows))
{
    setTimeScale(1.0);
}

void CallLimiter::setTimeScale(double factor)
{
    if (factor <= 0)
        factor = 1;
    m_windows = m_documented;
    m_longestWindow = 0;
    for (RateWindow &w : m_windows) {
        w.lengthMs = std::max<qint64>(1, std::llround(static_cast<double>(w.lengthMs) / factor));
        m_longestWindow = std::max(m_longestWindow, w.lengthMs);
    }
}

void CallLimiter::forget(qint64 nowMs)
{
    while (!m_ended.empty() && m_ended.front() + m_longestWindow + kSafetyMs <= nowMs)
        m_ended.pop_front();
}

qint64 CallLimiter::delayMs(qint64 nowMs) const
{
    qint64 wait = std::max<qint64>(0, m_blockedUntil - nowMs);
    const auto running = static_cast<qint64>(m_running.size());
    for (const RateWindow &w : m_windows) {
        // Calls that still count in this window: all running ones plus those that ended within it.
        const auto firstInWindow = std::upper_bound(m_ended.begin(), m_ended.end(), nowMs - w.lengthMs - kSafetyMs);
        const qint64 ended = std::distance(firstInWindow, m_ended.end());
        const qint64 used = running + ended;
        if (used < w.maxCalls)
            continue;
        // The slot we need frees when enough of the ended calls have left the window.
        const qint64 mustLeave = used - w.maxCalls + 1;
        if (mustLeave > ended)
            return -1; // only running calls hold the slots
        const qint64 leavingAt = *(firstInWindow + (mustLeave - 1)) + w.lengthMs + kSafetyMs;
        wait = std::max(wait, leavingAt - nowMs);
    }
    return wait;
}

quint64 CallLimiter::startCall(qint64 nowMs)
{
    forget(nowMs);
    const quint64 ticket = m_nextTicket++;
    m_running.push_back(ticket);
    return ticket;
}

void CallLimiter::finishCall(quint64 ticket, qint64 nowMs)
{
    const auto it = std::find(m_running.begin(), m_running.end(), ticket);
    if (it == m_running.end())
        return;
    m_running.erase(it);
    // Keep the list sorted even if a clock were to step: insert in order.
    m_ended.insert(std::upper_bound(m_ended.begin(), m_ended.end(), nowMs), nowMs);
    forget(nowMs);
}

void CallLimiter::blockUntil(qint64 untilMs)
{
    m_blockedUntil = std::max(m_blockedUntil, untilMs);
}

} // namespace im
