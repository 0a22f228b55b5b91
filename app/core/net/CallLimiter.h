// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/net/ApiEndpoint.h"

#include <QtGlobal>

#include <deque>
#include <vector>

namespace im {

// Client-side sliding-window limiter for one endpoint: says how long to wait before the next call so
// that the service never counts more than its limit in any window, yet lets calls go as soon as a slot
// frees up (a burst of the whole allowance, then one call each time the oldest leaves the window).
//
// A call occupies its slot from the moment it starts; once it ends, the slot is dated at the moment the
// reply (or the failure) arrived. The service dates a call somewhere between our start and that
// moment, so dating it at the end guarantees the service sees at least a full window between a call
// and the one that reuses its slot, whatever the latency. Times are monotonic milliseconds.
class CallLimiter
{
public:
    CallLimiter() = default;
    explicit CallLimiter(std::vector<RateWindow> windows);

    // Divides every window by `factor` (> 1 speeds up), as the sandbox's --time-scale does.
    void setTimeScale(double factor);
    [[nodiscard]] const std::vector<RateWindow> &windows() const { return m_windows; }

    // Milliseconds to wait before a call may start; 0 when it may start now; -1 when every slot is held
    // by a call still running (ask again when one ends).
    [[nodiscard]] qint64 delayMs(qint64 nowMs) const;

    // Returns a ticket for the call, to give back to finishCall().
    quint64 startCall(qint64 nowMs);
    void finishCall(quint64 ticket, qint64 nowMs);

    // The service said Retry-After: no call before `untilMs`.
    void blockUntil(qint64 untilMs);

    [[nodiscard]] int callsInFlight() const { return static_cast<int>(m_running.size()); }

private:
    struct Slot
    {
        quint64 ticket;
        qint64 endedMs; // -1 while running
    };
    void forget(qint64 nowMs);

    std::vector<RateWindow> m_windows;
    std::vector<RateWindow> m_documented;
    std::deque<qint64> m_ended; // end times of finished calls, ascending
    std::vector<quint64> m_running;
    qint64 m_blockedUntil = 0;
    quint64 m_nextTicket = 1;
    qint64 m_longestWindow = 0;
};

} // namespace im
