// SPDX-License-Identifier: GPL-3.0-or-later
// TableReader with FileFormat::IocList: comments, inline titles, defanged values, type inference.
#include "FuzzSupport.h"

#include "core/io/TableReader.h"

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
    options.format = FileFormat::IocList;
    IndicatorTable table;
    const ReadReport report = TableReader::read(buffer, table, options);
    fuzz::checkTable(report, table);

    qint64 previousLine = 0;
    for (int r = 0; r < table.rowCount(); ++r) {
        // One value per line: never empty, never with white space in it, lines in file order.
        const QByteArrayView value = table.cell(r, Field::IndicatorValue);
        IM_FUZZ_CHECK(!value.isEmpty());
        IM_FUZZ_CHECK(!value.contains(' ') && !value.contains('\t') && !value.contains('\n'));
        IM_FUZZ_CHECK(table.sourceLine(r) > previousLine);
        previousLine = table.sourceLine(r);
    }
    fuzz::validate(std::move(table));
    return 0;
}
