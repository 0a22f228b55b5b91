// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/XlsxReader.h"

#include "core/indicator/IndicatorTable.h"
#include "core/indicator/ServiceLimits.h"
#include "core/io/ColumnMapping.h"
#include "core/io/CsvTableReader.h"
#include "core/io/DecodedStream.h"
#include "core/io/SpreadsheetNumbers.h"

#include <quazip.h>
#include <quazipfile.h>

#include <QBuffer>
#include <QHash>
#include <QXmlStreamReader>

#include <vector>

namespace im {
namespace {

// A zip part read through QuaZip with a hard cap on the bytes it may give, whatever its header claims.
class Part
{
public:
    Part(QuaZip &zip, const QString &name)
        : m_file(&zip)
    {
        m_found = zip.setCurrentFile(name);
        if (m_found)
            m_open = m_file.open(QIODevice::ReadOnly);
    }
    [[nodiscard]] bool found() const { return m_found; }
    [[nodiscard]] bool open() const { return m_open; }
    QuaZipFile &file() { return m_file; }

private:
    QuaZipFile m_file;
    bool m_found = false;
    bool m_open = false;
};

// QXmlStreamReader over a part, fed in blocks, stopping at the size limit.
class PartXml
{
public:
    explicit PartXml(QuaZipFile &file)
        : m_file(file)
    {
    }

    // Next token, refilling from the part as needed. Returns false at the end or on an error.
    bool next(QXmlStreamReader::TokenType *token)
    {
        for (;;) {
            const QXmlStreamReader::TokenType t = m_xml.readNext();
            if (t == QXmlStreamReader::Invalid && m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError
                && !m_eof) {
                if (!refill())
                    return false;
                continue;
            }
            if (t == QXmlStreamReader::Invalid || t == QXmlStreamReader::EndDocument) {
                *token = t;
                return false;
            }
            *token = t;
            return true;
        }
    }
    QXmlStreamReader &xml() { return m_xml; }
    [[nodiscard]] bool tooLarge() const { return m_tooLarge; }
    [[nodiscard]] bool readFailed() const { return m_readFailed; }

private:
    bool refill()
    {
        char block[64 * 1024];
        const qint64 n = m_file.read(block, sizeof block);
        if (n < 0) {
            m_readFailed = true;
            return false;
        }
        if (n == 0) {
            m_eof = true;
            if (m_file.getZipError() != 0)
                m_readFailed = true;
            return true;
        }
        m_total += n;
        if (m_total > XlsxReader::kMaxPartBytes) {
            m_tooLarge = true;
            return false;
        }
        m_xml.addData(QByteArray(block, static_cast<int>(n)));
        return true;
    }

    QuaZipFile &m_file;
    QXmlStreamReader m_xml;
    qint64 m_total = 0;
    bool m_eof = false;
    bool m_tooLarge = false;
    bool m_readFailed = false;
};

// "BC12" -> 54 (0-based column), -1 when it is not a cell reference.
int columnOf(QStringView ref)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < ref.size() && ref[i].isLetter(); ++i) {
        const char16_t c = QChar::toUpper(ref[i].unicode());
        if (c < u'A' || c > u'Z')
            return -1;
        column = column * 26 + (c - u'A' + 1);
        if (column > 100000)
            return column;
    }
    return i == 0 ? -1 : column - 1;
}

struct Sheet
{
    QString name;
    QString target; // part name, e.g. xl/worksheets/sheet1.xml
};

QString partError(const QString &part, const PartXml &xml)
{
    if (xml.tooLarge())
        return XlsxReader::tr("The workbook's part %1 is larger than %2 MiB once unpacked; the file is not read (it "
                              "may be a zip bomb).")
            .arg(part)
            .arg(XlsxReader::kMaxPartBytes / (1024LL * 1024));
    if (xml.readFailed())
        return XlsxReader::tr("The workbook's part %1 cannot be unpacked: the file is damaged or truncated.").arg(part);
    return XlsxReader::tr("The workbook's part %1 is not valid XML: %2")
        .arg(part, const_cast<PartXml &>(xml).xml().errorString());
}

// The workbook's sheets, in order, and whether it counts days from 1904 (workbookPr date1904).
bool readSheets(QuaZip &zip, std::vector<Sheet> *sheets, QString *error, bool *date1904 = nullptr)
{
    // Relationship ids -> targets.
    QHash<QString, QString> targets;
    {
        Part rels(zip, QStringLiteral("xl/_rels/workbook.xml.rels"));
        if (rels.open()) {
            PartXml xml(rels.file());
            QXmlStreamReader::TokenType t;
            while (xml.next(&t)) {
                if (t == QXmlStreamReader::StartElement && xml.xml().name() == QLatin1String("Relationship")) {
                    QString target = xml.xml().attributes().value(QLatin1String("Target")).toString();
                    if (target.startsWith(QLatin1Char('/')))
                        target = target.mid(1);
                    else
                        target = QStringLiteral("xl/") + target;
                    targets.insert(xml.xml().attributes().value(QLatin1String("Id")).toString(), target);
                }
            }
            if (xml.tooLarge() || xml.readFailed() || xml.xml().hasError()) {
                *error = partError(QStringLiteral("xl/_rels/workbook.xml.rels"), xml);
                return false;
            }
        }
    }
    Part workbook(zip, QStringLiteral("xl/workbook.xml"));
    if (!workbook.open()) {
        *error = XlsxReader::tr("The file is a zip archive but not an Excel workbook (it has no xl/workbook.xml).");
        return false;
    }
    PartXml xml(workbook.file());
    QXmlStreamReader::TokenType t;
    int index = 0;
    while (xml.next(&t)) {
        if (t == QXmlStreamReader::StartElement && xml.xml().name() == QLatin1String("workbookPr") && date1904) {
            const QStringView value = xml.xml().attributes().value(QLatin1String("date1904"));
            *date1904 = value == QLatin1String("1") || value == QLatin1String("true");
        }
        if (t != QXmlStreamReader::StartElement || xml.xml().name() != QLatin1String("sheet"))
            continue;
        ++index;
        Sheet sheet;
        const QXmlStreamAttributes attributes = xml.xml().attributes();
        sheet.name = attributes.value(QLatin1String("name")).toString();
        for (const QXmlStreamAttribute &a : attributes) {
            if (a.name() == QLatin1String("id"))
                sheet.target = targets.value(a.value().toString());
        }
        if (sheet.target.isEmpty())
            sheet.target = QStringLiteral("xl/worksheets/sheet%1.xml").arg(index);
        sheets->push_back(sheet);
    }
    if (xml.tooLarge() || xml.readFailed() || xml.xml().hasError()) {
        *error = partError(QStringLiteral("xl/workbook.xml"), xml);
        return false;
    }
    if (sheets->empty()) {
        *error = XlsxReader::tr("The workbook has no sheets.");
        return false;
    }
    return true;
}

bool readSharedStrings(QuaZip &zip, QStringList *strings, QString *error)
{
    Part part(zip, QStringLiteral("xl/sharedStrings.xml"));
    if (!part.found())
        return true; // a workbook with inline strings only
    if (!part.open()) {
        *error = XlsxReader::tr("The workbook's part %1 cannot be unpacked: the file is damaged or truncated.")
                     .arg(QStringLiteral("xl/sharedStrings.xml"));
        return false;
    }
    PartXml xml(part.file());
    QXmlStreamReader::TokenType t;
    QString current;
    bool inItem = false;
    bool inText = false;
    while (xml.next(&t)) {
        if (t == QXmlStreamReader::StartElement) {
            if (xml.xml().name() == QLatin1String("si")) {
                inItem = true;
                current.clear();
            } else if (inItem && xml.xml().name() == QLatin1String("t")) {
                inText = true;
            } else if (inItem && xml.xml().name() == QLatin1String("rPh")) {
                // Phonetic runs (furigana) are not part of the text.
                int depth = 1;
                while (depth > 0 && xml.next(&t))
                    depth += t == QXmlStreamReader::StartElement ? 1 : t == QXmlStreamReader::EndElement ? -1 : 0;
            }
        } else if (t == QXmlStreamReader::EndElement) {
            if (xml.xml().name() == QLatin1String("si")) {
                strings->append(current);
                inItem = false;
            } else if (xml.xml().name() == QLatin1String("t")) {
                inText = false;
            }
        } else if (t == QXmlStreamReader::Characters && inText) {
            current += xml.xml().text();
        }
    }
    if (xml.tooLarge() || xml.readFailed() || xml.xml().hasError()) {
        *error = partError(QStringLiteral("xl/sharedStrings.xml"), xml);
        return false;
    }
    return true;
}

// What each cell style (the index a cell's s attribute gives) makes of a number: xl/styles.xml's
// cellXfs, each naming a number format that is built in or defined in numFmts.
bool readNumberKinds(QuaZip &zip, std::vector<NumberKind> *kinds, QString *error)
{
    Part part(zip, QStringLiteral("xl/styles.xml"));
    if (!part.found())
        return true; // no styles: every number is a plain number
    if (!part.open()) {
        *error = XlsxReader::tr("The workbook's part %1 cannot be unpacked: the file is damaged or truncated.")
                     .arg(QStringLiteral("xl/styles.xml"));
        return false;
    }
    PartXml xml(part.file());
    QXmlStreamReader::TokenType t;
    QHash<int, QString> codes;
    bool inCellXfs = false;
    while (xml.next(&t)) {
        const QStringView name = xml.xml().name();
        if (t == QXmlStreamReader::StartElement) {
            const QXmlStreamAttributes attributes = xml.xml().attributes();
            if (name == QLatin1String("numFmt")) {
                codes.insert(attributes.value(QLatin1String("numFmtId")).toInt(),
                             attributes.value(QLatin1String("formatCode")).toString());
            } else if (name == QLatin1String("cellXfs")) {
                inCellXfs = true;
            } else if (inCellXfs && name == QLatin1String("xf")) {
                const int id = attributes.value(QLatin1String("numFmtId")).toInt();
                kinds->push_back(numberKind(id, codes.value(id)));
            }
        } else if (t == QXmlStreamReader::EndElement && name == QLatin1String("cellXfs")) {
            inCellXfs = false;
        }
    }
    if (xml.tooLarge() || xml.readFailed() || xml.xml().hasError()) {
        *error = partError(QStringLiteral("xl/styles.xml"), xml);
        return false;
    }
    return true;
}

// How the cells' numbers are shown: by style, and the workbook's day count.
struct NumberFormats
{
    std::vector<NumberKind> kinds;
    bool date1904 = false;

    [[nodiscard]] NumberKind kindOf(QStringView style) const
    {
        bool ok = false;
        const qsizetype index = style.toInt(&ok);
        return ok && index >= 0 && index < static_cast<qsizetype>(kinds.size()) ? kinds[static_cast<size_t>(index)]
                                                                                : NumberKind::Number;
    }
};

// A cell's text from its type attribute and its <v> or inline <t> text; a number as its style shows it.
QString cellText(const QString &type, const QString &value, const QStringList &shared,
                 NumberKind kind = NumberKind::Number, bool date1904 = false)
{
    if (type == QLatin1String("s")) {
        bool ok = false;
        const int index = value.toInt(&ok);
        return ok && index >= 0 && index < shared.size() ? shared[index] : QString();
    }
    if (type == QLatin1String("b"))
        return value == QLatin1String("1") ? QStringLiteral("true") : QStringLiteral("false");
    if (type == QLatin1String("e"))
        return {}; // #N/A and the like
    if (type.isEmpty() || type == QLatin1String("n"))
        return numberText(value, kind, date1904);
    return value;
}

// The sheet's first row with any text, cells in column order (gaps as empty cells); empty when none.
QStringList firstRowOf(QuaZip &zip, const QString &target, const QStringList &shared)
{
    Part part(zip, target);
    if (!part.open())
        return {};
    PartXml xml(part.file());
    QXmlStreamReader::TokenType t;
    QStringList cells;
    QString cellType;
    QString value;
    int cellColumn = -1;
    bool inValue = false;
    while (xml.next(&t)) {
        const QStringView name = xml.xml().name();
        if (t == QXmlStreamReader::StartElement) {
            if (name == QLatin1String("c")) {
                const QXmlStreamAttributes attributes = xml.xml().attributes();
                cellType = attributes.value(QLatin1String("t")).toString();
                const int column = columnOf(attributes.value(QLatin1String("r")));
                cellColumn = column >= 0 ? column : static_cast<int>(cells.size());
                value.clear();
            } else if (name == QLatin1String("v") || name == QLatin1String("t")) {
                inValue = true;
            }
        } else if (t == QXmlStreamReader::Characters && inValue) {
            value += xml.xml().text();
        } else if (t == QXmlStreamReader::EndElement) {
            if (name == QLatin1String("v") || name == QLatin1String("t")) {
                inValue = false;
            } else if (name == QLatin1String("c") && cellColumn >= 0 && cellColumn < limits::kMaxColumns) {
                const QString text = cellText(cellType, value, shared).trimmed();
                if (!text.isEmpty()) {
                    while (cells.size() < cellColumn)
                        cells.append(QString());
                    if (cells.size() == cellColumn)
                        cells.append(text);
                }
            } else if (name == QLatin1String("row") && !cells.isEmpty()) {
                return cells;
            }
        }
    }
    return {};
}

// A CSV field: quoted when it holds a delimiter, a quote or a line break (kept on one line).
void appendField(QByteArray &out, QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    const QByteArray utf8 = text.toUtf8();
    if (utf8.contains(',') || utf8.contains('"')) {
        out += '"';
        out += QByteArray(utf8).replace("\"", "\"\"");
        out += '"';
    } else {
        out += utf8;
    }
}

} // namespace

bool XlsxReader::looksLikeZip(QByteArrayView start)
{
    return start.startsWith("PK\x03\x04");
}

QStringList XlsxReader::sheetNames(QIODevice &device, QString *error)
{
    QuaZip zip(&device);
    if (!zip.open(QuaZip::mdUnzip)) {
        *error = tr("The workbook cannot be opened: the zip archive is damaged or truncated.");
        return {};
    }
    std::vector<Sheet> sheets;
    if (!readSheets(zip, &sheets, error))
        return {};
    QStringList names;
    for (const Sheet &s : sheets)
        names.append(s.name);
    return names;
}

std::vector<XlsxReader::SheetSummary> XlsxReader::survey(QIODevice &device, QString *error)
{
    QuaZip zip(&device);
    if (!zip.open(QuaZip::mdUnzip)) {
        *error = tr("The workbook cannot be opened: the zip archive is damaged or truncated.");
        return {};
    }
    std::vector<Sheet> sheets;
    QStringList shared;
    if (!readSheets(zip, &sheets, error) || !readSharedStrings(zip, &shared, error))
        return {};
    std::vector<SheetSummary> summaries;
    for (const Sheet &sheet : sheets) {
        SheetSummary summary;
        summary.name = sheet.name;
        const QStringList first = firstRowOf(zip, sheet.target, shared);
        summary.hasRows = !first.isEmpty();
        summary.hasIndicatorColumn = summary.hasRows && ColumnMapping::guess(first).maps(Field::IndicatorValue);
        summaries.push_back(summary);
    }
    return summaries;
}

int XlsxReader::preferredSheet(const std::vector<SheetSummary> &sheets)
{
    for (size_t i = 0; i < sheets.size(); ++i) {
        if (sheets[i].hasIndicatorColumn)
            return static_cast<int>(i);
    }
    for (size_t i = 0; i < sheets.size(); ++i) {
        if (sheets[i].hasRows)
            return static_cast<int>(i);
    }
    return 0;
}

void XlsxReader::read(QIODevice &device, IndicatorTable &table, const ReadOptions &options, ReadReport &report)
{
    report.format = FileFormat::Xlsx;
    report.encoding = TextEncoding::Utf8;
    QuaZip zip(&device);
    if (!zip.open(QuaZip::mdUnzip)) {
        report.error = tr("The workbook cannot be opened: the zip archive is damaged or truncated.");
        return;
    }
    std::vector<Sheet> sheets;
    NumberFormats formats;
    if (!readSheets(zip, &sheets, &report.error, &formats.date1904))
        return;
    for (const Sheet &s : sheets)
        report.sheets.append(s.name);
    int chosen = options.sheet;
    if (!options.sheetName.isEmpty()) {
        // A name first, so that a sheet called "2" is found by its name.
        chosen = -1;
        for (qsizetype i = 0; i < report.sheets.size() && chosen < 0; ++i) {
            if (report.sheets[i].compare(options.sheetName.trimmed(), Qt::CaseInsensitive) == 0)
                chosen = static_cast<int>(i);
        }
        bool number = false;
        const int n = options.sheetName.trimmed().toInt(&number);
        if (chosen < 0 && !number) {
            report.error = tr("The workbook has no sheet named \"%1\"; its sheets are: %2.")
                               .arg(options.sheetName, report.sheets.join(QStringLiteral(", ")));
            return;
        }
        if (chosen < 0)
            chosen = n - 1;
    }
    if (chosen < 0 || chosen >= static_cast<int>(sheets.size())) {
        report.error =
            tr("The workbook has no sheet %1; it has %n sheet(s).", nullptr, int(sheets.size())).arg(chosen + 1);
        return;
    }
    report.sheet = chosen;
    QStringList shared;
    if (!readSharedStrings(zip, &shared, &report.error) || !readNumberKinds(zip, &formats.kinds, &report.error))
        return;

    const Sheet &sheet = sheets[static_cast<size_t>(chosen)];
    Part part(zip, sheet.target);
    if (!part.open()) {
        report.error =
            tr("The workbook's part %1 cannot be unpacked: the file is damaged or truncated.").arg(sheet.target);
        return;
    }
    // The sheet becomes CSV text, one line per sheet row (missing rows as blank lines), so the rows keep
    // their row numbers and the CSV reader maps the columns.
    QByteArray csv;
    PartXml xml(part.file());
    QXmlStreamReader::TokenType t;
    qint64 lastRow = 0;
    std::vector<QString> cells;
    QString cellType;
    NumberKind cellKind = NumberKind::Number;
    int cellColumn = -1;
    QString value;
    bool inValue = false;
    auto flushRow = [&]() {
        for (size_t i = 0; i < cells.size(); ++i) {
            if (i > 0)
                csv += ',';
            appendField(csv, cells[i]);
        }
        csv += '\n';
        cells.clear();
    };
    while (xml.next(&t)) {
        const QStringView name = xml.xml().name();
        if (t == QXmlStreamReader::StartElement) {
            if (name == QLatin1String("row")) {
                bool ok = false;
                qint64 r = xml.xml().attributes().value(QLatin1String("r")).toLongLong(&ok);
                if (!ok)
                    r = lastRow + 1;
                if (r > limits::kMaxRows || r <= lastRow) {
                    report.error = r > limits::kMaxRows
                                       ? tr("The sheet has more than %L1 rows, more than this tool opens at once.")
                                             .arg(limits::kMaxRows)
                                       : tr("The sheet's rows are out of order near row %1.").arg(r);
                    return;
                }
                for (qint64 blank = lastRow + 1; blank < r; ++blank)
                    csv += '\n';
                lastRow = r;
            } else if (name == QLatin1String("c")) {
                const QXmlStreamAttributes attributes = xml.xml().attributes();
                cellType = attributes.value(QLatin1String("t")).toString();
                cellKind = formats.kindOf(attributes.value(QLatin1String("s")));
                const int column = columnOf(attributes.value(QLatin1String("r")));
                cellColumn = column >= 0 ? column : static_cast<int>(cells.size());
                if (cellColumn >= limits::kMaxColumns) {
                    report.error = tr("Row %1 of the sheet has a cell in column %L2; this tool reads at most %L3 "
                                      "columns.")
                                       .arg(lastRow)
                                       .arg(cellColumn + 1)
                                       .arg(limits::kMaxColumns);
                    return;
                }
                value.clear();
            } else if (name == QLatin1String("v") || name == QLatin1String("t")) {
                inValue = true;
            }
        } else if (t == QXmlStreamReader::Characters && inValue) {
            value += xml.xml().text();
            if (value.size() > limits::kMaxRecordBytes) {
                report.error = tr("A cell in row %1 is longer than %2 MiB.")
                                   .arg(lastRow)
                                   .arg(limits::kMaxRecordBytes / (1024LL * 1024));
                return;
            }
        } else if (t == QXmlStreamReader::EndElement) {
            if (name == QLatin1String("v") || name == QLatin1String("t")) {
                inValue = false;
            } else if (name == QLatin1String("c")) {
                const QString text = cellText(cellType, value, shared, cellKind, formats.date1904);
                if (cells.size() <= static_cast<size_t>(cellColumn))
                    cells.resize(static_cast<size_t>(cellColumn) + 1);
                cells[static_cast<size_t>(cellColumn)] = text.trimmed();
                cellColumn = -1;
            } else if (name == QLatin1String("row")) {
                flushRow();
            }
        }
        if (options.progress && t == QXmlStreamReader::EndElement && name == QLatin1String("row") && lastRow % 4096 == 0
            && !options.progress(0)) {
            report.cancelled = true;
            return;
        }
    }
    if (xml.tooLarge() || xml.readFailed()
        || (xml.xml().hasError() && xml.xml().error() != QXmlStreamReader::PrematureEndOfDocumentError)) {
        report.error = partError(sheet.target, xml);
        return;
    }
    if (xml.xml().error() == QXmlStreamReader::PrematureEndOfDocumentError) {
        report.error =
            tr("The workbook's part %1 cannot be unpacked: the file is damaged or truncated.").arg(sheet.target);
        return;
    }
    if (lastRow == 0) {
        report.error = tr("The sheet \"%1\" is empty.").arg(sheet.name);
        return;
    }

    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    DecodedStream stream(&buffer, TextEncoding::Utf8);
    report.dialect = CsvDialect{};
    CsvTableReader::read(stream, table, options, report);
    report.format = FileFormat::Xlsx;
    if (report.ok()) {
        QString notice = tr("Sheet \"%1\" (%2 of %3) was read.").arg(sheet.name).arg(chosen + 1).arg(sheets.size());
        // Say what else is there: a second sheet is easy to miss in a mailed workbook.
        QStringList others = report.sheets;
        others.removeAt(chosen);
        if (!others.isEmpty())
            notice +=
                u' ' + tr("The workbook's other sheets were not read: %1.").arg(others.join(QStringLiteral(", ")));
        report.notices.prepend(notice);
    }
}

} // namespace im
