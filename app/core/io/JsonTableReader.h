// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/ReadReport.h"

#include <QCoreApplication>

namespace im {

class DecodedStream;
class IndicatorTable;

// Reads an Import body {"Indicators":[...]}, a List response {"value":[...]}, a bare array, or a single
// indicator object. The array is scanned element by element and each element parsed on its own, so a
// million-row export never becomes one in-memory document.
class JsonTableReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonTableReader)

public:
    static void read(DecodedStream &stream, IndicatorTable &table, const ReadOptions &options, ReadReport &report);
};

} // namespace im
