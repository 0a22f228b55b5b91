// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicator/ServiceLimits.h"

#include <QtGlobal>

namespace im {

class ApiError;

// When to try a failed call again: transient failures only (5xx, timeouts, dropped connections,
// unreadable replies), a bounded number of times, with exponential backoff and jitter so that many
// clients failing together do not retry together.
struct RetryPolicy
{
    int maxAttempts = limits::kRetryAttempts;       // attempts in all, the first included
    qint64 baseDelayMs = limits::kRetryBaseDelayMs; // pause after the first failure
    qint64 maxDelayMs = limits::kRetryMaxDelayMs;   // no pause is longer

    // Pause after `failures` failures (>= 1): half of base * 2^(failures-1), capped, plus a random half.
    [[nodiscard]] qint64 delayMs(int failures) const;
    [[nodiscard]] bool shouldRetry(const ApiError &error, int failures) const;
};

} // namespace im
