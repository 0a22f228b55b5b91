// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tasks/ParallelParts.h"

#include <QThread>

#include <algorithm>

namespace im {

// Runs fn(begin, end, slice) over [0, count) in contiguous slices, one per core, when the work is big
// enough to pay for the threads; small inputs run inline. fn must only read shared state.
template<typename Fn>
int parallelSlices(int count, Fn fn, int minimumPerThread = 50000)
{
    const int threads = std::clamp(std::min(QThread::idealThreadCount(), count / std::max(1, minimumPerThread)), 1, 8);
    runSlices(static_cast<size_t>(std::max(0, count)), threads, [&fn](size_t begin, size_t end, int slice) {
        fn(static_cast<int>(begin), static_cast<int>(end), slice);
    });
    return threads;
}

} // namespace im
