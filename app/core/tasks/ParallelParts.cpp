// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tasks/ParallelParts.h"

#include <algorithm>
#include <thread>
#include <vector>

namespace im {

void runParts(int parts, const std::function<void(int part)> &work)
{
    std::vector<std::thread> others;
    others.reserve(static_cast<size_t>(std::max(0, parts - 1)));
    for (int part = 1; part < parts; ++part)
        others.emplace_back(work, part);
    work(0);
    for (std::thread &thread : others)
        thread.join();
}

} // namespace im
