// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/CsvTableReader.h"

#include "core/indicator/IndicatorTable.h"
#include "core/indicator/ServiceLimits.h"
#include "core/io/DecodedStream.h"
#include "core/io/FileMapping.h"
#include "core/io/TextDecoder.h"
#include "core/tasks/ParallelParts.h"
#include "core/validation/ValueRules.h"

#include <atomic>
#include <cstring>
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

// The rows a record gives under a mapping (one per indicator column with a value), and the columns
// that carry data but feed no field.
class RowBuilder
{
public:
    RowBuilder(const ColumnMapping &mapping, const QStringList &headers)
        : m_mapping(mapping)
        , m_width(mapping.columns.size())
        , m_valueColumn(mapping.columnOf(Field::IndicatorValue))
        , m_inferType(!mapping.maps(Field::IndicatorType) && mapping.impliedType == IndicatorType::Unknown)
        , m_impliedType(apiName(mapping.impliedType))
        , unusedHasData(m_width, false)
    {
        // Further value columns, each with the type its header implies (Unknown: inferred per value).
        for (int c : mapping.moreValueColumns())
            m_moreValues.emplace_back(static_cast<size_t>(c), c < headers.size()
                                                                  ? ColumnMapping::typeOfHeader(headers[c])
                                                                  : IndicatorType::Unknown);
    }

    void addRow(IndicatorTable &table, const std::vector<QByteArrayView> &fields, qint64 line, bool unterminated)
    {
        m_cells.fill(QByteArrayView());
        const size_t n = std::min(fields.size(), m_width);
        for (size_t c = 0; c < n; ++c) {
            if (const auto &f = m_mapping.columns[c]) {
                if (*f != Field::IndicatorValue || static_cast<int>(c) == m_valueColumn)
                    m_cells[static_cast<size_t>(fieldIndex(*f))] = fields[c];
            } else if (!fields[c].isEmpty()) {
                unusedHasData[c] = true;
            }
        }
        if (!m_impliedType.isEmpty()) {
            m_cells[kTypeCell] = m_impliedType;
        } else if (m_inferType && m_valueColumn < static_cast<int>(fields.size())) {
            const IndicatorType t = rules::inferType(fields[static_cast<size_t>(m_valueColumn)]);
            m_inferredType = QByteArray(apiName(t));
            m_cells[kTypeCell] = m_inferredType;
        } else if (!m_cells[kTypeCell].isEmpty() && parseIndicatorType(m_cells[kTypeCell]) == IndicatorType::Unknown) {
            // "Domain", "ip-dst", "SHA256": the type as other tools write it.
            const IndicatorType t = indicatorTypeFromSynonym(m_cells[kTypeCell]);
            if (t != IndicatorType::Unknown)
                m_cells[kTypeCell] = QByteArrayView(apiName(t));
        }

        // One row per indicator: the first value column, then each further one that has a value.
        bool first = true;
        auto append = [&]() {
            table.appendRow(m_cells);
            const int row = table.rowCount() - 1;
            table.setSourceLine(row, line);
            if (!first)
                return;
            first = false;
            if (fields.size() > m_width) {
                const QString extra = quotedList(fields, m_width);
                if (!extra.isEmpty())
                    table.addReadNote(row, ReadNote{IssueCode::ReadExtraFields, extra});
            }
            if (unterminated)
                table.addReadNote(row, ReadNote{IssueCode::ReadUnterminatedQuote, QString()});
        };
        bool anyMore = false;
        for (const auto &[c, type] : m_moreValues)
            anyMore = anyMore || (c < fields.size() && !isBlank(fields[c]));
        if (!anyMore || !isBlank(m_cells[kValueCell]))
            append();
        for (const auto &[c, type] : m_moreValues) {
            if (c >= fields.size() || isBlank(fields[c]))
                continue;
            m_cells[kValueCell] = fields[c];
            m_cells[kTypeCell] =
                QByteArrayView(apiName(type != IndicatorType::Unknown ? type : rules::inferType(fields[c])));
            append();
        }
    }

private:
    static constexpr size_t kTypeCell = static_cast<size_t>(fieldIndex(Field::IndicatorType));
    static constexpr size_t kValueCell = static_cast<size_t>(fieldIndex(Field::IndicatorValue));

    const ColumnMapping &m_mapping;
    const size_t m_width;
    const int m_valueColumn;
    const bool m_inferType;
    const QByteArray m_impliedType;
    std::vector<std::pair<size_t, IndicatorType>> m_moreValues;
    IndicatorTable::Cells m_cells;
    QByteArray m_inferredType;

public:
    std::vector<bool> unusedHasData;
};

// Records read while looking for the header or guessing a headerless mapping, as rows to add first.
struct PendingRows
{
    std::vector<std::vector<QByteArray>> fields;
    std::vector<qint64> lines;
    std::vector<bool> unterminated;

    void add(const CsvRecordReader &reader)
    {
        std::vector<QByteArray> row;
        for (const auto &f : reader.fields())
            row.emplace_back(f.data(), f.size());
        fields.push_back(std::move(row));
        lines.push_back(reader.line());
        unterminated.push_back(reader.unterminatedQuote());
    }

    void addTo(IndicatorTable &table, RowBuilder &builder) const
    {
        for (size_t i = 0; i < fields.size(); ++i) {
            const std::vector<QByteArrayView> views(fields[i].begin(), fields[i].end());
            builder.addRow(table, views, lines[i], unterminated[i]);
        }
    }
};

// Reads the header (or, without one, the first rows used to guess the value column) and settles the
// mapping in the report. False when there is nothing more to read: an error, or no record at all.
bool readHeader(CsvRecordReader &reader, const ReadOptions &options, ReadReport &report, PendingRows &pending)
{
    ColumnMapping mapping;
    bool mappingKnown = false;
    bool sawRecord = false;

    if (options.mapping) {
        mapping = *options.mapping;
        mappingKnown = true;
    }

    for (;;) {
        const auto result = reader.next();
        if (result == CsvRecordReader::Result::Error) {
            report.error = reader.errorString();
            return false;
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
                pending.add(reader);
                mapping = ColumnMapping{};
                // Keep reading a few rows, then decide on a headerless mapping.
                while (pending.fields.size() < 20) {
                    const auto r = reader.next();
                    if (r == CsvRecordReader::Result::Error) {
                        report.error = reader.errorString();
                        return false;
                    }
                    if (r == CsvRecordReader::Result::End)
                        break;
                    if (reader.isBlank()) {
                        ++report.blankLinesSkipped;
                        continue;
                    }
                    pending.add(reader);
                }
                mapping = ColumnMapping::guessHeaderless(pending.fields);
            } else {
                report.headers = headers;
            }
            mappingKnown = true;
        } else if (mapping.hasHeader) {
            report.headers = headers;
        } else {
            pending.add(reader);
        }
        break;
    }
    report.mapping = mapping;
    if (report.format == FileFormat::Unknown || report.format == FileFormat::PortalCsv)
        report.format = ColumnMapping::isPortalTemplateHeader(report.headers) ? FileFormat::PortalCsv : FileFormat::Csv;

    // Nothing but blank lines: the caller reports an empty file, not a missing column.
    if (!sawRecord)
        return false;
    if (!mapping.maps(Field::IndicatorValue)) {
        report.error =
            CsvTableReader::tr("No column holds indicator values. Name a column IndicatorValue (or value, "
                               "ioc, sha256, ip, domain, url), or choose the columns in the mapping dialog.");
        return false;
    }
    return true;
}

// A column the mapping dialog left out was left out on purpose: nothing to report.
void reportUnusedColumns(const std::vector<bool> &unusedHasData, const ReadOptions &options, ReadReport &report)
{
    for (size_t c = 0; c < unusedHasData.size() && !options.mapping; ++c) {
        if (!unusedHasData[c])
            continue;
        const QString name = c < static_cast<size_t>(report.headers.size())
                                 ? report.headers[static_cast<int>(c)]
                                 : CsvTableReader::tr("column %1").arg(c + 1);
        report.notices.append(CsvTableReader::tr("Column \"%1\" matches no indicator field and was not imported. "
                                                 "Map it in the column mapping if it holds indicator data.")
                                  .arg(name));
    }
}

bool isText(QByteArrayView text)
{
    return validUtf8Prefix(text, false) == text.size()
           && (text.isEmpty() || std::memchr(text.data(), 0, static_cast<size_t>(text.size())) == nullptr);
}

// One stretch of the text read on its own. It starts where a record is guessed to start (after a line
// feed) and takes the records that start before the next stretch's guess; the last one may run past it.
struct Stretch
{
    qsizetype begin = 0;  // in the text
    qsizetype end = 0;    // the next stretch's begin
    qsizetype readTo = 0; // where the next record after this stretch's own starts
    bool sure = false;    // read without an error and without reaching the end of a shortened view
    int source = 0;       // the thread's table holding its rows
    int firstRow = 0;
    int rows = 0;
    int rowsBeforeLastRecord = 0;
    int blankLines = 0;
    qint64 lines = 0; // lines the stretch's records take
    std::vector<bool> unusedHasData;
};

// Reads the records of text[stretch.begin, ...) that start before stretch.end into `table`, with line
// numbers counted from 1 at stretch.begin. `shortened`: the view ends at a record's greatest length past
// stretch.end, and a read that reaches its end is not sure.
void readStretch(QByteArrayView text, bool shortened, CsvDialect dialect, const ColumnMapping &mapping,
                 const QStringList &headers, IndicatorTable &table, Stretch &stretch)
{
    RowBuilder builder(mapping, headers);
    CsvRecordReader reader(text.sliced(stretch.begin), dialect);
    const qsizetype length = stretch.end - stretch.begin;
    stretch.firstRow = table.rowCount();
    stretch.sure = true;
    while (reader.position() < length) {
        const auto result = reader.next();
        if (result == CsvRecordReader::Result::Error) {
            stretch.sure = false;
            break;
        }
        if (result == CsvRecordReader::Result::End)
            break;
        if (reader.isBlank()) {
            ++stretch.blankLines;
            continue;
        }
        const int before = table.rowCount();
        if (before - stretch.firstRow >= limits::kMaxRows) {
            stretch.sure = false;
            break;
        }
        builder.addRow(table, reader.fields(), reader.line(), reader.unterminatedQuote());
        stretch.rowsBeforeLastRecord = before - stretch.firstRow;
    }
    stretch.rows = table.rowCount() - stretch.firstRow;
    stretch.readTo = stretch.begin + reader.position();
    stretch.lines = reader.nextLine() - 1;
    if (shortened && stretch.begin + reader.position() >= text.size())
        stretch.sure = false;
    stretch.unusedHasData = std::move(builder.unusedHasData);
}

} // namespace

void CsvTableReader::read(DecodedStream &stream, IndicatorTable &table, const ReadOptions &options, ReadReport &report)
{
    CsvRecordReader reader(stream, report.dialect);
    PendingRows pending;
    if (!readHeader(reader, options, report, pending))
        return;
    RowBuilder builder(report.mapping, report.headers);
    pending.addTo(table, builder);

    qint64 nextProgress = 0;
    if (options.expectedBytes > 0)
        table.reserve(std::min<qint64>(limits::kMaxRows, options.expectedBytes / 48 + 16));
    for (;;) {
        const auto result = reader.next();
        if (result == CsvRecordReader::Result::Error) {
            report.error = reader.errorString();
            return;
        }
        if (result == CsvRecordReader::Result::End)
            break;
        if (reader.isBlank()) {
            ++report.blankLinesSkipped;
            continue;
        }
        if (table.rowCount() >= limits::kMaxRows) {
            report.error =
                tr("The file has more than %L1 rows, more than this tool opens at once.").arg(limits::kMaxRows);
            return;
        }
        builder.addRow(table, reader.fields(), reader.line(), reader.unterminatedQuote());
        if (options.progress && stream.bytesRead() >= nextProgress) {
            nextProgress = stream.bytesRead() + DecodedStream::kBlockSize;
            if (!options.progress(stream.bytesRead())) {
                report.cancelled = true;
                return;
            }
        }
    }
    reportUnusedColumns(builder.unusedHasData, options, report);
}

bool CsvTableReader::readText(QByteArrayView text, IndicatorTable &table, const ReadOptions &options,
                              ReadReport &report, const TextReadSettings &settings)
{
    CsvRecordReader reader(text, report.dialect);
    PendingRows pending;
    if (!readHeader(reader, options, report, pending))
        return report.error.isEmpty() ? isText(text) : false; // errors are worded by the streaming read
    const qsizetype bodyBegin = reader.position();
    if (!isText(text.first(bodyBegin)))
        return false;

    // Stretches begin after the first line feed at or after each multiple of the chunk size.
    std::vector<Stretch> stretches;
    const qsizetype chunk = std::max<qsizetype>(1, settings.chunkBytes);
    for (qsizetype guess = bodyBegin; guess < text.size();) {
        Stretch s;
        s.begin = guess;
        const qsizetype next = std::min(text.size(), guess + chunk);
        const qsizetype lf = next >= text.size() ? -1 : text.indexOf('\n', next - 1);
        guess = lf < 0 ? text.size() : lf + 1;
        s.end = guess;
        stretches.push_back(std::move(s));
    }

    const int threads = std::max(1, std::min<int>(settings.threads, static_cast<int>(stretches.size())));
    std::vector<IndicatorTable> tables(static_cast<size_t>(threads) + 1); // the last: the head and re-reads
    for (IndicatorTable &t : tables) {
        if (settings.mappedFile)
            t.setBacking(settings.mappedFile, text);
        else if (settings.keepTextAlive)
            t.setBacking(settings.keepTextAlive, text);
    }
    std::atomic<size_t> nextStretch{0};
    std::atomic<qint64> bytesDone{0};
    std::atomic<bool> stop{false};
    const CsvDialect dialect = report.dialect;
    const ColumnMapping &mapping = report.mapping;
    const QStringList &headers = report.headers;

    auto work = [&](int thread, bool reportProgress) {
        IndicatorTable &own = tables[static_cast<size_t>(thread)];
        own.reserve(text.size() / threads / 64 + 16);
        for (;;) {
            const size_t i = nextStretch.fetch_add(1, std::memory_order_relaxed);
            if (i >= stretches.size() || stop.load(std::memory_order_relaxed))
                return;
            Stretch &s = stretches[i];
            s.source = thread;
            if (!isText(text.sliced(s.begin, s.end - s.begin))) {
                stop = true; // the streaming read words the error
                return;
            }
            const qsizetype viewEnd = std::min(text.size(), s.end + limits::kMaxRecordBytes + 2);
            readStretch(text.first(viewEnd), viewEnd < text.size(), dialect, mapping, headers, own, s);
            if (settings.mappedFile)
                settings.mappedFile->releasePages(text.sliced(s.begin, s.end - s.begin));
            const qint64 done = bytesDone.fetch_add(s.end - s.begin, std::memory_order_relaxed) + (s.end - s.begin);
            if (reportProgress && options.progress && !options.progress(bodyBegin + done)) {
                report.cancelled = true;
                stop = true;
                return;
            }
        }
    };
    runParts(threads, [&](int t) { work(t, t == 0); });
    if (report.cancelled)
        return true;
    if (stop)
        return false;

    // In order: a stretch whose guessed beginning is not where the record before it ended (a line feed
    // inside quotes) or whose read is not sure is read again from there on this thread.
    IndicatorTable &extra = tables.back();
    const int extraSource = threads;
    RowBuilder headBuilder(mapping, headers);
    pending.addTo(extra, headBuilder);
    std::vector<IndicatorTable::Segment> segments;
    segments.push_back(IndicatorTable::Segment{extraSource, 0, extra.rowCount(), 0});
    std::vector<bool> unusedHasData = std::move(headBuilder.unusedHasData);
    qint64 rows = extra.rowCount();
    qint64 lineOffset = reader.nextLine() - 1;
    qsizetype at = bodyBegin;
    for (Stretch &s : stretches) {
        if (at >= s.end)
            continue; // the records before took this stretch whole
        if (at != s.begin || !s.sure) {
            const qsizetype end = s.end;
            s = Stretch{};
            s.begin = at;
            s.end = end;
            s.source = extraSource;
            readStretch(text, false, dialect, mapping, headers, extra, s);
            if (!s.sure)
                return false; // an error, worded by the streaming read
        }
        if (s.rows > 0 && rows + s.rowsBeforeLastRecord >= limits::kMaxRows)
            return false;
        segments.push_back(IndicatorTable::Segment{s.source, s.firstRow, s.rows, lineOffset});
        rows += s.rows;
        lineOffset += s.lines;
        report.blankLinesSkipped += s.blankLines;
        for (size_t c = 0; c < unusedHasData.size() && c < s.unusedHasData.size(); ++c)
            unusedHasData[c] = unusedHasData[c] || s.unusedHasData[c];
        at = s.readTo;
    }
    table.appendSegments(tables, segments);
    reportUnusedColumns(unusedHasData, options, report);
    return true;
}

} // namespace im
