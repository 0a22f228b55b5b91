// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace im {

// How many threads reading a table, validation and the validation reports use in this process, and how
// many rows a thread takes at a time. Like QThreadPool::globalInstance(), one setting for the process: the GUI and
// the CLI use every core; tests pin it to compare one thread with several. The rows read, the issues and
// the reports are the same, byte for byte, whatever the setting.
class ValidationThreads
{
public:
    static constexpr int kDefaultChunkRows = 8192;

    // threads 0 (the default, unless IM_VALIDATION_THREADS says otherwise): one per core (at most 8) for tables of a few chunks or more; 1: the
    // calling thread only.
    static void set(int threads, int chunkRows = kDefaultChunkRows);
    // The threads to use for `rows` rows: at least 1, at most the number of chunks.
    [[nodiscard]] static int forRows(int rows);
    // The threads to use for `chunks` chunks of work: at least 1, at most `chunks`.
    [[nodiscard]] static int forChunks(qint64 chunks);
    [[nodiscard]] static int chunkRows();
    // Reading a table splits its text in chunks of about as many bytes as chunkRows() rows take.
    [[nodiscard]] static qsizetype chunkBytes() { return qsizetype(chunkRows()) * 128; }
};

} // namespace im
