// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/ReadReport.h"

namespace im {

class DecodedStream;
class IndicatorTable;

// Reads plain IOC lists: one value per line, blank lines and comment lines (#, //, ;) skipped,
// a trailing "# comment" or any text after the value kept as the title. The type is inferred from
// the value; defanged values stay as written and are flagged with a fix.
class IocListReader
{
public:
    static void read(DecodedStream &stream, IndicatorTable &table, const ReadOptions &options, ReadReport &report);
};

} // namespace im
