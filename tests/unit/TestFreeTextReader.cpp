// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document/IndicatorDocument.h"
#include "core/indicator/IndicatorEnums.h"
#include "core/indicator/IndicatorTable.h"
#include "core/io/FreeTextReader.h"
#include "core/io/TableReader.h"
#include "core/model/IndicatorColumns.h"
#include "core/model/IndicatorTableModel.h"
#include "core/validation/Fixes.h"
#include "support/ReaderTestSupport.h"
#include "support/TestSupport.h"

#include <QBuffer>
#include <QtTest>

using namespace im;
using test::Read;
using test::readBytes;
using test::readFixture;

namespace {

QStringList rowsOf(const IndicatorTable &table)
{
    QStringList rows;
    for (int i = 0; i < table.rowCount(); ++i)
        rows.append(table.text(i, Field::IndicatorType) + u'=' + table.text(i, Field::IndicatorValue));
    return rows;
}

QStringList found(const QString &line)
{
    QStringList out;
    for (const auto &f : FreeTextReader::extract(line))
        out.append(QString::fromLatin1(apiName(f.type)) + u'=' + f.value);
    return out;
}

} // namespace

class TestFreeTextReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refangsEveryStyle_data();
    void refangsEveryStyle();
    void extractsFromALine_data();
    void extractsFromALine();
    void markdownReport();
    void everyRowRecordsItsLineAndContext();
    void everyRowKeepsItsSentence();
    void contextFollowsRowsThroughSortAndEdits();
    void countsPerTypeAndRepeats();
    void htmlReportDropsTagsScriptsAndStyles();
    void asciidocReport();
    void proseTextIsNotAnIocList();
    void iocListStaysAnIocList();
    void textWithoutIndicatorsIsRefused();
    void contextHints_data();
    void contextHints();
    void hintedRowsCarryADismissableWarning();
    void aUrlsHostCarriesAWarningUntilNamedAlone();
    void contextMarksTheRowsOwnMention_data();
    void contextMarksTheRowsOwnMention();
    void vendorReports_data();
    void vendorReports();
    void sectionTitles_data();
    void sectionTitles();
    void valuesInAReferencesSectionAreHinted();
    void chineseReferencesSectionsAreHinted_data();
    void chineseReferencesSectionsAreHinted();
};

void TestFreeTextReader::refangsEveryStyle_data()
{
    QTest::addColumn<QString>("defanged");
    QTest::addColumn<QString>("expected");
    QTest::newRow("[.]") << "evil[.]com"
                         << "evil.com";
    QTest::newRow("(.)") << "evil(.)com"
                         << "evil.com";
    QTest::newRow("{.}") << "evil{.}com"
                         << "evil.com";
    QTest::newRow("[dot]") << "evil[dot]com"
                           << "evil.com";
    QTest::newRow("(dot)") << "evil(dot)com"
                           << "evil.com";
    QTest::newRow("[DOT] spaced") << "evil [DOT] com"
                                  << "evil.com";
    QTest::newRow("backslash dot") << "evil\\.com"
                                   << "evil.com";
    QTest::newRow("hxxp") << "hxxp://evil.com"
                          << "http://evil.com";
    QTest::newRow("hXXps") << "hXXps://evil.com"
                           << "https://evil.com";
    QTest::newRow("[:]") << "hxxps[:]//evil.com"
                         << "https://evil.com";
    QTest::newRow("[://]") << "http[://]evil.com"
                           << "http://evil.com";
    QTest::newRow("[/]") << "evil.com[/]path"
                         << "evil.com/path";
    QTest::newRow("[@]") << "mail[@]evil.com"
                         << "mail@evil.com";
    QTest::newRow("(at)") << "mail(at)evil.com"
                          << "mail@evil.com";
    QTest::newRow("fxp") << "fxp://files.evil.com"
                         << "ftp://files.evil.com";
    QTest::newRow("plain text unchanged") << "nothing (here) [really]"
                                          << "nothing (here) [really]";
}

void TestFreeTextReader::refangsEveryStyle()
{
    QFETCH(QString, defanged);
    QFETCH(QString, expected);
    QCOMPARE(FreeTextReader::refang(defanged), expected);
}

void TestFreeTextReader::extractsFromALine_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("url with port and query, trailing period")
        << "Beacon to hxxp://c2.example[.]net:8443/gate.php?id=42&os=win."
        << QStringList{QStringLiteral("Url=http://c2.example.net:8443/gate.php?id=42&os=win"),
                       QStringLiteral("DomainName=c2.example.net")};
    QTest::newRow("hash in a longer hex run is not split")
        << "key 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef01234567 end" << QStringList{};
    QTest::newRow("hash glued to a word is not taken") << "id_0cc175b9c0f1b6a831c399e269772661" << QStringList{};
    QTest::newRow("upper-case sha1 in backticks")
        << "`3C1F7E2A9B8D4C6E0F1A2B3C4D5E6F708192A3B4`"
        << QStringList{QStringLiteral("FileSha1=3c1f7e2a9b8d4c6e0f1a2b3c4d5e6f708192a3b4")};
    QTest::newRow("ipv6") << "over 2001:db8:85a3::8a2e:370:7334 today"
                          << QStringList{QStringLiteral("IpAddress=2001:db8:85a3::8a2e:370:7334")};
    QTest::newRow("time is no ipv6") << "at 10:30:00 UTC" << QStringList{};
    QTest::newRow("version is no address") << "build 10.0.19041.1 and 1.2.3" << QStringList{};
    QTest::newRow("punycode") << "lookalike xn--mcrosoft-5za.com"
                              << QStringList{QStringLiteral("DomainName=xn--mcrosoft-5za.com")};
    QTest::newRow("file names are no domains") << "HTTPParser.dll setup.sh config.py report.pdf" << QStringList{};
    QTest::newRow("e-mail gives its domain")
        << "from billing@evil-corp.xyz" << QStringList{QStringLiteral("DomainName=evil-corp.xyz")};
    QTest::newRow("defanged e-mail gives its domain")
        << "sent by x[@]phish-site[.]top and y(at)sub.other-bad[.]club, not by first.last@"
        << QStringList{QStringLiteral("DomainName=phish-site.top"), QStringLiteral("DomainName=sub.other-bad.club")};
    // Defender enforces an HTTPS URL's path only in Edge: the host blocks it in other browsers.
    QTest::newRow("a URL gives its host too") << "see https://www.example.org/a.html"
                                              << QStringList{QStringLiteral("Url=https://www.example.org/a.html"),
                                                             QStringLiteral("DomainName=www.example.org")};
    QTest::newRow("a URL's address host is an address row")
        << "get http://198.51.100.9:8080/x"
        << QStringList{QStringLiteral("Url=http://198.51.100.9:8080/x"), QStringLiteral("IpAddress=198.51.100.9")};
    QTest::newRow("several in order") << "203.0.113[.]45, evil[.]com and 0cc175b9c0f1b6a831c399e269772661"
                                      << QStringList{QStringLiteral("IpAddress=203.0.113.45"),
                                                     QStringLiteral("DomainName=evil.com"),
                                                     QStringLiteral("FileMd5=0cc175b9c0f1b6a831c399e269772661")};
}

void TestFreeTextReader::extractsFromALine()
{
    QFETCH(QString, line);
    QFETCH(QStringList, expected);
    QCOMPARE(found(line), expected);
}

void TestFreeTextReader::markdownReport()
{
    const Read r = readFixture(QStringLiteral("text/report.md"));
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(r.report.format, FileFormat::Text);
    const QStringList expected = {
        QStringLiteral("Url=https://cdn7.example.net/files/ld.bin"),
        QStringLiteral("DomainName=cdn7.example.net"),
        QStringLiteral("Url=http://update-check.example.net:8443/gate.php?id=42&os=win"),
        QStringLiteral("DomainName=update-check.example.net"),
        QStringLiteral("Url=https://www.example.org/research/2026/phishing-wave.html"),
        QStringLiteral("DomainName=www.example.org"),
        QStringLiteral("IpAddress=203.0.113.45"),
        QStringLiteral("IpAddress=198.51.100.7"),
        QStringLiteral("IpAddress=192.0.2.200"),
        QStringLiteral("DomainName=login-verify.example.org"),
        QStringLiteral("DomainName=secure-docs.example.com"),
        QStringLiteral("IpAddress=2001:db8:85a3::8a2e:370:7334"),
        QStringLiteral("DomainName=example.info"), // from the e-mail address mail[@]example.info
        QStringLiteral("DomainName=xn--mcrosoft-5za.com"),
        QStringLiteral("Url=ftp://files.example.biz/drop"),
        QStringLiteral("DomainName=files.example.biz"),
        QStringLiteral("Url=https://pay.example.co/x"),
        QStringLiteral("DomainName=pay.example.co"),
        QStringLiteral("FileSha256=8a1f2f3c9b7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f"),
        QStringLiteral("FileSha1=3c1f7e2a9b8d4c6e0f1a2b3c4d5e6f708192a3b4"),
        QStringLiteral("FileMd5=0cc175b9c0f1b6a831c399e269772661"),
    };
    QCOMPARE(rowsOf(r.table), expected);
}

void TestFreeTextReader::everyRowRecordsItsLineAndContext()
{
    const Read r = readFixture(QStringLiteral("text/report.md"));
    QVERIFY(r.report.ok());
    QCOMPARE(r.table.sourceLine(0), 6);
    QCOMPARE(r.table.sourceLine(6), 12);
    QVERIFY(r.table.text(6, Field::Description).startsWith(QStringLiteral("The C2 servers were 203.0.113[.]45")));
    // No row is a line of prose.
    for (int i = 0; i < r.table.rowCount(); ++i)
        QVERIFY(!r.table.text(i, Field::IndicatorValue).contains(u' '));
}

namespace {

// The row's context with its value in brackets, "" for a row without one.
QString marked(const IndicatorTable &table, int row)
{
    const auto c = table.sourceContext(row);
    if (c.start < 0)
        return c.text;
    return c.text.left(c.start) + u'[' + c.text.mid(c.start, c.length) + u']' + c.text.mid(c.start + c.length);
}

int rowWithValue(const IndicatorTable &table, const QString &value)
{
    for (int i = 0; i < table.rowCount(); ++i) {
        if (table.text(i, Field::IndicatorValue) == value)
            return i;
    }
    return -1;
}

} // namespace

void TestFreeTextReader::everyRowKeepsItsSentence()
{
    const Read r = readBytes("Intro without values.\n"
                             "The loader   calls evil.example.com and 203.0.113.7 at start.\n"
                             "Defanged: hxxp://bad[.]example.org/x was seen.\n");
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QVERIFY(r.table.hasSourceContext());
    QCOMPARE(marked(r.table, rowWithValue(r.table, QStringLiteral("evil.example.com"))),
             QStringLiteral("The loader calls [evil.example.com] and 203.0.113.7 at start."));
    QCOMPARE(marked(r.table, rowWithValue(r.table, QStringLiteral("203.0.113.7"))),
             QStringLiteral("The loader calls evil.example.com and [203.0.113.7] at start."));
    // A defanged value is shown in the restored line, where it can be highlighted.
    QCOMPARE(marked(r.table, rowWithValue(r.table, QStringLiteral("http://bad.example.org/x"))),
             QStringLiteral("Defanged: [http://bad.example.org/x] was seen."));
    // Rows read from a table have no context.
    const Read csv = readBytes("IndicatorType,IndicatorValue\nDomainName,evil.example.com\n");
    QVERIFY2(csv.report.ok(), qPrintable(csv.report.error));
    QVERIFY(!csv.table.hasSourceContext());
    QVERIFY(csv.table.sourceContext(0).text.isEmpty());
}

void TestFreeTextReader::contextFollowsRowsThroughSortAndEdits()
{
    Read r = readBytes("First comes zeta.example.com in the report.\nThen alpha.example.com follows after it.\n"
                       "Last is 198.51.100.4 at the end.\n");
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    const QString alpha = QStringLiteral("Then [alpha.example.com] follows after it.");

    // Sorting is a view order: the model's rows map to table rows that keep their context.
    IndicatorTableModel model;
    auto doc = std::make_unique<IndicatorDocument>(std::move(r.table));
    doc->validateAll();
    model.setDocument(std::move(doc));
    model.sort(static_cast<int>(Column::IndicatorValue));
    const IndicatorTable &table = model.document().table();
    QCOMPARE(marked(table, model.tableRow(0)), QStringLiteral("Last is [198.51.100.4] at the end."));
    QCOMPARE(marked(table, model.tableRow(1)), alpha);

    // Rows inserted before and removed around a row leave its context with it.
    const std::vector<RowId> inserted = model.insertIndicators(0, {test::validIndicator()});
    QCOMPARE(inserted.size(), size_t(1));
    QVERIFY(table.sourceContext(table.rowOf(inserted.front())).text.isEmpty());
    QCOMPARE(marked(table, rowWithValue(table, QStringLiteral("alpha.example.com"))), alpha);
    const RemovedRows removed =
        model.removeRowsById({table.rowId(rowWithValue(table, QStringLiteral("zeta.example.com")))});
    QCOMPARE(marked(table, rowWithValue(table, QStringLiteral("alpha.example.com"))), alpha);
    model.restoreRows(removed);
    QCOMPARE(marked(table, rowWithValue(table, QStringLiteral("zeta.example.com"))),
             QStringLiteral("First comes [zeta.example.com] in the report."));
}

void TestFreeTextReader::countsPerTypeAndRepeats()
{
    const Read r = readFixture(QStringLiteral("text/report.md"));
    QVERIFY(r.report.ok());
    const QString notices = r.report.notices.join(u'\n');
    QVERIFY2(notices.contains(
                 QStringLiteral("by type: DomainName 9, FileMd5 1, FileSha1 1, FileSha256 1, IpAddress 4, Url 5.")),
             qPrintable(notices));
    QVERIFY(notices.contains(QStringLiteral("1 repeated mention(s) of an indicator already found were taken once")));
}

void TestFreeTextReader::htmlReportDropsTagsScriptsAndStyles()
{
    const Read r = readFixture(QStringLiteral("text/report.html"));
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(
        rowsOf(r.table),
        (QStringList{QStringLiteral("Url=https://cdn7.example.net/files/ld.bin"),
                     QStringLiteral("DomainName=cdn7.example.net"), QStringLiteral("DomainName=attack.example.org"),
                     QStringLiteral("IpAddress=203.0.113.45"),
                     QStringLiteral("FileSha256=8a1f2f3c9b7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f")}));
}

void TestFreeTextReader::asciidocReport()
{
    const Read r = readFixture(QStringLiteral("text/report.adoc"));
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(rowsOf(r.table), (QStringList{QStringLiteral("DomainName=update-check.example.net"),
                                           QStringLiteral("Url=http://198.51.100.9:8080/gate.php?id=1"),
                                           QStringLiteral("IpAddress=198.51.100.9"),
                                           QStringLiteral("FileSha1=3c1f7e2a9b8d4c6e0f1a2b3c4d5e6f708192a3b4"),
                                           QStringLiteral("DomainName=cdn7.example.net")}));
    QCOMPARE(r.table.sourceLine(4), 10);
}

void TestFreeTextReader::proseTextIsNotAnIocList()
{
    const Read r = readFixture(QStringLiteral("text/prose.txt"));
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(r.report.format, FileFormat::Text);
    QCOMPARE(
        rowsOf(r.table),
        (QStringList{QStringLiteral("DomainName=evil-updates.example.com"), QStringLiteral("IpAddress=203.0.113.77"),
                     QStringLiteral("FileSha256=e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")}));
}

void TestFreeTextReader::iocListStaysAnIocList()
{
    const Read r = readBytes("# feed\nevil.example.com\n203.0.113.9 C2 server seen twice\n"
                             "0cc175b9c0f1b6a831c399e269772661\n");
    QVERIFY(r.report.ok());
    QCOMPARE(r.report.format, FileFormat::IocList);
    QCOMPARE(r.table.rowCount(), 3);
}

void TestFreeTextReader::textWithoutIndicatorsIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.md"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# Notes\n\nNothing to see in this meeting summary at all.\n");
    file.close();
    IndicatorTable table;
    const ReadReport report = TableReader::readFile(path, table);
    QVERIFY(!report.ok());
    QVERIFY2(report.error.contains(QStringLiteral("No indicator was found in the text (3 line(s) read)")),
             qPrintable(report.error));
}

void TestFreeTextReader::contextHints_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("hint");
    QTest::newRow("victim") << "The victim's mail server 192.0.2.10 relayed it."
                            << "192.0.2.10"
                            << "victim";
    QTest::newRow("sinkhole") << "The domain evil.example.com is now sinkholed."
                              << "evil.example.com"
                              << "sinkholed";
    QTest::newRow("legitimate") << "It abuses the legitimate update.microsoft.com service."
                                << "update.microsoft.com"
                                << "legitimate";
    QTest::newRow("not malicious") << "The file aa.example.net is not malicious."
                                   << "aa.example.net"
                                   << "not malicious";
    QTest::newRow("for example") << "For example, hxxp://a[.]example[.]org/x is shown."
                                 << "http://a.example.org/x"
                                 << "example";
    QTest::newRow("zh_CN victim") << QStringLiteral("受害者主机 203.0.113.5 被入侵。") << "203.0.113.5"
                                  << QStringLiteral("受害");
    QTest::newRow("zh_TW benign") << QStringLiteral("203.0.113.6 為非惡意的掃描器。") << "203.0.113.6"
                                  << QStringLiteral("非惡意");
    QTest::newRow("example inside a host name") << "The C2 is evil.example.com."
                                                << "evil.example.com" << QString();
    QTest::newRow("far away") << QStringLiteral("The victim was phished. ") + QString(100, u'x')
                                     + QStringLiteral(" Later 198.51.100.4 served it.")
                              << "198.51.100.4" << QString();
    QTest::newRow("none") << "The actor's server 198.51.100.5 served the loader."
                          << "198.51.100.5" << QString();
}

void TestFreeTextReader::contextHints()
{
    QFETCH(QString, line);
    QFETCH(QString, value);
    QFETCH(QString, hint);
    QCOMPARE(FreeTextReader::contextHint(line, value), hint);
}

void TestFreeTextReader::hintedRowsCarryADismissableWarning()
{
    const Read r = readBytes("The actor's C2 was 198.51.100.5 for months, and the reports below describe its\n"
                             "loader in detail; the sinkhole at 203.0.113.66 now answers for the old domain.\n");
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(rowsOf(r.table),
             (QStringList{QStringLiteral("IpAddress=198.51.100.5"), QStringLiteral("IpAddress=203.0.113.66")}));
    QVERIFY(r.table.readNotes(0).isEmpty());
    const QList<ReadNote> notes = r.table.readNotes(1);
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes[0].code, IssueCode::ReadContextHint);
    QCOMPARE(notes[0].detail, QStringLiteral("sinkhole"));
    QCOMPARE(issueInfo(IssueCode::ReadContextHint).severity, IssueSeverity::Warning);
    QVERIFY(r.report.notices.join(u'\n').contains(QLatin1String("1 indicator(s) stand next to")));
}

void TestFreeTextReader::aUrlsHostCarriesAWarningUntilNamedAlone()
{
    Read r = readBytes("The dropper fetched hxxps://files.badhost[.]xyz/s2.bin at start, then\n"
                       "called https://c2.badhost.xyz/gate and later c2.badhost[.]xyz on its own.\n");
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(rowsOf(r.table), (QStringList{QStringLiteral("Url=https://files.badhost.xyz/s2.bin"),
                                           QStringLiteral("DomainName=files.badhost.xyz"),
                                           QStringLiteral("Url=https://c2.badhost.xyz/gate"),
                                           QStringLiteral("DomainName=c2.badhost.xyz")}));
    // A host the report names only in a URL: warned about, naming the URL.
    const QList<ReadNote> notes = r.table.readNotes(1);
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes[0].code, IssueCode::ReadHostOfUrl);
    QCOMPARE(notes[0].detail, QStringLiteral("https://files.badhost.xyz/s2.bin"));
    QCOMPARE(issueInfo(IssueCode::ReadHostOfUrl).severity, IssueSeverity::Warning);
    // A host also named alone: no warning, and its mark is on its own mention, not inside the URL.
    QVERIFY(r.table.readNotes(3).isEmpty());
    const auto context = r.table.sourceContext(3);
    QCOMPARE(context.start, context.text.lastIndexOf(QLatin1String("c2.badhost.xyz")));
    QVERIFY(context.start > context.text.indexOf(QLatin1String("and later")));
    const QString notices = r.report.notices.join(u'\n');
    QVERIFY2(notices.contains(QLatin1String("1 domain(s) or address(es) were taken from the hosts of URLs")),
             qPrintable(notices));
    QVERIFY2(!notices.contains(QLatin1String("repeated mention")), qPrintable(notices));

    // Checked once, the warning goes.
    IndicatorDocument doc(std::move(r.table));
    doc.validateAll();
    QVERIFY(test::codesOf(doc.issues(1)).contains(QLatin1String("read.host-of-url")));
    const std::optional<Fix> fix = Fixes::suggest(doc.table().cells(1), IssueCode::ReadHostOfUrl);
    QVERIFY(fix.has_value());
    QCOMPARE(fix->label, QStringLiteral("I have checked this row"));
    doc.applyFix(1, *fix);
    QVERIFY(!test::codesOf(doc.issues(1)).contains(QLatin1String("read.host-of-url")));
}

void TestFreeTextReader::contextMarksTheRowsOwnMention_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("contextText");
    const QString plain =
        QStringLiteral("Payload from http://cdn.badhost.xyz/a.bin, and later cdn.badhost.xyz itself served it.");
    QTest::newRow("as written") << plain.toUtf8() << plain;
    QTest::newRow("defanged") << QByteArray(
        "Payload from hxxp://cdn[.]badhost[.]xyz/a.bin, and later cdn[.]badhost[.]xyz itself served it.")
                              << plain;
    QTest::newRow("hash twice, capitals") << QByteArray(
        "Hash 0CC175B9C0F1B6A831C399E269772661 (also seen as http://x.badhost.xyz/0cc175b9c0f1b6a831c399e269772661).")
                                          << QStringLiteral("Hash 0CC175B9C0F1B6A831C399E269772661 (also seen as "
                                                            "http://x.badhost.xyz/0cc175b9c0f1b6a831c399e269772661).");
}

void TestFreeTextReader::contextMarksTheRowsOwnMention()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, contextText);
    // Prose lines around it, so the text is read as a report.
    const Read r = readBytes("The actor changed its hosting several times during the spring campaign.\n" + text + '\n');
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    // The two values, and in the hash's case the host of the URL after them.
    QVERIFY(r.table.rowCount() >= 2);
    for (int i = 0; i < r.table.rowCount(); ++i) {
        const auto context = r.table.sourceContext(i);
        QCOMPARE(context.text, contextText);
        QCOMPARE(context.text.mid(context.start, context.length).toLower(),
                 r.table.text(i, Field::IndicatorValue).toLower());
    }
    const QString url = r.table.text(0, Field::IndicatorValue);
    const QString second = r.table.text(1, Field::IndicatorValue);
    QVERIFY(url.startsWith(QLatin1String("http")) || url.size() == 32);
    // Each row's mark is its own mention: the URL's at the URL, the other value outside it.
    const auto first = r.table.sourceContext(0);
    const auto other = r.table.sourceContext(1);
    if (url.startsWith(QLatin1String("http"))) {
        QCOMPARE(first.start, contextText.indexOf(QLatin1String("http")));
        QCOMPARE(other.start, contextText.lastIndexOf(second, -1, Qt::CaseInsensitive));
    } else {
        // The hash comes first and is marked there, not inside the URL.
        QCOMPARE(first.start, contextText.indexOf(url, 0, Qt::CaseInsensitive));
        QCOMPARE(other.start, contextText.indexOf(QLatin1String("http")));
    }
}

void TestFreeTextReader::vendorReports_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<QStringList>("hinted");
    QTest::addColumn<QString>("counts");
    QTest::newRow("loader report, Markdown")
        << QStringLiteral("text/vendor-loader-report.md")
        << QStringList{QStringLiteral("Url=https://cdn-static.jsdelivery.top/lib/jquery.min.js@16"),
                       QStringLiteral("DomainName=cdn-static.jsdelivery.top@16"), // named alone on line 52 too
                       QStringLiteral("Url=http://update-browser.live:8080/download.php?id=win64&v=131@18"),
                       QStringLiteral("DomainName=update-browser.live@18"), // named alone on line 53 too
                       QStringLiteral("DomainName=panel.quillsync.xyz@25"),
                       QStringLiteral("IpAddress=91.215.85.142@32"),
                       QStringLiteral("IpAddress=2a03:b0c0:3:d0::1f4:6001@32"),
                       QStringLiteral("IpAddress=185.220.101.47@33"),
                       QStringLiteral("DomainName=www.microsoft.com@34"),
                       QStringLiteral("IpAddress=8.8.8.8@34"),
                       QStringLiteral("FileMd5=5d41402abc4b2a76b9719d911017c592@41"),
                       QStringLiteral("FileSha1=aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d@42"),
                       QStringLiteral("FileSha256=2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824@43"),
                       QStringLiteral("Url=https://update-browser.live:8080/download.php?id=win64&v=131@55"),
                       QStringLiteral("FileSha256=e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855@60"),
                       QStringLiteral("Url=https://files.quillsync.xyz/s/st.bin@62"),
                       QStringLiteral("DomainName=files.quillsync.xyz@62"),
                       QStringLiteral("DomainName=stealer-gw.quillsync.xyz@63"),
                       QStringLiteral("DomainName=quillsync.xyz@63"), // exfil[@]quillsync[.]xyz
                       QStringLiteral("Url=https://www.example.com/blog/fake-updates-2026@71"),
                       QStringLiteral("DomainName=www.example.com@71"),
                       QStringLiteral("Url=https://attack.mitre.org/techniques/T1189/@72"),
                       QStringLiteral("DomainName=attack.mitre.org@72"),
                       QStringLiteral("Url=https://learn.microsoft.com/en-us/windows/security/@73"),
                       QStringLiteral("DomainName=learn.microsoft.com@73")}
        << QStringList{QStringLiteral("www.microsoft.com|legitimate"),
                       QStringLiteral("8.8.8.8|legitimate"),
                       QStringLiteral("https://www.example.com/blog/fake-updates-2026|References"),
                       QStringLiteral("www.example.com|References"),
                       QStringLiteral("https://attack.mitre.org/techniques/T1189/|References"),
                       QStringLiteral("attack.mitre.org|References"),
                       QStringLiteral("https://learn.microsoft.com/en-us/windows/security/|References"),
                       QStringLiteral("learn.microsoft.com|References")}
        << QStringLiteral("Indicators found in the text, by type: DomainName 10, FileMd5 1, FileSha1 1, FileSha256 2, "
                          "IpAddress 4, Url 7.");
    QTest::newRow("advisory, plain text")
        << QStringLiteral("text/advisory-plain.txt")
        << QStringList{QStringLiteral("IpAddress=45.155.205.233@12"),
                       QStringLiteral("IpAddress=194.165.16.11@12"),
                       QStringLiteral("FileSha256=3b4f8e2a1c9d7b6e5f4a3c2b1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e@14"),
                       QStringLiteral("FileMd5=9e107d9d372bb6826bd81d3542a419d6@15"),
                       QStringLiteral("IpAddress=5.188.86.114@15"),
                       QStringLiteral("Url=https://exfil-store.s3-bucket-files.com/upload?key=a8f2&part=3@16"),
                       QStringLiteral("DomainName=exfil-store.s3-bucket-files.com@16"),
                       QStringLiteral("Url=http://quillxtortxyz2jdx4bq7pz3h2nfwlj5f4xk3yx6e5p7c4m2rabcdefg.onion@18"),
                       QStringLiteral("DomainName=quillxtortxyz2jdx4bq7pz3h2nfwlj5f4xk3yx6e5p7c4m2rabcdefg.onion@18"),
                       QStringLiteral("DomainName=mailbox-secure.cc@19"), // negotiate[at]mailbox-secure[.]cc
                       QStringLiteral("IpAddress=203.0.113.25@21"),
                       QStringLiteral("IpAddress=198.51.100.200@22"),
                       QStringLiteral("DomainName=staging.extort-cdn.net@23"),
                       QStringLiteral("FileSha1=da39a3ee5e6b4b0d3255bfef95601890afd80709@32"),
                       QStringLiteral("FileSha1=2fd4e1c67a2d28fced849ee1bb76e7391b93eb12@33"),
                       QStringLiteral("Url=https://www.partner-ir.example.net/@37"),
                       QStringLiteral("DomainName=www.partner-ir.example.net@37"),
                       QStringLiteral("Url=https://security.vendor-appliance.com/advisories@38"),
                       QStringLiteral("DomainName=security.vendor-appliance.com@38")}
        // "contacts victims from the address ..." puts the hint on the sender's domain too: a hint is
        // a question to the analyst, and the line does say victims.
        << QStringList{QStringLiteral("mailbox-secure.cc|victims"),
                       QStringLiteral("203.0.113.25|victim"),
                       QStringLiteral("198.51.100.200|sinkhole"),
                       QStringLiteral("https://www.partner-ir.example.net/|Acknowledgements"),
                       QStringLiteral("www.partner-ir.example.net|Acknowledgements"),
                       QStringLiteral("https://security.vendor-appliance.com/advisories|Acknowledgements"),
                       QStringLiteral("security.vendor-appliance.com|Acknowledgements")}
        << QStringLiteral("Indicators found in the text, by type: DomainName 6, FileMd5 1, FileSha1 2, FileSha256 1, "
                          "IpAddress 5, Url 4.");
    QTest::newRow("Chinese report, Markdown")
        << QStringLiteral("text/apt-report-zh.md")
        << QStringList{QStringLiteral("Url=https://docs-check.energy-notice.org/tpl/update.dotm@8"),
                       QStringLiteral("DomainName=docs-check.energy-notice.org@8"), // named alone on line 32 too
                       QStringLiteral("IpAddress=192.0.2.44@9"),
                       QStringLiteral("IpAddress=47.243.112.91@13"),
                       QStringLiteral("DomainName=energy-sync.net@13"),
                       QStringLiteral("DomainName=cdn.energy-sync.net@18"),
                       QStringLiteral("FileMd5=7215ee9c7d9dc229d2921a40e899ec5f@25"),
                       QStringLiteral("FileSha256=a591a6d40bf420404a011733cfb7b190d62c65bf0bcda32b57b277d9ad9f146e@26"),
                       QStringLiteral("DomainName=www.dropbox.com@28"),
                       QStringLiteral("Url=https://cdn.energy-sync.net:8443/api/v2/heartbeat?uid=8f14e45f&ver=3.1@34"),
                       QStringLiteral("IpAddress=2406:da18:e4c:3300:0:0:0:19@36"),
                       QStringLiteral("Url=https://www.example.org/apt/energy-2025@40"),
                       QStringLiteral("DomainName=www.example.org@40"),
                       QStringLiteral("Url=https://attack.mitre.org/techniques/T1566/001/@41"),
                       QStringLiteral("DomainName=attack.mitre.org@41")}
        << QStringList{QStringLiteral("192.0.2.44|受害"),
                       QStringLiteral("www.dropbox.com|合法"),
                       QStringLiteral("https://www.example.org/apt/energy-2025|参考资料"),
                       QStringLiteral("www.example.org|参考资料"),
                       QStringLiteral("https://attack.mitre.org/techniques/T1566/001/|参考资料"),
                       QStringLiteral("attack.mitre.org|参考资料")}
        << QStringLiteral(
               "Indicators found in the text, by type: DomainName 6, FileMd5 1, FileSha256 1, IpAddress 3, Url 4.");
}

void TestFreeTextReader::vendorReports()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, rows);
    QFETCH(QStringList, hinted);
    QFETCH(QString, counts);
    const Read r = readFixture(fixture);
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(r.report.format, FileFormat::Text);
    QStringList got;
    QStringList gotHinted;
    for (int i = 0; i < r.table.rowCount(); ++i) {
        got.append(QStringLiteral("%1=%2@%3")
                       .arg(r.table.text(i, Field::IndicatorType), r.table.text(i, Field::IndicatorValue))
                       .arg(r.table.sourceLine(i)));
        for (const ReadNote &note : r.table.readNotes(i)) {
            if (note.code == IssueCode::ReadContextHint)
                gotHinted.append(r.table.text(i, Field::IndicatorValue) + u'|' + note.detail);
        }
    }
    // Exactly these rows (type, value, line): no prose line as a row, values refanged, hashes in lower case.
    QCOMPARE(got, rows);
    // The victim's, the sinkhole's and the legitimate services' values, and the cited links, carry the hint.
    QCOMPARE(gotHinted, hinted);
    QVERIFY2(r.report.notices.join(u'\n').contains(counts), qPrintable(r.report.notices.join(u'\n')));
}

void TestFreeTextReader::sectionTitles_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("title");
    const int refs = int(FreeTextReader::Section::References);
    const int other = int(FreeTextReader::Section::Other);
    const int none = int(FreeTextReader::Section::None);
    QTest::newRow("markdown") << "## References" << refs << "References";
    QTest::newRow("asciidoc") << "== Acknowledgements" << refs << "Acknowledgements";
    QTest::newRow("plain") << "References" << refs << "References";
    QTest::newRow("numbered with colon") << "7. Further reading:" << refs << "Further reading";
    QTest::newRow("bold") << "**Acknowledgments**" << refs << "Acknowledgments";
    QTest::newRow("two joined") << "### References and further reading" << refs << "References and further reading";
    QTest::newRow("capitals") << "REFERENCES" << refs << "REFERENCES";
    QTest::newRow("zh_CN") << QStringLiteral("## 参考资料") << refs << QStringLiteral("参考资料");
    QTest::newRow("zh_CN numbered") << QStringLiteral("七、致谢") << refs << QStringLiteral("致谢");
    QTest::newRow("zh_TW") << QStringLiteral("參考文獻") << refs << QStringLiteral("參考文獻");
    QTest::newRow("zh_TW thanks") << QStringLiteral("## 致謝") << refs << QStringLiteral("致謝");
    QTest::newRow("other heading") << "## Indicators of compromise" << other << "Indicators of compromise";
    QTest::newRow("plain usual name") << "Appendix A: IOCs" << other << "IOCs";
    QTest::newRow("capitals other") << "TECHNICAL ANALYSIS" << other << "TECHNICAL ANALYSIS";
    QTest::newRow("zh other") << QStringLiteral("## 入侵指標") << other << QStringLiteral("入侵指標");
    QTest::newRow("prose") << "The references below were checked by the team in March." << none << QString();
    QTest::newRow("word in a sentence") << "See the references." << none << QString();
    QTest::newRow("reference item") << "[1] Kaspersky, Operation Example, 2024" << none << QString();
}

void TestFreeTextReader::sectionTitles()
{
    QFETCH(QString, line);
    QFETCH(int, kind);
    QFETCH(QString, title);
    const FreeTextReader::SectionTitle section = FreeTextReader::sectionTitle(line);
    QCOMPARE(int(section.kind), kind);
    QCOMPARE(section.title, title);
}

void TestFreeTextReader::valuesInAReferencesSectionAreHinted()
{
    const Read r = readBytes("# Operation Example\n"
                             "The loader beacons to c2.badhost.xyz and drops a second stage from\n"
                             "hxxps://files.badhost[.]xyz/s2.bin every hour.\n"
                             "## References\n"
                             "1. Earlier write-up: https://research.vendor-blog.com/2024/loader-analysis\n"
                             "2. MITRE: https://attack.mitre.org/techniques/T1071/\n"
                             "## Appendix: more indicators\n"
                             "A later sample called 203.0.113.50 as well.\n");
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(rowsOf(r.table),
             (QStringList{QStringLiteral("DomainName=c2.badhost.xyz"),
                          QStringLiteral("Url=https://files.badhost.xyz/s2.bin"),
                          QStringLiteral("DomainName=files.badhost.xyz"),
                          QStringLiteral("Url=https://research.vendor-blog.com/2024/loader-analysis"),
                          QStringLiteral("DomainName=research.vendor-blog.com"),
                          QStringLiteral("Url=https://attack.mitre.org/techniques/T1071/"),
                          QStringLiteral("DomainName=attack.mitre.org"), QStringLiteral("IpAddress=203.0.113.50")}));
    QStringList hinted;
    for (int i = 0; i < r.table.rowCount(); ++i) {
        for (const ReadNote &note : r.table.readNotes(i)) {
            if (note.code != IssueCode::ReadContextHint)
                continue;
            QCOMPARE(note.detail, QStringLiteral("References"));
            hinted.append(r.table.text(i, Field::IndicatorValue));
        }
    }
    // The references and their hosts, and only them: the section ends at the next heading.
    QCOMPARE(hinted, (QStringList{QStringLiteral("https://research.vendor-blog.com/2024/loader-analysis"),
                                  QStringLiteral("research.vendor-blog.com"),
                                  QStringLiteral("https://attack.mitre.org/techniques/T1071/"),
                                  QStringLiteral("attack.mitre.org")}));
    QVERIFY(r.report.notices.join(u'\n').contains(QLatin1String("4 indicator(s) stand next to")));
}

void TestFreeTextReader::chineseReferencesSectionsAreHinted_data()
{
    QTest::addColumn<QString>("title");
    QTest::newRow("zh_CN") << QStringLiteral("参考链接");
    QTest::newRow("zh_CN thanks") << QStringLiteral("致谢");
    QTest::newRow("zh_TW") << QStringLiteral("參考資料");
    QTest::newRow("zh_TW thanks") << QStringLiteral("致謝");
}

void TestFreeTextReader::chineseReferencesSectionsAreHinted()
{
    QFETCH(QString, title);
    const QString text = QStringLiteral("攻击者的 服务器 198.51.100.80 在 三月 分发了载荷。\n## ") + title
                         + QStringLiteral("\n- https://blog.vendor-research.net/apt/report\n");
    const Read r = readBytes(text.toUtf8());
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(rowsOf(r.table), (QStringList{QStringLiteral("IpAddress=198.51.100.80"),
                                           QStringLiteral("Url=https://blog.vendor-research.net/apt/report"),
                                           QStringLiteral("DomainName=blog.vendor-research.net")}));
    QVERIFY(r.table.readNotes(0).isEmpty());
    QCOMPARE(r.table.readNotes(1).size(), 1);
    QCOMPARE(r.table.readNotes(1)[0].detail, title);
    QCOMPARE(r.table.readNotes(2).first().detail, title); // and the URL's host
}

QTEST_GUILESS_MAIN(TestFreeTextReader)
#include "TestFreeTextReader.moc"
