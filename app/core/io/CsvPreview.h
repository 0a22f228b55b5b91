// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/ReadReport.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace im {

// The first records of a file as the column-mapping dialog shows them, read from a small sample with
// the encoding and delimiter the user picked (or the ones detected). Also tells whether the file looks
// like the portal template, any other table, JSON or a plain list.
struct CsvPreview
{
    Q_DECLARE_TR_FUNCTIONS(CsvPreview)

public:
    QString error; // translated; empty on success
    FileFormat format = FileFormat::Unknown;
    TextEncoding encoding = TextEncoding::Auto;
    CsvDialect dialect;
    QList<QStringList> records; // the first records, header included
    bool wholeFile = false;     // the sample held the whole file

    [[nodiscard]] QStringList firstRecord() const { return records.isEmpty() ? QStringList() : records.first(); }

    static CsvPreview read(const QString &path, TextEncoding encoding = TextEncoding::Auto,
                           std::optional<CsvDialect> dialect = std::nullopt, int maxRecords = 50);
};

} // namespace im
