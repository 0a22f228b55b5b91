// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document/ValidationThreads.h"
#include "core/indicator/IndicatorTable.h"
#include "core/io/CsvTableReader.h"
#include "core/io/DecodedStream.h"
#include "core/io/FileMapping.h"
#include "core/io/TableReader.h"
#include "support/TestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace im;

namespace {

// Everything a read gives, as text: the report and every row with its line, cells and read notes.
QString dump(const ReadReport &report, const IndicatorTable &table)
{
    QString out = QStringLiteral("error=%1 cancelled=%2 format=%3 headers=%4 notices=%5 blank=%6 rows=%7\n")
                      .arg(report.error)
                      .arg(report.cancelled)
                      .arg(formatName(report.format), report.headers.join(u'|'), report.notices.join(u'|'))
                      .arg(report.blankLinesSkipped)
                      .arg(table.rowCount());
    for (int row = 0; row < table.rowCount(); ++row) {
        out += QString::number(row) + u'@' + QString::number(table.sourceLine(row)) + u'#'
               + QString::number(table.rowId(row)) + u':';
        for (Field f : allFields())
            out += table.text(row, f) + u'\x1f';
        const auto notes = table.readNotes(row);
        for (const ReadNote &note : notes)
            out += QStringLiteral(" note %1 %2").arg(static_cast<int>(note.code)).arg(note.detail);
        out += u'\n';
    }
    return out;
}

// A table whose records take from one line to several, with every construct that makes a line feed
// something other than the end of a record: quoted line feeds (LF and CRLF), doubled quotes next to
// them, a quote at the start of a line inside a field, blank lines, extra fields, a stray quote.
QByteArray sampleTable(int rows, const QByteArray &newline)
{
    QByteArray out = "IndicatorType,IndicatorValue,Title,Description,Action" + newline;
    for (int i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        switch (i % 9) {
        case 0: out += "DomainName,host" + n + ".example.com,Plain,one line,Block" + newline; break;
        case 1:
            out += "IpAddress,198.51.100." + QByteArray::number(i % 250) + ",\"Multi\",\"first" + newline + "second"
                   + newline + "third\",Audit" + newline;
            break;
        case 2:
            out += "Url,https://x" + n + ".example.org/a,\"Quoted \"\"kit\"\"\",\"" + newline
                   + "\"\"starts with a quote\"\"" + newline + "\",Alert" + newline;
            break;
        case 3: out += newline; break; // a blank line
        case 4: out += "DomainName,extra" + n + ".example.net,Extra,d,Block,surplus" + n + ",more" + newline; break;
        case 5:
            out += "FileSha256," + QByteArray(64, 'a' + static_cast<char>(i % 6)) + ",\"a,b\",\"x" + newline
                   + ",\"\"\"\"" + newline + "\",Block" + newline;
            break;
        case 6: out += "DomainName,stray" + n + ".example.com,say \"hi\" there,d,Allowed" + newline; break;
        case 7:
            out += "\"DomainName\",\"q" + n + ".example.com\",\"\",\"" + newline + newline + "\",\"Block\"" + newline;
            break;
        default: out += ",,,," + newline; break; // only empty fields: blank too
        }
    }
    return out;
}

} // namespace

// A big table is read on several threads in stretches cut at line feeds (README, "Benchmarks"): the rows,
// their lines, notes and ids, and the report are those of the read on one thread, whatever the cuts.
class TestCsvChunks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { ValidationThreads::set(0); }
    void sameRowsOnSeveralThreads_data();
    void sameRowsOnSeveralThreads();
    void fixturesReadTheSameOnSeveralThreads();
    void textSmallerThanAStretch();
    void quotesOpenAcrossEveryCut();
    void quotedFieldsAreTakenAsWritten();
    void mappedPagesAreGivenBackAndReadAgain();
};

void TestCsvChunks::sameRowsOnSeveralThreads_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("readInStretches"); // false: not UTF-8 text, or a record in error
    const QByteArray lf = sampleTable(400, "\n");
    const QByteArray crlf = sampleTable(400, "\r\n");
    QTest::newRow("lf") << lf << true;
    QTest::newRow("crlf") << crlf << true;
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF") + lf << true;
    QTest::newRow("bom-crlf") << QByteArray("\xEF\xBB\xBF") + crlf << true;
    QTest::newRow("no final line feed") << lf + "DomainName,last.example.com,t,d,Block" << true;
    QTest::newRow("unterminated quote at the end") << lf + "DomainName,u.example.com,t,\"open\nand on" << true;
    QByteArray headerless;
    for (int i = 0; i < 300; ++i)
        headerless += QByteArray(63, 'a' + static_cast<char>(i % 6)) + QByteArray::number(i % 10) + "\n";
    QTest::newRow("headerless") << headerless << true;
    QTest::newRow("chinese text")
        << lf + QByteArray("DomainName,zh.example.com,\xe6\xa0\x87\xe9\xa2\x98,\"\xe6\x8f\x8f\n\xe8\xbf\xb0\",Block\n")
        << true;
    // Past the first 64 KiB, which decide the encoding.
    QByteArray invalid = sampleTable(3000, "\n");
    invalid.insert(invalid.size() * 3 / 4, "\xff\xfe");
    QTest::newRow("invalid utf-8 in the middle") << invalid << false;
    QByteArray nul = sampleTable(3000, "\r\n");
    nul.insert(nul.size() * 3 / 4, '\0');
    QTest::newRow("nul in the middle") << nul << false;
    QByteArray tooLong = lf;
    tooLong.insert(tooLong.indexOf("\nDomainName,host9.") + 1,
                   "DomainName,long.example.com,t,\"" + QByteArray(1100 * 1024, 'x') + "\",Block\n");
    QTest::newRow("record over the size limit") << tooLong << false;
}

void TestCsvChunks::sameRowsOnSeveralThreads()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, readInStretches);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("table.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content), content.size());
    }

    ValidationThreads::set(1);
    IndicatorTable one;
    const ReadReport oneReport = TableReader::readFile(path, one);
    const QString expected = dump(oneReport, one);
    QCOMPARE(oneReport.bytesRead, content.size());
    if (readInStretches)
        QVERIFY2(oneReport.ok(), qPrintable(oneReport.error));
    else
        QVERIFY(!oneReport.error.isEmpty());

    // Stretches of about 128 bytes (one row's worth), on three threads: from the mapped file and from a buffer.
    ValidationThreads::set(3, 1);
    IndicatorTable mapped;
    const ReadReport mappedReport = TableReader::readFile(path, mapped);
    QCOMPARE(dump(mappedReport, mapped), expected);
    QCOMPARE(mappedReport.bytesRead, content.size());
    // The rows refer to their cells in a private copy of the file.
    QCOMPARE(mapped.hasBacking(), readInStretches);
    // Kept mapped (the short CLI commands), the rows referring to their cells in the file: the same.
    ReadOptions keep;
    keep.mayKeepFileMapped = true;
    IndicatorTable kept;
    const ReadReport keptReport = TableReader::readFile(path, kept, keep);
    QCOMPARE(dump(keptReport, kept), expected);
    QCOMPARE(kept.hasBacking(), readInStretches);
    // Both stay as read when the file is replaced (as QSaveFile does), then rewritten in place (as a
    // script writing over it does), then removed.
    {
        QSaveFile over(path);
        QVERIFY(over.open(QIODevice::WriteOnly));
        over.write(QByteArray(content.size(), 'z'));
        QVERIFY(over.commit());
    }
    {
        QFile inPlace(path);
        QVERIFY(inPlace.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(inPlace.write(QByteArray(content.size(), 'y')), content.size());
    }
    QCOMPARE(dump(mappedReport, mapped), expected);
    QCOMPARE(dump(keptReport, kept), expected);
    QVERIFY(QFile::remove(path));
    QCOMPARE(dump(mappedReport, mapped), expected);
    QCOMPARE(dump(keptReport, kept), expected);
    // From a buffer (without a file name, whose suffix may decide the format): as from one thread.
    QString fromBuffer[2];
    for (int run = 0; run < 2; ++run) {
        ValidationThreads::set(run == 0 ? 1 : 3, 1);
        QBuffer buffer(&content);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        IndicatorTable buffered;
        const ReadReport bufferedReport = TableReader::read(buffer, buffered);
        fromBuffer[run] = dump(bufferedReport, buffered);
    }
    QCOMPARE(fromBuffer[1], fromBuffer[0]);

    // The read in stretches took it (rather than handing it to the read on one thread).
    for (const qsizetype chunkBytes : {qsizetype(1), qsizetype(128), qsizetype(4096)}) {
        ReadReport report;
        report.encoding = TextEncoding::Utf8;
        report.format = oneReport.format;
        IndicatorTable table;
        CsvTableReader::TextReadSettings settings;
        settings.threads = 3;
        settings.chunkBytes = chunkBytes;
        const QByteArrayView text =
            content.startsWith("\xEF\xBB\xBF") ? QByteArrayView(content).sliced(3) : QByteArrayView(content);
        QCOMPARE(CsvTableReader::readText(text, table, {}, report, settings), readInStretches);
        if (readInStretches) {
            QCOMPARE(dump(report, table), expected);
        } else {
            QCOMPARE(table.rowCount(), 0);
        }
    }
}

void TestCsvChunks::fixturesReadTheSameOnSeveralThreads()
{
    const QDir csv(test::dataPath(QStringLiteral("csv")));
    const QStringList files = csv.entryList({QStringLiteral("*.csv"), QStringLiteral("*.tsv")}, QDir::Files);
    QVERIFY(files.size() >= 8);
    for (const QString &name : files) {
        const QString path = csv.filePath(name);
        ValidationThreads::set(1);
        IndicatorTable one;
        const ReadReport oneReport = TableReader::readFile(path, one);
        for (const int chunkRows : {1, 2, 16}) {
            ValidationThreads::set(3, chunkRows);
            IndicatorTable several;
            const ReadReport report = TableReader::readFile(path, several);
            QCOMPARE(dump(report, several), dump(oneReport, one));
            ReadOptions keep;
            keep.mayKeepFileMapped = true;
            IndicatorTable kept;
            const ReadReport keptReport = TableReader::readFile(path, kept, keep);
            QCOMPARE(dump(keptReport, kept), dump(oneReport, one));
        }
    }
}

void TestCsvChunks::textSmallerThanAStretch()
{
    const QByteArray content = "IndicatorValue,Title\r\nevil.example.com,\"a\r\nb\"\r\n";
    ValidationThreads::set(1);
    QBuffer buffer;
    buffer.setData(content);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    IndicatorTable one;
    const ReadReport oneReport = TableReader::read(buffer, one);
    QVERIFY(oneReport.ok());
    QCOMPARE(one.rowCount(), 1);
    QCOMPARE(one.text(0, Field::Title), QStringLiteral("a\r\nb"));

    ReadReport report;
    report.encoding = TextEncoding::Utf8;
    IndicatorTable table;
    CsvTableReader::TextReadSettings settings;
    settings.threads = 2;
    settings.chunkBytes = 1 << 20;
    QVERIFY(CsvTableReader::readText(content, table, {}, report, settings));
    QCOMPARE(dump(report, table), dump(oneReport, one));
}

// Every record holds a quoted field with line feeds, and with a chunk of one byte every line feed is a cut:
// most stretches begin inside quotes and are read again after the one before them.
void TestCsvChunks::quotesOpenAcrossEveryCut()
{
    QByteArray content = "IndicatorValue,Description\n";
    for (int i = 0; i < 200; ++i)
        content += "v" + QByteArray::number(i) + ".example.com,\"\n\"\"\n\"\",\n" + QByteArray(i % 5, '\n') + "\"\n";
    ValidationThreads::set(1);
    QBuffer buffer(&content);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    IndicatorTable one;
    const ReadReport oneReport = TableReader::read(buffer, one);
    QVERIFY(oneReport.ok());
    QCOMPARE(one.rowCount(), 200);
    QCOMPARE(one.sourceLine(199), 2 + 199 * 4 + 39 * 10 + (0 + 1 + 2 + 3));

    ReadReport report;
    report.encoding = TextEncoding::Utf8;
    IndicatorTable table;
    CsvTableReader::TextReadSettings settings;
    settings.threads = 4;
    settings.chunkBytes = 1;
    QVERIFY(CsvTableReader::readText(content, table, {}, report, settings));
    QCOMPARE(dump(report, table), dump(oneReport, one));
}

// Every field quoted, as PowerShell's Export-Csv writes them: the plain ones are taken where they stand
// (the rows refer to them, so the table stays small), the ones with a doubled quote or text after the
// closing quote are copied as before, also when a doubled quote straddles the end of a streamed block.
void TestCsvChunks::quotedFieldsAreTakenAsWritten()
{
    const QByteArray head = "\"IndicatorValue\",\"Title\",\"Description\"\r\n";
    QByteArray body;
    for (int r = 0; r < 4000; ++r) {
        const QByteArray n = QByteArray::number(r);
        if (r % 7 == 3)
            body += "\"q" + n + ".example.com\",\"say \"\"hi\"\"\",\"after\"quote\r\n";
        else
            body += "\"v" + n + ".example.com\",\"Title " + n + ", with a comma\",\"line one\nline two\"\r\n";
    }
    const QByteArray padStart = "\"pad.example.com\",\"";
    const QByteArray padEnd = "\",\"x\"\r\n";
    const QByteArray edge = "\"edge.example.com\",\"ab";
    const qsizetype pad =
        DecodedStream::kBlockSize - 1 - (head.size() + body.size() + padStart.size() + padEnd.size() + edge.size());
    QVERIFY(pad > 0);
    const QByteArray content =
        head + body + padStart + QByteArray(pad, 'p') + padEnd + edge + "\"\"c\",\"d\"\r\n" + body;
    QCOMPARE(content.indexOf("\"\"c"), DecodedStream::kBlockSize - 1);

    QString dumps[2];
    for (int run = 0; run < 2; ++run) {
        ValidationThreads::set(run == 0 ? 1 : 3, run == 0 ? ValidationThreads::kDefaultChunkRows : 64);
        QBuffer buffer;
        buffer.setData(content);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        IndicatorTable table;
        const ReadReport report = TableReader::read(buffer, table);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(table.rowCount(), 2 * 4000 + 2);
        QCOMPARE(table.text(0, Field::Title), QStringLiteral("Title 0, with a comma"));
        QCOMPARE(table.text(0, Field::Description), QStringLiteral("line one\nline two"));
        QCOMPARE(table.sourceLine(1), qint64(4));
        QCOMPARE(table.text(3, Field::Title), QStringLiteral("say \"hi\""));
        QCOMPARE(table.text(3, Field::Description), QStringLiteral("afterquote"));
        QCOMPARE(table.text(4001, Field::IndicatorValue), QStringLiteral("edge.example.com"));
        QCOMPARE(table.text(4001, Field::Title), QStringLiteral("ab\"c"));
        QCOMPARE(table.text(4001, Field::Description), QStringLiteral("d"));
        if (run == 1) {
            // The buffer's bytes are shared, not copied: plain quoted cells are views into them.
            const auto begin = reinterpret_cast<quintptr>(content.constData());
            auto inText = [&](QByteArrayView cell) {
                const auto at = reinterpret_cast<quintptr>(cell.data());
                return at >= begin
                       && at + static_cast<quintptr>(cell.size()) <= begin + static_cast<quintptr>(content.size());
            };
            QVERIFY(table.hasBacking());
            QVERIFY(inText(table.cell(0, Field::Title)));
            QVERIFY(inText(table.cell(0, Field::Description)));
            QVERIFY(inText(table.cell(4001, Field::Description)));
            QVERIFY(!inText(table.cell(3, Field::Title)));
            QVERIFY(!inText(table.cell(4001, Field::Title)));
        }
        dumps[run] = dump(report, table);
    }
    QCOMPARE(dumps[1], dumps[0]);
}

namespace {

// Resident kilobytes of the mapping that holds `address`, from /proc/self/smaps; -1 if not found.
qint64 residentKilobytes(const void *address)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly))
        return -1;
    const auto at = reinterpret_cast<quintptr>(address);
    bool inside = false;
    for (const QByteArray &line : smaps.readAll().split('\n')) {
        const qsizetype dash = line.indexOf('-');
        const qsizetype space = line.indexOf(' ');
        if (dash > 0 && space > dash && line.at(space - 1) != ':') { // "begin-end perms offset dev inode path"
            bool ok1 = false;
            bool ok2 = false;
            const quintptr begin = line.first(dash).toULongLong(&ok1, 16);
            const quintptr end = line.sliced(dash + 1, space - dash - 1).toULongLong(&ok2, 16);
            inside = ok1 && ok2 && at >= begin && at < end;
        } else if (inside && line.startsWith("Rss:")) {
            return line.sliced(4).trimmed().split(' ').constFirst().toLongLong();
        }
    }
    return -1;
}

} // namespace

void TestCsvChunks::mappedPagesAreGivenBackAndReadAgain()
{
#if !defined(Q_OS_LINUX)
    QSKIP("pages are given back on Linux only");
#else
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray content;
    for (int i = 0; content.size() < qsizetype(1) << 20; ++i)
        content += QByteArray::number(i) + ",evil-" + QByteArray::number(i * 7) + ".example.com\n";
    QFile file(dir.filePath(QStringLiteral("big.csv")));
    QVERIFY(file.open(QIODevice::ReadWrite));
    QCOMPARE(file.write(content), content.size());
    QVERIFY(file.flush());
    const auto mapping = FileMapping::of(file);
    QVERIFY(mapping);
    const QByteArrayView text = mapping->text();
    QCOMPARE(text, QByteArrayView(content)); // reads every page
    const qint64 before = residentKilobytes(text.data());
    QVERIFY2(before >= 1000, qPrintable(QString::number(before)));
    // All but the first and last few bytes, cut off the page boundaries: the pages wholly inside go.
    mapping->releasePages(text.sliced(100, text.size() - 200));
    const qint64 after = residentKilobytes(text.data());
    QVERIFY2(after >= 0 && after <= 16, qPrintable(QString::number(after)));
    // Read again from the file, the same bytes.
    QCOMPARE(text, QByteArrayView(content));
    QVERIFY(residentKilobytes(text.data()) >= 1000);
#endif
}

QTEST_GUILESS_MAIN(TestCsvChunks)
#include "TestCsvChunks.moc"
