// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/ReadReport.h"

#include <QByteArrayView>
#include <QCoreApplication>

#include <functional>
#include <memory>

namespace im {

class DecodedStream;
class FileMapping;
class IndicatorTable;

// Reads the Defender portal template and any other delimited table into an IndicatorTable.
// Every record becomes a row (blank lines excepted, and counted): values in columns the mapping does
// not know are reported per file, extra values beyond the header per row, so nothing is lost silently.
class CsvTableReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvTableReader)

public:
    static void read(DecodedStream &stream, IndicatorTable &table, const ReadOptions &options, ReadReport &report);

    struct TextReadSettings
    {
        int threads = 1;
        qsizetype chunkBytes = 1 << 20;
        // When set, it keeps the text valid for the table's life: rows then refer to their cells in the
        // text (IndicatorTable::setBacking) instead of copying them.
        std::shared_ptr<const void> keepTextAlive;
        // Set instead when the text lies in a file mapped read-only: the rows refer to it, and its pages
        // are given back behind the read (FileMapping::releasePages).
        std::shared_ptr<const FileMapping> mappedFile;
    };
    // The same read over UTF-8 text held whole (a file mapped into memory, without its BOM), on several
    // threads: the text is cut into stretches at line feeds, each read on its own, and a stretch whose
    // cut fell inside quotes is read again after the stretch before it. Gives the rows, line numbers,
    // notes and report that read() gives, or returns false without touching `table` when the text is
    // not valid UTF-8 or a record is in error: read() then reads it and words the error.
    static bool readText(QByteArrayView text, IndicatorTable &table, const ReadOptions &options, ReadReport &report,
                         const TextReadSettings &settings);
};

} // namespace im
