// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/CsvTableReader.h"

#include "core/indicator/IndicatorTable.h"
#include "core/indicator/ServiceLimits.h"
#include "core/io/DecodedStream.h"
#include "core/validation/ValueRules.h"

#include <vector>

namespace im {
namespace {

QStringList toStrings(const std::vector<QByteArrayView> &fields)
{
    QStringList out;
    out.reserve(static_cast<qsizetype>(fields.size()));
    for (const QByteArrayView &f : fields)
        out.append(QString::fromUtf8(f));
    return out;
}

QString quotedList(const std::vector<QByteArrayView> &fields, size_t from)
{
    QStringList parts;
    for (size_t i = from; i < fields.size(); ++i) {
        if (!fields[i].isEmpty())
            parts.append(u'"' + QString::fromUtf8(fields[i]) + u'"');
    }
    return parts.join(QStringLiteral(", "));
}

bool isBlank(QByteArrayView field)
{
    for (char c : field) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return false;
    }
    return true;
}

} // namespace

void CsvTableReader::read(DecodedStream &stream, IndicatorTable &table, const ReadOptions &options, ReadReport &report)
{
    CsvRecordReader reader(stream, report.dialect);
    ColumnMapping mapping;
    std::vector<std::vector<QByteArray>> pending; // headerless files: rows read while guessing
    std::vector<qint64> pendingLines;
    std::vector<bool> pendingUnterminated;
    bool mappingKnown = false;
    bool sawRecord = false;

    if (options.mapping) {
        mapping = *options.mapping;
        mappingKnown = true;
    }

    auto fail = [&](const QString &message) { report.error = message; };

    // Header (or, without one, the first rows used to guess the value column).
    for (;;) {
        const auto result = reader.next();
        if (result == CsvRecordReader::Result::Error) {
            fail(reader.errorString());
            return;
        }
        if (result == CsvRecordReader::Result::End)
            break;
        if (reader.isBlank()) {
            ++report.blankLinesSkipped;
            continue;
        }
        sawRecord = true;
        const QStringList headers = toStrings(reader.fields());
        if (!mappingKnown) {
            mapping = ColumnMapping::guess(headers);
            bool any = false;
            for (const auto &c : mapping.columns)
                any = any || c.has_value();
            if (!any) {
                std::vector<QByteArray> row;
                for (const auto &f : reader.fields())
                    row.emplace_back(f.data(), f.size());
                pending.push_back(std::move(row));
                pendingLines.push_back(reader.line());
                pendingUnterminated.push_back(reader.unterminatedQuote());
                mapping = ColumnMapping{};
                // Keep reading a few rows, then decide on a headerless mapping.
                while (pending.size() < 20) {
                    const auto r = reader.next();
                    if (r == CsvRecordReader::Result::Error) {
                        fail(reader.errorString());
                        return;
                    }
                    if (r == CsvRecordReader::Result::End)
                        break;
                    if (reader.isBlank()) {
                        ++report.blankLinesSkipped;
                        continue;
                    }
                    std::vector<QByteArray> next;
                    for (const auto &f : reader.fields())
                        next.emplace_back(f.data(), f.size());
                    pending.push_back(std::move(next));
                    pendingLines.push_back(reader.line());
                    pendingUnterminated.push_back(reader.unterminatedQuote());
                }
                mapping = ColumnMapping::guessHeaderless(pending);
            } else {
                report.headers = headers;
            }
            mappingKnown = true;
        } else if (mapping.hasHeader) {
            report.headers = headers;
        } else {
            std::vector<QByteArray> row;
            for (const auto &f : reader.fields())
                row.emplace_back(f.data(), f.size());
            pending.push_back(std::move(row));
            pendingLines.push_back(reader.line());
            pendingUnterminated.push_back(reader.unterminatedQuote());
        }
        break;
    }
    report.mapping = mapping;
    if (report.format == FileFormat::Unknown || report.format == FileFormat::PortalCsv)
        report.format = ColumnMapping::isPortalTemplateHeader(report.headers) ? FileFormat::PortalCsv : FileFormat::Csv;

    // Nothing but blank lines: the caller reports an empty file, not a missing column.
    if (!sawRecord)
        return;
    if (!mapping.maps(Field::IndicatorValue)) {
        fail(tr("No column holds indicator values. Name a column IndicatorValue (or value, ioc, sha256, ip, "
                "domain, url), or choose the columns in the mapping dialog."));
        return;
    }

    // Columns that carry data but feed no field are reported once, by name.
    const size_t width = mapping.columns.size();
    std::vector<bool> unusedHasData(width, false);
    const int valueColumn = mapping.columnOf(Field::IndicatorValue);
    const bool inferType = !mapping.maps(Field::IndicatorType) && mapping.impliedType == IndicatorType::Unknown;
    const QByteArray impliedType(apiName(mapping.impliedType));
    const size_t typeCell = static_cast<size_t>(fieldIndex(Field::IndicatorType));
    const size_t valueCell = static_cast<size_t>(fieldIndex(Field::IndicatorValue));
    // Further value columns, each with the type its header implies (Unknown: inferred per value).
    std::vector<std::pair<size_t, IndicatorType>> moreValues;
    for (int c : mapping.moreValueColumns())
        moreValues.emplace_back(static_cast<size_t>(c), c < report.headers.size()
                                                            ? ColumnMapping::typeOfHeader(report.headers[c])
                                                            : IndicatorType::Unknown);

    IndicatorTable::Cells cells;
    QByteArray inferredType;
    auto addRow = [&](const std::vector<QByteArrayView> &fields, qint64 line, bool unterminated) {
        cells.fill(QByteArrayView());
        const size_t n = std::min(fields.size(), width);
        for (size_t c = 0; c < n; ++c) {
            if (const auto &f = mapping.columns[c]) {
                if (*f != Field::IndicatorValue || static_cast<int>(c) == valueColumn)
                    cells[static_cast<size_t>(fieldIndex(*f))] = fields[c];
            } else if (!fields[c].isEmpty()) {
                unusedHasData[c] = true;
            }
        }
        if (!impliedType.isEmpty()) {
            cells[typeCell] = impliedType;
        } else if (inferType && valueColumn < static_cast<int>(fields.size())) {
            const IndicatorType t = rules::inferType(fields[static_cast<size_t>(valueColumn)]);
            inferredType = QByteArray(apiName(t));
            cells[typeCell] = inferredType;
        } else if (!cells[typeCell].isEmpty() && parseIndicatorType(cells[typeCell]) == IndicatorType::Unknown) {
            // "Domain", "ip-dst", "SHA256": the type as other tools write it.
            const IndicatorType t = indicatorTypeFromSynonym(cells[typeCell]);
            if (t != IndicatorType::Unknown)
                cells[typeCell] = QByteArrayView(apiName(t));
        }

        // One row per indicator: the first value column, then each further one that has a value.
        bool first = true;
        auto append = [&]() {
            table.appendRow(cells);
            const int row = table.rowCount() - 1;
            table.setSourceLine(row, line);
            if (!first)
                return;
            first = false;
            if (fields.size() > width) {
                const QString extra = quotedList(fields, width);
                if (!extra.isEmpty())
                    table.addReadNote(row, ReadNote{IssueCode::ReadExtraFields, extra});
            }
            if (unterminated)
                table.addReadNote(row, ReadNote{IssueCode::ReadUnterminatedQuote, QString()});
        };
        bool anyMore = false;
        for (const auto &[c, type] : moreValues)
            anyMore = anyMore || (c < fields.size() && !isBlank(fields[c]));
        if (!anyMore || !isBlank(cells[valueCell]))
            append();
        for (const auto &[c, type] : moreValues) {
            if (c >= fields.size() || isBlank(fields[c]))
                continue;
            cells[valueCell] = fields[c];
            cells[typeCell] =
                QByteArrayView(apiName(type != IndicatorType::Unknown ? type : rules::inferType(fields[c])));
            append();
        }
    };

    // Rows read while guessing a headerless mapping.
    for (size_t i = 0; i < pending.size(); ++i) {
        std::vector<QByteArrayView> views(pending[i].begin(), pending[i].end());
        addRow(views, pendingLines[i], pendingUnterminated[i]);
    }
    qint64 nextProgress = 0;
    if (options.expectedBytes > 0)
        table.reserve(std::min<qint64>(limits::kMaxRows, options.expectedBytes / 48 + 16));
    for (;;) {
        const auto result = reader.next();
        if (result == CsvRecordReader::Result::Error) {
            fail(reader.errorString());
            return;
        }
        if (result == CsvRecordReader::Result::End)
            break;
        if (reader.isBlank()) {
            ++report.blankLinesSkipped;
            continue;
        }
        if (table.rowCount() >= limits::kMaxRows) {
            fail(tr("The file has more than %L1 rows, more than this tool opens at once.").arg(limits::kMaxRows));
            return;
        }
        addRow(reader.fields(), reader.line(), reader.unterminatedQuote());
        if (options.progress && stream.bytesRead() >= nextProgress) {
            nextProgress = stream.bytesRead() + DecodedStream::kBlockSize;
            if (!options.progress(stream.bytesRead())) {
                report.cancelled = true;
                return;
            }
        }
    }

    // A column the mapping dialog left out was left out on purpose: nothing to report.
    for (size_t c = 0; c < width && !options.mapping; ++c) {
        if (!unusedHasData[c])
            continue;
        const QString name = c < static_cast<size_t>(report.headers.size()) ? report.headers[static_cast<int>(c)]
                                                                            : tr("column %1").arg(c + 1);
        report.notices.append(tr("Column \"%1\" matches no indicator field and was not imported. Map it in the "
                                 "column mapping if it holds indicator data.")
                                  .arg(name));
    }
}

} // namespace im
