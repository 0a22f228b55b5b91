// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QThread>

#include <algorithm>
#include <thread>
#include <vector>

namespace im {

// Runs fn(begin, end, slice) over [0, count) in contiguous slices, one per core, when the work is big
// enough to pay for the threads; small inputs run inline. fn must only read shared state.
template<typename Fn>
int parallelSlices(int count, Fn fn, int minimumPerThread = 50000)
{
    const int threads = std::clamp(std::min(QThread::idealThreadCount(), count / std::max(1, minimumPerThread)), 1, 8);
    if (threads == 1) {
        fn(0, count, 0);
        return 1;
    }
    std::vector<std::thread> pool;
    const int slice = (count + threads - 1) / threads;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(
            [&fn, t, slice, count] { fn(std::min(count, t * slice), std::min(count, (t + 1) * slice), t); });
    fn(0, std::min(count, slice), 0);
    for (auto &thread : pool)
        thread.join();
    return threads;
}

} // namespace im
