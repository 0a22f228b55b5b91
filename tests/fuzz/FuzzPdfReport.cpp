// SPDX-License-Identifier: GPL-3.0-or-later
// PdfReportReader: a PDF through Poppler and the repairs of its lines, or (input that is no PDF) words
// laid out as a page straight into the repairs (pageLines) and the extraction, which Poppler rarely
// lets a mutated file reach.
#include "FuzzSupport.h"

#include "core/io/FreeTextReader.h"
#include "core/io/PdfReportReader.h"

#include <QBuffer>

using namespace im;

namespace {

// [CHOICE] Pages read of one input: a few kilobytes can claim PdfReportReader::kMaxPages pages, and
// the smoke run is measured in seconds.
constexpr int kMaxPagesPerInput = 8;

// The input's lines as the words of one page: a word per run of non-blank characters, each line a
// row of the page 12 points below the last, the columns from the characters' positions.
std::vector<PdfReportReader::Word> wordsOf(const QString &text)
{
    std::vector<PdfReportReader::Word> words;
    const QStringList lines = text.split(u'\n');
    for (qsizetype l = 0; l < lines.size() && words.size() < 4096; ++l) {
        const QString &line = lines[l];
        qsizetype i = 0;
        while (i < line.size()) {
            while (i < line.size() && line[i] == u' ')
                ++i;
            const qsizetype start = i;
            while (i < line.size() && line[i] != u' ')
                ++i;
            if (i == start)
                break;
            PdfReportReader::Word w;
            w.text = line.mid(start, i - start);
            w.box = QRectF(6.0 * double(start), 12.0 * double(l), 6.0 * double(i - start), 10.0);
            w.spaceAfter = i < line.size();
            words.push_back(std::move(w));
        }
        if (!words.empty())
            words.back().lineEnd = true;
    }
    return words;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray input = fuzz::bytesOf(data, size);
    IndicatorTable table;
    ReadReport report;
    if (PdfReportReader::looksLikePdf(input)) {
        QBuffer buffer(&input);
        buffer.open(QIODevice::ReadOnly);
        ReadOptions options;
        int pages = 0;
        options.progress = [&pages](qint64) { return ++pages < kMaxPagesPerInput; };
        PdfReportReader::read(buffer, table, options, report);
        IM_FUZZ_CHECK(report.format == FileFormat::Pdf);
        IM_FUZZ_CHECK(report.bytesRead == static_cast<qint64>(size));
        if (report.cancelled)
            return 0;
    } else {
        const QStringList lines = PdfReportReader::pageLines(wordsOf(QString::fromUtf8(input)));
        FreeTextReader::Collector collector(table, report);
        for (qsizetype l = 0; l < lines.size(); ++l) {
            IM_FUZZ_CHECK(!lines[l].contains(u'\n'));
            if (!lines[l].isEmpty() && !collector.addLine(lines[l], l + 1, 1))
                break;
        }
        collector.finish(lines.size());
    }
    fuzz::checkTable(report, table);
    for (int row = 0; row < table.rowCount(); ++row) {
        // Every row keeps its page and a context that holds its value where it says.
        IM_FUZZ_CHECK(table.sourcePage(row) >= 1);
        const IndicatorTable::SourceContext context = table.sourceContext(row);
        IM_FUZZ_CHECK(!context.text.isEmpty());
        IM_FUZZ_CHECK(context.start >= -1 && context.start + context.length <= context.text.size());
    }
    fuzz::validate(std::move(table));
    return 0;
}
