// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/indicator/IndicatorEnums.h"
#include "core/indicator/IndicatorTable.h"
#include "core/io/PdfReportReader.h"
#include "core/io/TableReader.h"
#include "support/PdfFixtures.h"
#include "support/ReaderTestSupport.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QtTest>

using namespace im;
using test::Read;
using test::readBytes;

namespace {

// "Type=value@page:line" for every row.
QStringList rowsOf(const IndicatorTable &table)
{
    QStringList rows;
    for (int i = 0; i < table.rowCount(); ++i)
        rows.append(QStringLiteral("%1=%2@%3:%4")
                        .arg(table.text(i, Field::IndicatorType), table.text(i, Field::IndicatorValue))
                        .arg(table.sourcePage(i))
                        .arg(table.sourceLine(i)));
    return rows;
}

int rowOf(const IndicatorTable &table, const QString &value)
{
    for (int i = 0; i < table.rowCount(); ++i) {
        if (table.text(i, Field::IndicatorValue) == value)
            return i;
    }
    return -1;
}

const QString kSha256 = QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
const QString kSha1 = QStringLiteral("da39a3ee5e6b4b0d3255bfef95601890afd80709");
const QString kUrl =
    QStringLiteral("http://update-check.example.com/downloads/stage-two/payload-installer-x86-64-release-build.bin");

// Page, catalog and page tree of a one-page document, for the hand-written files.
QList<QByteArray> onePage()
{
    return {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"};
}

} // namespace

class TestPdfReportReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashBrokenOverLines();
    void urlBrokenAtHyphens();
    void tableCells();
    void defangedAndLigatures();
    void twoColumns();
    void pagesAndLines();
    void repairsOfWords();
    void referencesSectionIsHinted();
    void encryptedIsRefused();
    void truncatedIsRefused();
    void imageOnlyIsRefused();
    void tenThousandPagesAreRefused();
    void deepNestingIsRefused();
    void notAPdf();
    void hundredPagesSpeed();
};

void TestPdfReportReader::hashBrokenOverLines()
{
    // On an A6 page the hash is wider than the line, so the layout breaks it over three lines.
    const Read r =
        readBytes(test::pdfFromHtml(QStringLiteral("<p>The dropper (SHA-256 %1) was seen.</p>").arg(kSha256)));
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(r.report.format, FileFormat::Pdf);
    QCOMPARE(rowsOf(r.table), QStringList{QStringLiteral("FileSha256=%1@1:2").arg(kSha256)});
}

void TestPdfReportReader::urlBrokenAtHyphens()
{
    const Read r = readBytes(test::pdfFromHtml(QStringLiteral("<p>It downloads %1 from the server.</p>").arg(kUrl)));
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(rowsOf(r.table), (QStringList{QStringLiteral("Url=%1@1:1").arg(kUrl),
                                           QStringLiteral("DomainName=update-check.example.com@1:1")}));
}

void TestPdfReportReader::tableCells()
{
    // Narrow cells: every value is wrapped inside its cell, and Poppler reads the cells of a row side by side.
    const Read r = readBytes(test::pdfFromHtml(
        QStringLiteral("<table border=1><tr><th>Type</th><th>Indicator</th><th>Note</th></tr>"
                       "<tr><td>IP</td><td>203.0.113.45</td><td>C2 server at the hoster</td></tr>"
                       "<tr><td>Domain</td><td>evil[.]example[.]net</td><td>stager</td></tr>"
                       "<tr><td>SHA1</td><td>%1</td><td>loader</td></tr>"
                       "<tr><td>URL</td><td>hxxps://bad.example.org/x</td><td>landing page</td></tr></table>")
            .arg(kSha1)));
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QStringList values;
    for (int i = 0; i < r.table.rowCount(); ++i)
        values.append(r.table.text(i, Field::IndicatorType) + u'=' + r.table.text(i, Field::IndicatorValue));
    QCOMPARE(values,
             (QStringList{QStringLiteral("IpAddress=203.0.113.45"), QStringLiteral("DomainName=evil.example.net"),
                          QStringLiteral("FileSha1=") + kSha1, QStringLiteral("Url=https://bad.example.org/x"),
                          QStringLiteral("DomainName=bad.example.org")}));
    for (int i = 0; i < r.table.rowCount(); ++i)
        QCOMPARE(r.table.sourcePage(i), 1);
    // The row's context is its table row as read, with the note beside the value.
    QVERIFY2(r.table.text(0, Field::Description).contains(QLatin1String("C2 server")),
             qPrintable(r.table.text(0, Field::Description)));
}

void TestPdfReportReader::defangedAndLigatures()
{
    // U+FB01 is the fi ligature a typesetter puts in "profile"; &nbsp; glues the value to the word before it.
    const Read r = readBytes(
        test::pdfFromHtml(QStringLiteral("<p>Contact&nbsp;hxxp://phish[.]example[.]com/login now.</p>"
                                         "<p>Beacons go to pro\uFB01le-sync[.]example[.]org and 198.51.100[.]23.</p>"),
                          QPageSize::A4));
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(rowsOf(r.table), (QStringList{QStringLiteral("Url=http://phish.example.com/login@1:1"),
                                           QStringLiteral("DomainName=phish.example.com@1:1"),
                                           QStringLiteral("DomainName=profile-sync.example.org@1:2"),
                                           QStringLiteral("IpAddress=198.51.100.23@1:2")}));
}

void TestPdfReportReader::twoColumns()
{
    const Read r = readBytes(test::pdfTwoColumns(
        QStringLiteral("Left column text talks about the campaign. The actor used 198.51.100.7 as a relay and then "
                       "moved on to other infrastructure over several weeks of activity."),
        QStringLiteral("Right column text describes the victim network where 192.0.2.99 was the compromised host and "
                       "the sinkhole sat at sink.example.org for a while.")));
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(r.table.rowCount(), 3);
    const int relay = rowOf(r.table, QStringLiteral("198.51.100.7"));
    const int victim = rowOf(r.table, QStringLiteral("192.0.2.99"));
    QVERIFY(relay >= 0 && victim > relay);
    QVERIFY(rowOf(r.table, QStringLiteral("sink.example.org")) > victim);
    // Each value's context is its own column's line, not the line across both columns.
    const QString relayContext = r.table.text(relay, Field::Description);
    QVERIFY2(relayContext.contains(QLatin1String("as a relay")) && !relayContext.contains(QLatin1String("victim"))
                 && !relayContext.contains(QLatin1String("compromised")),
             qPrintable(relayContext));
    QVERIFY(r.table.sourceLine(victim) > r.table.sourceLine(relay));
    // The words on a value's line hint at what it is ("victim" is on the line above 192.0.2.99).
    QVERIFY(r.table.readNotes(relay).isEmpty());
    const QList<ReadNote> notes = r.table.readNotes(rowOf(r.table, QStringLiteral("sink.example.org")));
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first().code, IssueCode::ReadContextHint);
    QCOMPARE(notes.first().detail, QStringLiteral("sinkhole"));
}

void TestPdfReportReader::pagesAndLines()
{
    const Read r = readBytes(test::pdfFromHtml(
        QStringLiteral("<p>First page mentions evil.example.com once.</p>"
                       "<p style='page-break-before: always'>Intro line.</p><p>Second page names 203.0.113.9.</p>"),
        QPageSize::A4));
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(rowsOf(r.table), (QStringList{QStringLiteral("DomainName=evil.example.com@1:1"),
                                           QStringLiteral("IpAddress=203.0.113.9@2:2")}));
    // Each row keeps the line it was read from, with where its value stands.
    const auto context = r.table.sourceContext(1);
    QCOMPARE(context.text, QStringLiteral("Second page names 203.0.113.9."));
    QCOMPARE(context.text.mid(context.start, context.length), QStringLiteral("203.0.113.9"));
}

void TestPdfReportReader::repairsOfWords()
{
    QCOMPARE(PdfReportReader::normalizeWord(QStringLiteral("\uFB01le\uFB02ow\u00A0x\u200By\uFB03")),
             QStringLiteral("fileflow xyffi"));
    QCOMPARE(PdfReportReader::normalizeWord(QStringLiteral("evil\uFF3B\uFF0E\uFF3Dcom")), QStringLiteral("evil[.]com"));
    QCOMPARE(PdfReportReader::normalizeWord(QStringLiteral("\u4F7F\u2F64")), QStringLiteral("\u4F7F\u7528"));

    // Words as Poppler gives them: a hash broken by a hyphen, a soft-hyphenated word, a defanged value
    // split at its bracket; each continuation starts the next line at the paragraph's left edge.
    using Word = PdfReportReader::Word;
    auto word = [](const QString &text, double x, double y, bool lineEnd) {
        return Word{text, QRectF(x, y, 6.0 * text.size(), 10), true, lineEnd};
    };
    const QStringList lines = PdfReportReader::pageLines({
        word(QStringLiteral("Hash"), 0, 0, false),
        word(QStringLiteral("e3b0c44298fc1c149afbf4c8996fb9-"), 27, 0, true),
        word(QStringLiteral("2427ae41e4649b934ca495991b7852b855."), 0, 12, false),
        word(QStringLiteral("Infor\u00ADmation"), 213, 12, false),
        word(QStringLiteral("from"), 282, 12, true),
        word(QStringLiteral("evil["), 0, 24, true),
        word(QStringLiteral(".]com"), 0, 36, false),
        word(QStringLiteral("hxxp"), 33, 36, false),
        word(QStringLiteral("://bad.example.net"), 60, 36, true),
    });
    QCOMPARE(lines, (QStringList{QStringLiteral("Hash %1.").arg(kSha256), QStringLiteral("Information from"),
                                 QStringLiteral("evil[.]com"), QStringLiteral("hxxp://bad.example.net")}));
}

void TestPdfReportReader::referencesSectionIsHinted()
{
    const Read r = readBytes(test::pdfFromHtml(
        QStringLiteral("<h1>Campaign report</h1><p>The implant talks to 198.51.100.44 over HTTPS.</p>"
                       "<h2>Acknowledgements</h2><p>Thanks to the team at https://partner-lab.example.net/team for "
                       "samples.</p><h2>Indicators of compromise</h2><p>relay.badhost.xyz</p>"
                       "<p style='page-break-before: always'>参考资料</p><p>https://blog.vendor-research.net/a</p>"),
        QPageSize::A4));
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(r.table.rowCount(), 6); // the two URLs' hosts among them
    QVERIFY(r.table.readNotes(rowOf(r.table, QStringLiteral("198.51.100.44"))).isEmpty());
    QVERIFY(r.table.readNotes(rowOf(r.table, QStringLiteral("relay.badhost.xyz"))).isEmpty());
    const QList<ReadNote> thanks =
        r.table.readNotes(rowOf(r.table, QStringLiteral("https://partner-lab.example.net/team")));
    QCOMPARE(thanks.size(), 1);
    QCOMPARE(thanks.first().code, IssueCode::ReadContextHint);
    QCOMPARE(thanks.first().detail, QStringLiteral("Acknowledgements"));
    const int cited = rowOf(r.table, QStringLiteral("https://blog.vendor-research.net/a"));
    QCOMPARE(r.table.sourcePage(cited), 2);
    QCOMPARE(r.table.readNotes(cited).size(), 1);
    QCOMPARE(r.table.readNotes(cited).first().detail, QStringLiteral("参考资料"));
}

void TestPdfReportReader::encryptedIsRefused()
{
    // The standard security handler with a user password: O and U were made for a password that is
    // not empty, so the file cannot be opened without it.
    QList<QByteArray> objects = onePage();
    objects.append("<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 "
                   "/O <2f8c4cd5f7e5b2b5a1d7c96a0e4f1d3a6b9e2c7d8f0a1b2c3d4e5f60718293a4> "
                   "/U <9a1c7e5d3b2f4a6c8e0d1f3b5a7c9e2d4f6a8c0e1b3d5f7a9c2e4d6f8b0a1c3e> >>");
    const Read r = readBytes(test::pdfFromObjects(
        objects, "/Encrypt 4 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]"));
    QVERIFY(!r.report.ok());
    QVERIFY2(r.report.error.contains(QLatin1String("password")), qPrintable(r.report.error));
    QVERIFY(r.table.isEmpty());
}

void TestPdfReportReader::truncatedIsRefused()
{
    const QByteArray whole =
        test::pdfFromHtml(QStringLiteral("<p>The dropper (SHA-256 %1) was seen.</p>").arg(kSha256), QPageSize::A4);
    QVERIFY(readBytes(whole).report.ok());
    const Read r = readBytes(whole.first(whole.size() * 2 / 3));
    QVERIFY(!r.report.ok());
    QVERIFY2(r.report.error.contains(QLatin1String("truncated")), qPrintable(r.report.error));
    QVERIFY(r.table.isEmpty());
}

void TestPdfReportReader::imageOnlyIsRefused()
{
    const Read r = readBytes(test::pdfImageOnly());
    QVERIFY(!r.report.ok());
    QVERIFY2(r.report.error.contains(QLatin1String("holds no text")), qPrintable(r.report.error));
}

void TestPdfReportReader::tenThousandPagesAreRefused()
{
    constexpr int kPages = 10000;
    QByteArray kids;
    QList<QByteArray> objects{"<< /Type /Catalog /Pages 2 0 R >>", QByteArray()};
    for (int i = 0; i < kPages; ++i) {
        kids += QByteArray::number(i + 3) + " 0 R ";
        objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>");
    }
    objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(kPages) + " >>";
    QElapsedTimer timer;
    timer.start();
    const Read r = readBytes(test::pdfFromObjects(objects));
    QVERIFY(!r.report.ok());
    QVERIFY2(r.report.error.contains(QLatin1String("10,000 pages")), qPrintable(r.report.error));
    QVERIFY(timer.elapsed() < 10000);
}

void TestPdfReportReader::deepNestingIsRefused()
{
    // A page whose resources are arrays nested 100,000 deep, and a content stream of as many nested
    // arrays: the parser's depth limit must stop it, not the stack.
    constexpr int kDepth = 100000;
    const QByteArray nested = QByteArray(kDepth, '[') + QByteArray(kDepth, ']');
    QList<QByteArray> objects = onePage();
    objects[2] = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Resources " + nested + " /Contents 4 0 R >>";
    const QByteArray content = nested + " BT /F1 12 Tf (203.0.113.77) Tj ET";
    objects.append("<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream");
    QElapsedTimer timer;
    timer.start();
    const Read r = readBytes(test::pdfFromObjects(objects));
    QVERIFY(!r.report.ok());
    QVERIFY(!r.report.error.isEmpty());
    QVERIFY(timer.elapsed() < 30000);
}

void TestPdfReportReader::notAPdf()
{
    ReadOptions options;
    options.format = FileFormat::Pdf;
    QBuffer buffer;
    buffer.setData("evil.example.com\n");
    buffer.open(QIODevice::ReadOnly);
    IndicatorTable table;
    const ReadReport report = TableReader::read(buffer, table, options);
    QCOMPARE(report.error, QStringLiteral("The file is not a PDF document."));
}

void TestPdfReportReader::hundredPagesSpeed()
{
    const QByteArray pdf = test::longReportPdf(100);
    QElapsedTimer timer;
    timer.start();
    const Read r = readBytes(pdf);
    const qint64 ms = timer.elapsed();
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(r.table.rowCount(), 100 * 6 * 4); // a hash, a URL and its host, an address per sample
    QCOMPARE(r.table.sourcePage(r.table.rowCount() - 1), 100);
    qInfo("100-page report (%lld KiB) to %d rows in %lld ms", static_cast<long long>(pdf.size() / 1024),
          r.table.rowCount(), static_cast<long long>(ms));
}

QTEST_MAIN(TestPdfReportReader)
#include "TestPdfReportReader.moc"
