// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/ReadReport.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

class QIODevice;

namespace im {

class IndicatorTable;

// Reads Excel workbooks (.xlsx, Office Open XML). QuaZip (Debian's libquazip1-qt6) opens the zip
// container and Qt's QXmlStreamReader reads the parts, so no office suite is needed: the workbook's sheet
// list, the shared strings, and one sheet streamed row by row. The sheet's rows then go through the same
// column mapping as a CSV file (header names, type synonyms, several indicator columns), each row keeping
// its row number as its line.
//
// Guards against hostile workbooks make the file unreadable instead of exhausting memory or time: a
// part larger than kMaxPartBytes once uncompressed (a zip bomb), a cell beyond limits::kMaxColumns, more
// than limits::kMaxRows rows, a broken or truncated zip, malformed XML.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    // `device` must be seekable (a file or a buffer).
    static void read(QIODevice &device, IndicatorTable &table, const ReadOptions &options, ReadReport &report);
    // The names of the workbook's sheets, in order; empty with *error set when it cannot be read.
    static QStringList sheetNames(QIODevice &device, QString *error);

    // What each sheet holds, judged from its first row with content, so that a caller can offer the
    // sheets worth reading without reading them whole.
    struct SheetSummary
    {
        QString name;
        bool hasRows = false;            // any cell with text
        bool hasIndicatorColumn = false; // the first row names a column of indicator values
    };
    // Empty with *error set when the workbook cannot be read.
    static std::vector<SheetSummary> survey(QIODevice &device, QString *error);
    // The sheet to offer first: the first with an indicator column, else the first with rows (0 if none).
    static int preferredSheet(const std::vector<SheetSummary> &sheets);

    // Whether the first bytes are a zip container (what .xlsx files are).
    static bool looksLikeZip(QByteArrayView start);

    // [CHOICE] The largest part (a sheet, the shared strings) read once uncompressed.
    static constexpr qint64 kMaxPartBytes = 256LL * 1024 * 1024;
};

} // namespace im
