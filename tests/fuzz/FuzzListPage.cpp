// SPDX-License-Identifier: GPL-3.0-or-later
// A page of the indicator list ({"value":[indicators]}), read the way `list --csv` and the table do:
// each item through IndicatorJson and out through the CSV writer with formulas neutralised. Nothing a
// listed indicator holds may start a spreadsheet formula in the written file.
#include "FuzzSupport.h"

#include "core/io/CsvWriter.h"
#include "core/io/IndicatorJson.h"
#include "core/net/ApiError.h"
#include "core/net/ReplyDecoder.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonObject>

using namespace im;

namespace {

// What a spreadsheet would run as a formula: = + - @ after any spaces (also in their full-width forms),
// or a leading tab or carriage return.
bool startsFormula(const QByteArray &cell)
{
    if (cell.startsWith('\t') || cell.startsWith('\r'))
        return true;
    const QString text = QString::fromUtf8(cell);
    qsizetype i = 0;
    while (i < text.size() && text[i] == u' ')
        ++i;
    if (i == text.size())
        return false;
    const char16_t c = text[i].unicode();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == 0xFF1D || c == 0xFF0B || c == 0xFF0D || c == 0xFF20;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QJsonObject page;
    ApiError error;
    if (!ReplyDecoder::parseObject(fuzz::bytesOf(data, size), &page, error))
        return 0;
    const QJsonValue value = page.value(QLatin1String("value"));
    if (!value.isArray())
        return 0;

    QByteArray written;
    QBuffer buffer(&written);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer, ',', CsvWriter::FormulaSafety::Neutralize);
    IndicatorTable table;
    for (const QJsonValue &item : value.toArray()) {
        const IndicatorJson::ReadRow row = IndicatorJson::fromJson(item);
        IM_FUZZ_CHECK(item.isObject() || row.indicator.isEmpty());
        std::vector<QByteArray> cells;
        cells.push_back(item.toObject().value(QLatin1String("id")).toString().toUtf8());
        for (Field f : allFields())
            cells.push_back(row.indicator[f].toUtf8());
        for (const QByteArray &cell : cells)
            IM_FUZZ_CHECK(!startsFormula(CsvWriter::neutralizeFormula(cell)));
        writer.writeRecord(std::vector<QByteArrayView>(cells.begin(), cells.end()));
        table.appendIndicator(row.indicator);
        table.setSourceLine(table.rowCount() - 1, table.rowCount());
    }
    IM_FUZZ_CHECK(!writer.hasError());
    IM_FUZZ_CHECK(written.endsWith("\r\n") || value.toArray().isEmpty());
    fuzz::validate(std::move(table));
    return 0;
}
