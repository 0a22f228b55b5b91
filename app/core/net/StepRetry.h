// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/net/RetryPolicy.h"

#include <QTimer>

#include <functional>

namespace im {

class ApiError;

// Retries the current step of a job made of several calls (a List page, a BatchDelete chunk) after a
// transient failure, as RetryPolicy allows. Failures count until a step succeeds; stop() drops a
// retry that is still waiting, so a cancelled job never sends again.
class StepRetry
{
public:
    explicit StepRetry(std::function<void()> step);

    // After a failed step: true when the step will run again after the policy's pause.
    bool scheduleAfter(const ApiError &error);
    void succeeded() { m_failures = 0; }
    void stop();

private:
    RetryPolicy m_policy;
    QTimer m_timer;
    int m_failures = 0;
};

} // namespace im
