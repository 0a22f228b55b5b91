// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/RetryPolicy.h"

#include "core/net/ApiError.h"

#include <QRandomGenerator>

#include <algorithm>

namespace im {

qint64 RetryPolicy::delayMs(int failures) const
{
    qint64 delay = std::max<qint64>(1, baseDelayMs);
    for (int i = 1; i < failures && delay < maxDelayMs; ++i)
        delay *= 2;
    delay = std::min(delay, std::max<qint64>(1, maxDelayMs));
    const qint64 half = delay / 2;
    return half + static_cast<qint64>(QRandomGenerator::global()->bounded(static_cast<quint64>(delay - half) + 1));
}

bool RetryPolicy::shouldRetry(const ApiError &error, int failures) const
{
    return error.isTransient() && failures < maxAttempts;
}

} // namespace im
