// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/StepRetry.h"

#include "core/net/ApiError.h"

namespace im {

StepRetry::StepRetry(std::function<void()> step)
{
    m_timer.setSingleShot(true);
    QObject::connect(&m_timer, &QTimer::timeout, std::move(step));
}

bool StepRetry::scheduleAfter(const ApiError &error)
{
    if (!m_policy.shouldRetry(error, ++m_failures))
        return false;
    m_timer.start(static_cast<int>(m_policy.delayMs(m_failures)));
    return true;
}

void StepRetry::stop()
{
    m_timer.stop();
    m_failures = 0;
}

} // namespace im
