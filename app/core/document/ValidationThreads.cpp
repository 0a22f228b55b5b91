// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document/ValidationThreads.h"

#include <QThread>
#include <QtGlobal>

#include <algorithm>
#include <atomic>

namespace im {
namespace {

// IM_VALIDATION_THREADS in the environment sets the default (README, "Benchmarks"): 1 validates
// and formats on the calling thread only, as a test or a comparison of runs needs.
int threadsFromEnvironment()
{
    bool ok = false;
    const int threads = qEnvironmentVariableIntValue("IM_VALIDATION_THREADS", &ok);
    return ok ? std::max(0, threads) : 0;
}

std::atomic<int> g_threads{threadsFromEnvironment()};
std::atomic<int> g_chunkRows{ValidationThreads::kDefaultChunkRows};

} // namespace

void ValidationThreads::set(int threads, int chunkRows)
{
    g_threads = std::max(0, threads);
    g_chunkRows = std::max(1, chunkRows);
}

int ValidationThreads::chunkRows()
{
    return g_chunkRows;
}

int ValidationThreads::forRows(int rows)
{
    const int chunk = chunkRows();
    return forChunks((rows + chunk - 1) / chunk);
}

int ValidationThreads::forChunks(qint64 count)
{
    const int chunks = static_cast<int>(std::clamp<qint64>(count, 1, 1 << 30));
    const int threads = g_threads;
    if (threads > 0)
        return std::min(threads, chunks);
    // Threads cost more than they save on a few chunks.
    if (chunks < 4)
        return 1;
    return std::min(std::clamp(QThread::idealThreadCount(), 1, 8), chunks);
}

} // namespace im
