// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cstddef>
#include <functional>

namespace im {

// Runs work(0), ..., work(parts - 1) at the same time, work(0) on the calling thread, and returns when
// all have returned. How many parts suit a table is ValidationThreads' business.
void runParts(int parts, const std::function<void(int part)> &work);

// Runs fn(begin, end, part) over [0, count) cut into `parts` contiguous slices of about equal length,
// each on a thread of its own (runParts).
template<typename Fn>
void runSlices(size_t count, int parts, Fn fn)
{
    const size_t slices = static_cast<size_t>(std::max(1, parts));
    const size_t length = (count + slices - 1) / slices;
    runParts(static_cast<int>(slices), [&](int part) {
        const size_t begin = std::min(count, static_cast<size_t>(part) * length);
        fn(begin, std::min(count, begin + length), part);
    });
}

} // namespace im
