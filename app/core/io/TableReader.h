// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/ReadReport.h"

#include <QCoreApplication>

class QIODevice;

namespace im {

class IndicatorTable;

// Opens any indicator file: detects the encoding and the format from the content (a .json that is not
// JSON still gets a JSON error), then streams it into `table` with the matching reader.
class TableReader
{
    Q_DECLARE_TR_FUNCTIONS(TableReader)

public:
    static ReadReport read(QIODevice &device, IndicatorTable &table, const ReadOptions &options = {});
    static ReadReport readFile(const QString &path, IndicatorTable &table, const ReadOptions &options = {});

    // The format a file's first bytes suggest. `sample` is decoded UTF-8.
    static FileFormat detectFormat(QByteArrayView sample, const QString &fileName, CsvDialect *dialect);
};

} // namespace im
