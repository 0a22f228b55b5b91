// SPDX-License-Identifier: GPL-3.0-or-later
// TableReader as the application opens files: encoding and format detected from the content.
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
    IndicatorTable table;
    const ReadReport report = TableReader::read(buffer, table);
    fuzz::checkTable(report, table);
    if (report.ok()) {
        IM_FUZZ_CHECK(report.format != FileFormat::Unknown);
        IM_FUZZ_CHECK(report.encoding != TextEncoding::Auto);
        IM_FUZZ_CHECK(report.bytesRead == static_cast<qint64>(size));
    }
    fuzz::validate(std::move(table));
    return 0;
}
