// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <atomic>

namespace im {

// What a running task shares with the UI: how far it got and whether the analyst cancelled.
class TaskControl
{
public:
    // done of total; total <= 0 means "no idea" (an indeterminate progress bar).
    void setProgress(qint64 done, qint64 total);
    [[nodiscard]] int permille() const { return m_permille.load(std::memory_order_relaxed); }
    void cancel() { m_cancelled.store(true); }
    [[nodiscard]] bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

private:
    std::atomic<int> m_permille{-1};
    std::atomic<bool> m_cancelled{false};
};

} // namespace im
