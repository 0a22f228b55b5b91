// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/ColumnMapping.h"
#include "core/io/CsvRecordReader.h"
#include "core/io/TextDecoder.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace im {

class ImportDefaults;

enum class FileFormat {
    Unknown,   // detect from the content
    PortalCsv, // the Defender portal's import template
    Csv,       // any other delimited text with a column mapping
    Json,      // Import body, List response or bare array
    IocList,   // one value per line
    Misp,      // MISP event, search response or attribute list (JSON)
    Stix,      // STIX 2.0/2.1 bundle or TAXII envelope (JSON)
    Text,      // prose: a report as text, Markdown, AsciiDoc or HTML; indicators are taken out of it
    Xlsx,      // an Excel workbook; one sheet is read as a table
    Pdf,       // a report as PDF; its text is read as prose
};

// A data label, not translated: "portal-csv", "csv", "json", "ioc-list", "misp", "stix", "text", "xlsx", "pdf".
QString formatName(FileFormat format);

struct ReadOptions
{
    FileFormat format = FileFormat::Unknown;
    TextEncoding encoding = TextEncoding::Auto;
    std::optional<CsvDialect> dialect;    // CSV only; sniffed when empty
    std::optional<ColumnMapping> mapping; // CSV only; guessed from the header when empty
    // Size of the input when known, to reserve room up front (set by TableReader).
    qint64 expectedBytes = 0;
    // Called now and then with the bytes read so far; return false to cancel.
    std::function<bool(qint64 bytesRead)> progress;
    // What to put in the cells the file leaves empty; applied by loadDocument() before validation.
    std::shared_ptr<const ImportDefaults> defaults;
    // Workbooks only: the sheet to read (0-based; the first by default).
    int sheet = 0;
    // Workbooks only: the sheet to read by name, or by 1-based number when no sheet has that name (the
    // CLI's --sheet). Overrides `sheet` when set.
    QString sheetName;
    // A big UTF-8 table read from a file may stay mapped for the table's life, its rows referring to
    // their cells in the file instead of copying them: for commands that read a file once and end soon
    // (the CLI's validate, plan and convert). Not for the window, which holds a document for hours: a
    // file rewritten in place by another program meanwhile would change under it or end the process.
    bool mayKeepFileMapped = false;
};

// What a reader did with a file. When `error` is set the file could not be read and the table must be
// discarded; the caller's open document is never touched by a failed read.
struct ReadReport
{
    QString error; // translated, for the user; empty on success
    bool cancelled = false;
    FileFormat format = FileFormat::Unknown;
    TextEncoding encoding = TextEncoding::Auto;
    CsvDialect dialect;
    ColumnMapping mapping;
    QStringList headers;
    QStringList notices; // translated remarks about the whole file (unused columns, unknown properties)
    QStringList sheets;  // workbooks: the names of every sheet, so that another can be chosen
    int sheet = 0;       // workbooks: the sheet read
    int blankLinesSkipped = 0;
    int commentLinesSkipped = 0;
    qint64 bytesRead = 0;

    [[nodiscard]] bool ok() const { return error.isEmpty() && !cancelled; }
};

} // namespace im
