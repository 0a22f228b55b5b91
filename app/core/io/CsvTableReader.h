// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/ReadReport.h"

#include <QCoreApplication>

namespace im {

class DecodedStream;
class IndicatorTable;

// Reads the Defender portal template and any other delimited table into an IndicatorTable.
// Every record becomes a row (blank lines excepted, and counted): values in columns the mapping does
// not know are reported per file, extra values beyond the header per row, so nothing is lost silently.
class CsvTableReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvTableReader)

public:
    static void read(DecodedStream &stream, IndicatorTable &table, const ReadOptions &options, ReadReport &report);
};

} // namespace im
