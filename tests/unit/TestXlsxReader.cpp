// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/indicator/IndicatorTable.h"
#include "core/io/SpreadsheetNumbers.h"
#include "core/io/TableReader.h"
#include "core/io/XlsxReader.h"
#include "support/TestSupport.h"

#include <QBuffer>
#include <QFile>
#include <QtTest>

using namespace im;

namespace {

struct Read
{
    ReadReport report;
    IndicatorTable table;
};

Read readFixture(const QString &relative, const ReadOptions &options = {})
{
    Read r;
    r.report = TableReader::readFile(test::dataPath(relative), r.table, options);
    return r;
}

} // namespace

// Workbooks written from ECMA-376 by tests/data/xlsx/make-fixtures.py (not by an office suite), and one
// written by LibreOffice Calc from libreoffice.fods (make-libreoffice-fixture.sh).
class TestXlsxReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstSheetByDefault();
    void libreOfficeWorkbook();
    void numberFormats_data();
    void numberFormats();
    void anotherSheet();
    void sheetNamesAreOffered();
    void sheetByNameOrNumber();
    void surveyFindsTheSheetsWorthReading();
    void fromAStreamToo();
    void hostileWorkbooksAreRefused_data();
    void hostileWorkbooksAreRefused();
};

void TestXlsxReader::firstSheetByDefault()
{
    const Read r = readFixture(QStringLiteral("xlsx/indicators.xlsx"));
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(r.report.format, FileFormat::Xlsx);
    QCOMPARE(formatName(r.report.format), QStringLiteral("xlsx"));
    QCOMPARE(r.report.sheets, (QStringList{QStringLiteral("IOCs"), QStringLiteral("Hashes")}));
    QCOMPARE(r.report.sheet, 0);
    QCOMPARE(r.table.rowCount(), 3);
    QCOMPARE(r.table.text(0, Field::IndicatorType), QStringLiteral("DomainName")); // "Domain" in the sheet
    QCOMPARE(r.table.text(0, Field::IndicatorValue), QStringLiteral("evil.example.com"));
    QCOMPARE(r.table.text(0, Field::GenerateAlert), QStringLiteral("true"));
    QCOMPARE(r.table.sourceLine(0), 2);
    // Row 3 of the sheet is missing: row numbers stay the sheet's own.
    QCOMPARE(r.table.text(1, Field::IndicatorType), QStringLiteral("IpAddress"));
    QCOMPARE(r.table.text(1, Field::Description), QStringLiteral("Seen in the phishing wave, twice")); // rich text runs
    QCOMPARE(r.table.text(1, Field::GenerateAlert), QStringLiteral("false"));
    QCOMPARE(r.table.sourceLine(1), 4);
    // Cells out of column order, an inline string, and Chinese text.
    QCOMPARE(r.table.text(2, Field::IndicatorType), QStringLiteral("FileSha256"));
    QCOMPARE(r.table.text(2, Field::IndicatorValue),
             QStringLiteral("8a1f2f3c9b7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f"));
    QCOMPARE(r.table.text(2, Field::Description), QStringLiteral("漢字 comment"));
    QCOMPARE(r.table.sourceLine(2), 5);
}

void TestXlsxReader::libreOfficeWorkbook()
{
    // Calc writes dates as serial numbers with a date format, booleans as t="b", and a number in a text
    // column as a number.
    const Read r = readFixture(QStringLiteral("xlsx/libreoffice.xlsx"));
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(r.report.sheets, (QStringList{QStringLiteral("Indicators"), QStringLiteral("Notes")}));
    QCOMPARE(r.table.rowCount(), 3);
    QCOMPARE(r.table.text(0, Field::IndicatorValue), QStringLiteral("c2.bad-actor.xyz"));
    QCOMPARE(r.table.text(0, Field::ExpirationTime), QStringLiteral("2027-06-30T00:00:00Z"));
    QCOMPARE(r.table.text(0, Field::GenerateAlert), QStringLiteral("true"));
    QCOMPARE(r.table.sourceLine(0), 2);
    QCOMPARE(r.table.text(1, Field::ExpirationTime), QString());
    QCOMPARE(r.table.text(1, Field::Title), QStringLiteral("钓鱼服务器"));
    QCOMPARE(r.table.text(1, Field::GenerateAlert), QStringLiteral("false"));
    // Row 4 of the sheet is empty: row numbers stay the sheet's own.
    QCOMPARE(r.table.sourceLine(2), 5);
    QCOMPARE(r.table.text(2, Field::ExpirationTime), QStringLiteral("2027-01-15T13:30:00Z"));
    QCOMPARE(r.table.text(2, Field::Description), QStringLiteral("42"));

    ReadOptions options;
    options.sheetName = QStringLiteral("Notes");
    const Read notes = readFixture(QStringLiteral("xlsx/libreoffice.xlsx"), options);
    QVERIFY2(notes.report.ok(), qPrintable(notes.report.error));
    QCOMPARE(notes.table.text(0, Field::IndicatorValue), QStringLiteral("https://bad-actor.xyz:8443/gate.php?id=7"));
}

void TestXlsxReader::numberFormats_data()
{
    QTest::addColumn<int>("formatId");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QString>("text");
    QTest::newRow("general") << 0 << ""
                             << "46568" << false << "46568";
    QTest::newRow("built-in date 14") << 14 << ""
                                      << "46568" << false << "2027-06-30T00:00:00Z";
    QTest::newRow("built-in date and time 22") << 22 << ""
                                               << "46402.5625" << false << "2027-01-15T13:30:00Z";
    QTest::newRow("built-in time 20") << 20 << ""
                                      << "0.75" << false << "18:00:00";
    QTest::newRow("built-in percent 9") << 9 << ""
                                        << "0.25" << false << "0.25";
    QTest::newRow("custom date") << 165 << "yyyy\\-mm\\-dd"
                                 << "46568" << false << "2027-06-30T00:00:00Z";
    QTest::newRow("custom day-month") << 166 << "d/m/yy;@"
                                      << "46568" << false << "2027-06-30T00:00:00Z";
    QTest::newRow("quoted letters are text") << 167 << "0\" days\""
                                             << "12" << false << "12";
    QTest::newRow("colour and locale brackets") << 168 << "[Red][$-409]#,##0.00"
                                                << "3.5" << false << "3.5";
    QTest::newRow("LibreOffice boolean") << 169 << "\"TRUE\";\"TRUE\";\"FALSE\""
                                         << "0" << false << "false";
    QTest::newRow("1904 system") << 14 << ""
                                 << "45106" << true << "2027-06-30T00:00:00Z";
    QTest::newRow("before the day that never was") << 14 << ""
                                                   << "59" << false << "1900-02-28T00:00:00Z";
    QTest::newRow("after it") << 14 << ""
                              << "61" << false << "1900-03-01T00:00:00Z";
    QTest::newRow("seconds rounded") << 22 << ""
                                     << "46402.56250001" << false << "2027-01-15T13:30:00Z";
    QTest::newRow("out of range stays a number") << 14 << ""
                                                 << "3000000" << false << "3000000";
    QTest::newRow("negative stays a number") << 14 << ""
                                             << "-1" << false << "-1";
}

void TestXlsxReader::numberFormats()
{
    QFETCH(int, formatId);
    QFETCH(QString, code);
    QFETCH(QString, number);
    QFETCH(bool, date1904);
    QFETCH(QString, text);
    QCOMPARE(numberText(number, numberKind(formatId, code), date1904), text);
}

void TestXlsxReader::anotherSheet()
{
    ReadOptions options;
    options.sheet = 1;
    const Read r = readFixture(QStringLiteral("xlsx/indicators.xlsx"), options);
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(r.report.sheet, 1);
    QCOMPARE(r.table.rowCount(), 1);
    QCOMPARE(r.table.text(0, Field::IndicatorType), QStringLiteral("FileMd5"));
    QVERIFY(r.report.notices.join(u'\n').contains(QStringLiteral("\"Score\"")));

    options.sheet = 2;
    const Read missing = readFixture(QStringLiteral("xlsx/indicators.xlsx"), options);
    QVERIFY(!missing.report.ok());
    QVERIFY2(missing.report.error.contains(QStringLiteral("no sheet 3")), qPrintable(missing.report.error));
}

void TestXlsxReader::sheetNamesAreOffered()
{
    QFile file(test::dataPath(QStringLiteral("xlsx/indicators.xlsx")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    QCOMPARE(XlsxReader::sheetNames(file, &error), (QStringList{QStringLiteral("IOCs"), QStringLiteral("Hashes")}));
    QVERIFY(error.isEmpty());
}

void TestXlsxReader::sheetByNameOrNumber()
{
    ReadOptions options;
    options.sheetName = QStringLiteral("hashes"); // letter case ignored
    const Read byName = readFixture(QStringLiteral("xlsx/indicators.xlsx"), options);
    QVERIFY2(byName.report.ok(), qPrintable(byName.report.error));
    QCOMPARE(byName.report.sheet, 1);
    QCOMPARE(byName.table.text(0, Field::IndicatorType), QStringLiteral("FileMd5"));
    QVERIFY2(byName.report.notices.join(u'\n').contains(QStringLiteral("not read: IOCs")),
             qPrintable(byName.report.notices.join(u'\n')));

    options.sheetName = QStringLiteral("2");
    const Read byNumber = readFixture(QStringLiteral("xlsx/indicators.xlsx"), options);
    QVERIFY2(byNumber.report.ok(), qPrintable(byNumber.report.error));
    QCOMPARE(byNumber.report.sheet, 1);

    options.sheetName = QStringLiteral("Sheet9");
    const Read unknown = readFixture(QStringLiteral("xlsx/indicators.xlsx"), options);
    QVERIFY(!unknown.report.ok());
    QVERIFY2(unknown.report.error.contains(QStringLiteral("IOCs, Hashes")), qPrintable(unknown.report.error));
    options.sheetName = QStringLiteral("3");
    QVERIFY(!readFixture(QStringLiteral("xlsx/indicators.xlsx"), options).report.ok());

    // Without a choice, the first sheet, and the notes name the others.
    const Read first = readFixture(QStringLiteral("xlsx/indicators.xlsx"));
    QCOMPARE(first.report.sheet, 0);
    QVERIFY2(first.report.notices.join(u'\n').contains(QStringLiteral(
                 "Sheet \"IOCs\" (1 of 2) was read. The workbook's other sheets were not read: Hashes.")),
             qPrintable(first.report.notices.join(u'\n')));
}

void TestXlsxReader::surveyFindsTheSheetsWorthReading()
{
    QFile file(test::dataPath(QStringLiteral("xlsx/sheets.xlsx")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const std::vector<XlsxReader::SheetSummary> sheets = XlsxReader::survey(file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(sheets.size(), size_t(3));
    QCOMPARE(sheets[0].name, QStringLiteral("Notes"));
    QVERIFY(sheets[0].hasRows && !sheets[0].hasIndicatorColumn);
    QVERIFY(sheets[1].hasRows && sheets[1].hasIndicatorColumn);
    QVERIFY(!sheets[2].hasRows && !sheets[2].hasIndicatorColumn);
    QCOMPARE(XlsxReader::preferredSheet(sheets), 1);

    // Shared strings resolve in the header too.
    QFile mixed(test::dataPath(QStringLiteral("xlsx/indicators.xlsx")));
    QVERIFY(mixed.open(QIODevice::ReadOnly));
    const std::vector<XlsxReader::SheetSummary> two = XlsxReader::survey(mixed, &error);
    QCOMPARE(two.size(), size_t(2));
    QVERIFY(two[0].hasIndicatorColumn && two[1].hasIndicatorColumn);
    QCOMPARE(XlsxReader::preferredSheet(two), 0);

    QFile truncated(test::dataPath(QStringLiteral("xlsx/truncated.xlsx")));
    QVERIFY(truncated.open(QIODevice::ReadOnly));
    QVERIFY(XlsxReader::survey(truncated, &error).empty());
    QVERIFY(!error.isEmpty());
}

void TestXlsxReader::fromAStreamToo()
{
    // A sequential device (a pipe, the clipboard) is read whole first, since the zip directory is at the end.
    class Sequential : public QBuffer
    {
    public:
        using QBuffer::QBuffer;
        bool isSequential() const override { return true; }
    };
    Sequential device;
    device.setData(test::readData(QStringLiteral("xlsx/indicators.xlsx")));
    QVERIFY(device.open(QIODevice::ReadOnly));
    IndicatorTable table;
    const ReadReport report = TableReader::read(device, table);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(table.rowCount(), 3);
}

void TestXlsxReader::hostileWorkbooksAreRefused_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("error");
    QTest::newRow("truncated zip") << "xlsx/truncated.xlsx"
                                   << "damaged or truncated";
    QTest::newRow("zip bomb") << "xlsx/zip-bomb.xlsx"
                              << "zip bomb";
    QTest::newRow("16,384 columns") << "xlsx/16384-columns.xlsx"
                                    << "column 16,384";
}

void TestXlsxReader::hostileWorkbooksAreRefused()
{
    QFETCH(QString, fixture);
    QFETCH(QString, error);
    const Read r = readFixture(fixture);
    QVERIFY(!r.report.ok());
    QVERIFY2(r.report.error.contains(error), qPrintable(r.report.error));
    QCOMPARE(r.table.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "TestXlsxReader.moc"
