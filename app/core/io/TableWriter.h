// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/ReadReport.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <vector>

class QIODevice;

namespace im {

class IndicatorTable;

enum class SaveFormat {
    PortalCsv,  // the portal template's 12 columns, UTF-8 without BOM (what the portal import reads)
    FullCsv,    // the template's columns plus Application, EducateUrl and ExternalId
    ImportJson, // {"Indicators":[...]}, the Import API body
};

// Writes a table in one of the save formats. Files are written through QSaveFile: the old file stays
// intact until the new one is complete and flushed, so a failed or killed save never leaves half a file.
class TableWriter
{
    Q_DECLARE_TR_FUNCTIONS(TableWriter)

public:
    // rows: the rows to write, in order; empty means all. withContext: Import JSON rows read from a
    // report, MISP or STIX also carry the text they were read from, under "context" (not an API field).
    static bool write(const IndicatorTable &table, SaveFormat format, QIODevice &device,
                      const std::vector<int> &rows = {}, bool withContext = false);
    // Returns an empty string on success, else a translated error.
    static QString saveFile(const IndicatorTable &table, SaveFormat format, const QString &path,
                            const std::vector<int> &rows = {}, bool withContext = false);

    // Fields the portal template has no column for; saving as PortalCsv drops them, so callers warn
    // when a table has any of them filled in.
    static std::vector<Field> fieldsMissingFromPortalCsv();
    static bool hasDataOutsidePortalCsv(const IndicatorTable &table);
};

} // namespace im
