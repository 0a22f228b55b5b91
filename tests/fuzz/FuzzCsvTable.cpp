// SPDX-License-Identifier: GPL-3.0-or-later
// TableReader with FileFormat::Csv: RFC 4180 records, the header mapping, headerless guessing. Whatever it
// reads must come back cell for cell from a full CSV save.
#include "FuzzSupport.h"

#include "core/io/TableReader.h"
#include "core/io/TableWriter.h"

#include <QBuffer>

using namespace im;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray input = fuzz::bytesOf(data, size);
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    ReadOptions options;
    options.format = FileFormat::Csv;
    IndicatorTable table;
    const ReadReport report = TableReader::read(buffer, table, options);
    fuzz::checkTable(report, table);

    if (report.ok()) {
        // Rows without any cell come back as blank lines, which every reader skips.
        std::vector<int> rows;
        for (int r = 0; r < table.rowCount(); ++r) {
            if (!table.indicator(r).isEmpty())
                rows.push_back(r);
        }
        if (!rows.empty()) {
            QBuffer saved;
            saved.open(QIODevice::WriteOnly);
            IM_FUZZ_CHECK(TableWriter::write(table, SaveFormat::FullCsv, saved, rows));
            saved.close();
            saved.open(QIODevice::ReadOnly);
            ReadOptions ours;
            ours.format = FileFormat::Csv;
            ours.encoding = TextEncoding::Utf8;
            IndicatorTable again;
            const ReadReport reread = TableReader::read(saved, again, ours);
            IM_FUZZ_CHECK(reread.ok());
            IM_FUZZ_CHECK(again.rowCount() == static_cast<int>(rows.size()));
            for (int r = 0; r < again.rowCount(); ++r)
                IM_FUZZ_CHECK(again.indicator(r) == table.indicator(rows[static_cast<size_t>(r)]));
        }
    }
    fuzz::validate(std::move(table));
    return 0;
}
