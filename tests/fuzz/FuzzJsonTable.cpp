// SPDX-License-Identifier: GPL-3.0-or-later
// TableReader with FileFormat::Json: the streaming element scanner and IndicatorJson. A table it reads
// saves as an Import body that reads back to the same JSON objects.
#include "FuzzSupport.h"

#include "core/io/IndicatorJson.h"
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
    options.format = FileFormat::Json;
    IndicatorTable table;
    const ReadReport report = TableReader::read(buffer, table, options);
    fuzz::checkTable(report, table);

    if (report.ok()) {
        QBuffer saved;
        saved.open(QIODevice::WriteOnly);
        IM_FUZZ_CHECK(TableWriter::write(table, SaveFormat::ImportJson, saved));
        saved.close();
        saved.open(QIODevice::ReadOnly);
        ReadOptions ours;
        ours.format = FileFormat::Json;
        ours.encoding = TextEncoding::Utf8;
        IndicatorTable again;
        const ReadReport reread = TableReader::read(saved, again, ours);
        IM_FUZZ_CHECK(reread.ok());
        IM_FUZZ_CHECK(reread.format == FileFormat::Json);
        IM_FUZZ_CHECK(again.rowCount() == table.rowCount());
        for (int r = 0; r < again.rowCount(); ++r)
            IM_FUZZ_CHECK(IndicatorJson::toJson(again.indicator(r)) == IndicatorJson::toJson(table.indicator(r)));
    }
    fuzz::validate(std::move(table));
    return 0;
}
