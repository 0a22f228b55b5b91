// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/net/ApiEndpoint.h"

#include <QHash>
#include <QString>

#include <deque>

namespace im::sandbox {

// The service side of the rate limits (shared/spec §3.1): sliding windows per application + tenant and
// per endpoint. A call is admitted and counted, or refused with the wait until the oldest call in the
// full window leaves it. Refused calls are not counted. Windows are divided by the time scale.
class ServiceRateLimiter
{
public:
    explicit ServiceRateLimiter(double timeScale = 1.0);

    struct Verdict
    {
        bool admitted = true;
        qint64 retryAfterMs = 0;
        RateWindow window; // the window that was full
    };

    Verdict admit(const QString &caller, ApiEndpoint endpoint, qint64 nowMs);
    void clear() { m_calls.clear(); }
    [[nodiscard]] double timeScale() const { return m_scale; }
    [[nodiscard]] qint64 scaled(qint64 ms) const;

private:
    double m_scale;
    QHash<QString, std::deque<qint64>> m_calls; // "<caller>|<endpoint>" -> admitted call times
};

} // namespace im::sandbox
