// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/TableReader.h"

#include "core/document/ValidationThreads.h"
#include "core/indicator/IndicatorTable.h"
#include "core/io/CsvTableReader.h"
#include "core/io/DecodedStream.h"
#include "core/io/FileMapping.h"
#include "core/io/FreeTextReader.h"
#include "core/io/IocListReader.h"
#include "core/io/JsonTableReader.h"
#include "core/io/MispReader.h"
#include "core/io/PdfReportReader.h"
#include "core/io/StixReader.h"
#include "core/io/XlsxReader.h"
#include "core/tasks/ParallelParts.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <cstring>
#include <initializer_list>
#include <memory>
#include <vector>

namespace im {
namespace {

constexpr qint64 kSampleSize = 64LL * 1024;

QByteArrayView skipWhitespace(QByteArrayView text)
{
    qsizetype i = 0;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n'))
        ++i;
    return text.sliced(i);
}

QByteArrayView firstLine(QByteArrayView text)
{
    const qsizetype nl = text.indexOf('\n');
    return nl < 0 ? text : text.first(nl);
}

bool isCommentLine(QByteArrayView line)
{
    return line.startsWith('#') || line.startsWith("//") || line.startsWith(';');
}

// The first line that is neither blank nor an IOC-list comment, without leading white space.
// Returns false when there is none.
bool firstContentLine(QByteArrayView text, QByteArrayView *line)
{
    for (text = skipWhitespace(text); !text.isEmpty();) {
        const QByteArrayView candidate = firstLine(text);
        if (!isCommentLine(candidate)) {
            *line = candidate;
            return true;
        }
        text = skipWhitespace(text.sliced(candidate.size()));
    }
    return false;
}

// "value # note" or "value // note": how IOC lists annotate a value.
bool hasInlineComment(QByteArrayView line)
{
    qsizetype i = 0;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t')
        ++i;
    const QByteArrayView rest = skipWhitespace(line.sliced(i));
    return i > 0 && (rest.startsWith('#') || rest.startsWith("//"));
}

// The name of the first member of a JSON object at the start of `body`, or empty.
QByteArrayView firstMemberName(QByteArrayView body)
{
    if (!body.startsWith('{'))
        return {};
    const QByteArrayView rest = skipWhitespace(body.sliced(1));
    if (!rest.startsWith('"'))
        return {};
    const qsizetype end = rest.indexOf('"', 1);
    return end < 0 ? QByteArrayView() : rest.sliced(1, end - 1);
}

// Which JSON dialect the sample is: a STIX bundle, MISP (an event, a search response, an attribute
// list) or the Defender API's own bodies.
FileFormat jsonDialect(QByteArrayView body)
{
    const QString head = QString::fromUtf8(body.first(std::min<qsizetype>(body.size(), 4096)));
    static const QRegularExpression stix(
        QStringLiteral(R"re("type"\s*:\s*"(bundle|indicator)"|"pattern_type"\s*:|"spec_version"\s*:\s*"2\.)re"));
    if (stix.match(head).hasMatch())
        return FileFormat::Stix;
    const QByteArrayView first = firstMemberName(body);
    if (first == "Event" || first == "response" || first == "Attribute")
        return FileFormat::Misp;
    // A bare array of MISP events or attributes, or an object whose other members come first.
    static const QRegularExpression misp(QStringLiteral(R"re("(Event|Attribute)"\s*:\s*[\[{]|"to_ids"\s*:)re"));
    if (misp.match(head).hasMatch())
        return FileFormat::Misp;
    return FileFormat::Json;
}

bool hasSuffix(const QString &fileName, std::initializer_list<const char *> suffixes)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    for (const char *s : suffixes) {
        if (suffix == QLatin1String(s))
            return true;
    }
    return false;
}

bool isHtml(QByteArrayView sample, const QString &fileName)
{
    if (hasSuffix(fileName, {"html", "htm", "xhtml"}))
        return true;
    const QByteArrayView body = skipWhitespace(sample);
    const QByteArray start = body.first(std::min<qsizetype>(body.size(), 15)).toByteArray().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html");
}

// A private copy of a file's bytes from `from` on, made on `threads` threads from the file mapped
// read-only; null when the file cannot be mapped.
std::shared_ptr<const QByteArray> privateCopyOf(QFile &file, qint64 from, qint64 size, int threads)
{
    uchar *mapped = file.map(from, size);
    if (mapped == nullptr)
        return nullptr;
    auto copy = std::make_shared<QByteArray>(size, Qt::Uninitialized);
    const qint64 part = (size + threads - 1) / threads;
    auto copyPart = [&](int i) {
        const qint64 begin = std::min(size, i * part);
        const qint64 end = std::min(size, begin + part);
        std::memcpy(copy->data() + begin, mapped + begin, static_cast<size_t>(end - begin));
    };
    runParts(threads, copyPart);
    file.unmap(mapped);
    return copy;
}

// A big UTF-8 table in a file (or a buffer) is read on several threads straight from memory, and its
// rows refer to their cells in it instead of copying them one by one (IndicatorTable::setBacking).
// Commands that read a file and end soon keep the file mapped for that; the window takes a private
// copy of the file, so that a program rewriting the file later changes nothing in the open document.
bool readCsvInParallel(QIODevice &device, IndicatorTable &table, const ReadOptions &options, ReadReport &report)
{
    if (report.encoding != TextEncoding::Utf8 && report.encoding != TextEncoding::Utf8Bom)
        return false;
    auto *file = qobject_cast<QFile *>(&device);
    auto *buffer = qobject_cast<QBuffer *>(&device);
    if ((file == nullptr && buffer == nullptr) || device.isSequential() || table.rowCount() > 0)
        return false;
    const qint64 size = device.size() - device.pos();
    CsvTableReader::TextReadSettings settings;
    settings.chunkBytes = ValidationThreads::chunkBytes();
    settings.threads = ValidationThreads::forChunks((size + settings.chunkBytes - 1) / settings.chunkBytes);
    if (settings.threads <= 1 || size <= 0)
        return false;

    QByteArrayView text;
    if (file) {
        if (const auto mapping = options.mayKeepFileMapped ? FileMapping::of(*file) : nullptr) {
            text = mapping->text().sliced(file->pos());
            settings.mappedFile = mapping;
        } else if (const auto copy = privateCopyOf(*file, file->pos(), size, settings.threads)) {
            text = *copy;
            settings.keepTextAlive = copy;
        } else {
            return false;
        }
    } else {
        const auto shared = std::make_shared<const QByteArray>(buffer->data()); // implicitly shared, not copied
        text = QByteArrayView(*shared).sliced(buffer->pos());
        settings.keepTextAlive = shared;
    }
    const qsizetype bom = text.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const ReadReport before = report;
    if (!CsvTableReader::readText(text.sliced(bom), table, options, report, settings)) {
        report = before;
        return false;
    }
    report.bytesRead = size;
    return true;
}

} // namespace

QString formatName(FileFormat format)
{
    switch (format) {
    case FileFormat::Unknown: return QStringLiteral("unknown");
    case FileFormat::PortalCsv: return QStringLiteral("portal-csv");
    case FileFormat::Csv: return QStringLiteral("csv");
    case FileFormat::Json: return QStringLiteral("json");
    case FileFormat::IocList: return QStringLiteral("ioc-list");
    case FileFormat::Misp: return QStringLiteral("misp");
    case FileFormat::Stix: return QStringLiteral("stix");
    case FileFormat::Text: return QStringLiteral("text");
    case FileFormat::Xlsx: return QStringLiteral("xlsx");
    case FileFormat::Pdf: return QStringLiteral("pdf");
    }
    return {};
}

FileFormat TableReader::detectFormat(QByteArrayView sample, const QString &fileName, CsvDialect *dialect)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const QByteArrayView body = skipWhitespace(sample);
    // Reports: Markdown, AsciiDoc and HTML are prose whatever their first characters.
    if (hasSuffix(fileName, {"md", "markdown", "adoc", "asciidoc", "html", "htm", "xhtml"})
        || isHtml(sample, QString()))
        return FileFormat::Text;
    if (suffix == QLatin1String("json") || body.startsWith('{') || body.startsWith('['))
        return jsonDialect(body);

    const CsvDialect sniffed = sniffDialect(sample);
    if (dialect)
        *dialect = sniffed;
    const bool tableSuffix = suffix == QLatin1String("csv") || suffix == QLatin1String("tsv");

    // Comment lines belong to IOC lists, so the first other line decides (a table whose header happens to
    // start with '#' or ';' still shows its columns on the next line). A header naming at least one
    // indicator field makes it a table, whatever its width.
    QByteArrayView header;
    if (!firstContentLine(body, &header))
        return tableSuffix ? FileFormat::Csv : FileFormat::IocList;
    QStringList names;
    bool inQuotes = false;
    QByteArray current;
    for (char c : header) {
        if (c == '"') {
            inQuotes = !inQuotes;
        } else if (c == sniffed.delimiter && !inQuotes) {
            names.append(QString::fromUtf8(current));
            current.clear();
        } else if (c != '\r') {
            current.append(c);
        }
    }
    names.append(QString::fromUtf8(current));
    const ColumnMapping guess = ColumnMapping::guess(names);
    for (const auto &column : guess.columns) {
        if (column.has_value())
            return ColumnMapping::isPortalTemplateHeader(names) ? FileFormat::PortalCsv : FileFormat::Csv;
    }
    if (tableSuffix)
        return FileFormat::Csv;
    if (FreeTextReader::looksLikeProse(body))
        return FileFormat::Text;
    if (hasInlineComment(header))
        return FileFormat::IocList;
    if (names.size() >= 2)
        return FileFormat::Csv;
    return FileFormat::IocList;
}

ReadReport TableReader::read(QIODevice &device, IndicatorTable &table, const ReadOptions &options)
{
    ReadReport report;
    const QByteArray rawSample = device.peek(kSampleSize);
    const bool wholeFile = rawSample.size() < kSampleSize;
    if (XlsxReader::looksLikeZip(rawSample)
        && (options.format == FileFormat::Unknown || options.format == FileFormat::Xlsx)) {
        if (device.isSequential()) {
            // The zip directory is at the end: a stream is read whole first, within the part limit.
            QBuffer buffer;
            buffer.setData(device.read(XlsxReader::kMaxPartBytes));
            buffer.open(QIODevice::ReadOnly);
            XlsxReader::read(buffer, table, options, report);
        } else {
            XlsxReader::read(device, table, options, report);
        }
        if (report.ok() && table.isEmpty())
            report.error = tr("The file holds no indicators.");
        return report;
    }
    if ((PdfReportReader::looksLikePdf(rawSample) && options.format == FileFormat::Unknown)
        || options.format == FileFormat::Pdf) {
        PdfReportReader::read(device, table, options, report);
        if (report.ok() && table.isEmpty())
            report.error = tr("The file holds no indicators.");
        return report;
    }
    if (rawSample.isEmpty() && options.format != FileFormat::Json) {
        report.error = tr("The file is empty.");
        return report;
    }

    report.encoding = options.encoding;
    if (report.encoding == TextEncoding::Auto) {
        QString error;
        report.encoding = TextDecoder::detect(rawSample, wholeFile, &error);
        if (!error.isEmpty()) {
            report.error = error;
            return report;
        }
    }

    // Decode the sample on its own to look at the content.
    QByteArray sample;
    {
        TextDecoder decoder(report.encoding);
        if (!decoder.decode(rawSample, sample, wholeFile) && wholeFile) {
            report.error = decoder.errorString();
            return report;
        }
    }

    const QString fileName = [&device]() {
        if (auto *file = qobject_cast<QFile *>(&device))
            return file->fileName();
        return QString();
    }();

    CsvDialect sniffed;
    report.format = options.format;
    const FileFormat detected = detectFormat(sample, fileName, &sniffed);
    if (report.format == FileFormat::Unknown)
        report.format = detected;
    report.dialect = options.dialect.value_or(sniffed);

    ReadOptions effective = options;
    if (!device.isSequential())
        effective.expectedBytes = device.size();
    DecodedStream stream(&device, report.encoding);
    bool readWhole = false; // a table read from memory on several threads
    switch (report.format) {
    case FileFormat::Json: JsonTableReader::read(stream, table, effective, report); break;
    case FileFormat::IocList: IocListReader::read(stream, table, effective, report); break;
    case FileFormat::Misp: MispReader::read(stream, table, effective, report); break;
    case FileFormat::Stix: StixReader::read(stream, table, effective, report); break;
    case FileFormat::Text: FreeTextReader::read(stream, table, effective, report, isHtml(sample, fileName)); break;
    case FileFormat::Xlsx: report.error = tr("The file is not an Excel workbook (.xlsx)."); break;
    case FileFormat::Pdf: break; // taken above
    case FileFormat::PortalCsv:
    case FileFormat::Csv:
    case FileFormat::Unknown:
        readWhole = readCsvInParallel(device, table, effective, report);
        if (!readWhole)
            CsvTableReader::read(stream, table, effective, report);
        break;
    }
    if (!readWhole)
        report.bytesRead = stream.bytesRead();
    if (report.ok() && table.isEmpty() && report.error.isEmpty())
        report.error = tr("The file holds no indicators.");
    return report;
}

ReadReport TableReader::readFile(const QString &path, IndicatorTable &table, const ReadOptions &options)
{
    QFile file(path);
    if (!QFileInfo(path).isFile()) {
        ReadReport report;
        report.error = QFileInfo::exists(path) ? tr("\"%1\" is not a file.").arg(path)
                                               : tr("The file \"%1\" does not exist.").arg(path);
        return report;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        ReadReport report;
        report.error = tr("The file \"%1\" cannot be opened: %2").arg(path, file.errorString());
        return report;
    }
    return read(file, table, options);
}

} // namespace im
