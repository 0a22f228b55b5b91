// SPDX-License-Identifier: GPL-3.0-or-later
// sniffDialect and ColumnMapping::guess / guessHeaderless on the split lines of the input, then the rows
// those mappings make, validated.
#include "FuzzSupport.h"

#include "core/indicator/IndicatorEnums.h"
#include "core/io/ColumnMapping.h"

using namespace im;

namespace {

// Splits one line like the format detection does: quotes group, the delimiter separates.
std::vector<QByteArray> splitLine(QByteArrayView line, char delimiter)
{
    std::vector<QByteArray> fields(1);
    bool inQuotes = false;
    for (char c : line) {
        if (c == '"')
            inQuotes = !inQuotes;
        else if (c == delimiter && !inQuotes)
            fields.emplace_back();
        else if (c != '\r')
            fields.back().append(c);
    }
    return fields;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The readers only ever hand valid UTF-8 to the mapping.
    const QByteArray text = QString::fromUtf8(fuzz::bytesOf(data, size)).toUtf8();
    const CsvDialect dialect = sniffDialect(text);
    IM_FUZZ_CHECK(dialect.delimiter == ',' || dialect.delimiter == '\t' || dialect.delimiter == ';'
                  || dialect.delimiter == '|');

    std::vector<std::vector<QByteArray>> rows;
    for (const QByteArray &line : text.split('\n')) {
        if (rows.size() >= 64)
            break;
        rows.push_back(splitLine(line, dialect.delimiter));
    }
    QStringList header;
    for (const QByteArray &name : rows.front())
        header.append(QString::fromUtf8(name));

    const ColumnMapping mapping = ColumnMapping::guess(header);
    IM_FUZZ_CHECK(mapping.columns.size() == static_cast<size_t>(header.size()));
    IM_FUZZ_CHECK(mapping.hasHeader);
    // Each field maps to one column at most, except the indicator value: a vendor table with several
    // indicator columns (SHA256, MD5, C2 server) gives one row per indicator.
    for (Field f : allFields()) {
        int uses = 0;
        for (const auto &column : mapping.columns)
            uses += column == f ? 1 : 0;
        IM_FUZZ_CHECK(uses <= 1 || f == Field::IndicatorValue);
    }
    if (ColumnMapping::isPortalTemplateHeader(header))
        IM_FUZZ_CHECK(mapping.maps(Field::IndicatorValue) && mapping.maps(Field::GenerateAlert));
    (void)ColumnMapping::layoutKey(header);

    const ColumnMapping headerless = ColumnMapping::guessHeaderless(rows);
    IM_FUZZ_CHECK(!headerless.hasHeader);
    int valueColumns = 0;
    for (const auto &column : headerless.columns)
        valueColumns += column.has_value() ? 1 : 0;
    IM_FUZZ_CHECK(valueColumns <= 1);

    // The rows each mapping makes.
    IndicatorTable table;
    const QByteArray impliedType(apiName(mapping.impliedType));
    for (size_t r = 0; r < rows.size(); ++r) {
        for (const ColumnMapping *m : {&mapping, &headerless}) {
            IndicatorTable::Cells cells;
            for (size_t c = 0; c < rows[r].size() && c < m->columns.size(); ++c) {
                if (const auto &f = m->columns[c])
                    cells[static_cast<size_t>(fieldIndex(*f))] = rows[r][c];
            }
            if (m == &mapping && !impliedType.isEmpty())
                cells[static_cast<size_t>(fieldIndex(Field::IndicatorType))] = impliedType;
            table.appendRow(cells);
            table.setSourceLine(table.rowCount() - 1, static_cast<qint64>(r) + 1);
        }
    }
    fuzz::validate(std::move(table));
    return 0;
}
