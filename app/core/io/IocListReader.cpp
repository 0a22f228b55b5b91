// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/IocListReader.h"

#include "core/indicator/IndicatorTable.h"
#include "core/indicator/ServiceLimits.h"
#include "core/io/DecodedStream.h"
#include "core/validation/ValueRules.h"

#include <QCoreApplication>

namespace im {
namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

QByteArrayView trim(QByteArrayView text)
{
    qsizetype b = 0;
    qsizetype e = text.size();
    while (b < e && isSpace(text[b]))
        ++b;
    while (e > b && isSpace(text[e - 1]))
        --e;
    return text.sliced(b, e - b);
}

} // namespace

void IocListReader::read(DecodedStream &stream, IndicatorTable &table, const ReadOptions &options, ReadReport &report)
{
    report.format = FileFormat::IocList;
    QByteArray buffer;
    qsizetype pos = 0;
    qint64 line = 0;
    qint64 nextProgress = 0;
    IndicatorTable::Cells cells;

    // Checked for complete lines too: a long line whose line break arrives in the same block is no better.
    auto lineTooLong = [&](qsizetype length) {
        if (length <= limits::kMaxRecordBytes)
            return false;
        report.error =
            QCoreApplication::translate("CsvRecordReader", "Line %1 is longer than %2 MiB; the file is not a table "
                                                           "this tool can read.")
                .arg(line + 1)
                .arg(limits::kMaxRecordBytes / (1024LL * 1024));
        return true;
    };

    for (;;) {
        qsizetype newline = buffer.indexOf('\n', pos);
        if (newline < 0) {
            if (lineTooLong(buffer.size() - pos))
                return;
            if (!stream.atEnd()) {
                buffer.remove(0, pos);
                pos = 0;
                if (stream.readMore(buffer) || !stream.hasError())
                    continue;
            }
            if (stream.hasError()) {
                report.error = stream.errorString();
                return;
            }
            if (pos >= buffer.size())
                break;
            newline = buffer.size(); // last line without a line break
        }
        if (lineTooLong(newline - pos))
            return;
        ++line;
        const QByteArrayView text = trim(QByteArrayView(buffer).sliced(pos, newline - pos));
        pos = newline + 1;
        if (text.isEmpty()) {
            ++report.blankLinesSkipped;
            continue;
        }
        if (text.startsWith('#') || text.startsWith("//") || text.startsWith(';')) {
            ++report.commentLinesSkipped;
            continue;
        }
        // The value is the first token; what follows (minus a leading '#') is a title.
        qsizetype end = 0;
        while (end < text.size() && !isSpace(text[end]))
            ++end;
        const QByteArrayView value = text.first(end);
        QByteArrayView note = trim(text.sliced(end));
        if (note.startsWith('#') || note.startsWith("//"))
            note = trim(note.sliced(note.startsWith('#') ? 1 : 2));

        if (table.rowCount() >= limits::kMaxRows) {
            report.error = QCoreApplication::translate("CsvTableReader",
                                                       "The file has more than %L1 rows, more than this tool opens "
                                                       "at once.")
                               .arg(limits::kMaxRows);
            return;
        }
        const QByteArray type(apiName(rules::inferType(value)));
        cells.fill(QByteArrayView());
        cells[static_cast<size_t>(fieldIndex(Field::IndicatorValue))] = value;
        cells[static_cast<size_t>(fieldIndex(Field::IndicatorType))] = type;
        cells[static_cast<size_t>(fieldIndex(Field::Title))] = note;
        table.appendRow(cells);
        table.setSourceLine(table.rowCount() - 1, line);

        if (options.progress && stream.bytesRead() >= nextProgress) {
            nextProgress = stream.bytesRead() + DecodedStream::kBlockSize;
            if (!options.progress(stream.bytesRead())) {
                report.cancelled = true;
                return;
            }
        }
    }
}

} // namespace im
