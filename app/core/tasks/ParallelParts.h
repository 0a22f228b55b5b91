// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

namespace im {

// Runs work(0), ..., work(parts - 1) at the same time, work(0) on the calling thread, and returns when
// all have returned. How many parts suit a table is ValidationThreads' business.
void runParts(int parts, const std::function<void(int part)> &work);

} // namespace im
