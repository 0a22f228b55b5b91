// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document/IndicatorDocument.h"
#include "core/indicator/IndicatorTable.h"
#include "core/io/ColumnMapping.h"
#include "core/io/CsvRecordReader.h"
#include "core/io/CsvWriter.h"
#include "core/io/DecodedStream.h"
#include "core/io/ReportWriter.h"
#include "core/io/TableReader.h"
#include "core/io/TableWriter.h"
#include "support/TestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <memory>
#include <sys/resource.h>
#include <unistd.h>

using namespace im;

Q_DECLARE_METATYPE(im::SaveFormat)

namespace {

const char kPortalHeader[] = "IndicatorType,IndicatorValue,ExpirationTime,Action,Severity,Title,Description,"
                             "RecommendedActions,RbacGroups,Category,MitreTechniques,GenerateAlert";

QByteArray written(const IndicatorTable &table, SaveFormat format, const std::vector<int> &rows = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!TableWriter::write(table, format, buffer, rows))
        qFatal("writing to a buffer failed");
    return buffer.data();
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray("<cannot open>");
    return file.readAll();
}

// The records of a CSV text, parsed by the project's own RFC 4180 reader.
QList<QStringList> csvRecords(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    DecodedStream stream(&buffer, TextEncoding::Utf8);
    CsvRecordReader reader(stream, CsvDialect{});
    QList<QStringList> records;
    while (reader.next() == CsvRecordReader::Result::Record) {
        QStringList fields;
        for (const QByteArrayView &f : reader.fields())
            fields.append(QString::fromUtf8(f));
        records.append(fields);
    }
    return records;
}

// Every line break outside a quoted field is CRLF.
bool recordsEndInCrlf(const QByteArray &bytes)
{
    bool quoted = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '"')
            quoted = !quoted;
        else if (!quoted && bytes[i] == '\n' && (i == 0 || bytes[i - 1] != '\r'))
            return false;
        else if (!quoted && bytes[i] == '\r' && (i + 1 == bytes.size() || bytes[i + 1] != '\n'))
            return false;
    }
    return !quoted && bytes.endsWith("\r\n");
}

std::vector<Field> fieldsOf(SaveFormat format)
{
    std::vector<Field> fields = portalTemplateFields();
    if (format != SaveFormat::PortalCsv) {
        for (Field f : TableWriter::fieldsMissingFromPortalCsv())
            fields.push_back(f);
    }
    return fields;
}

// What a format keeps of an indicator.
Indicator keptBy(SaveFormat format, Indicator indicator)
{
    if (format == SaveFormat::PortalCsv) {
        for (Field f : TableWriter::fieldsMissingFromPortalCsv())
            indicator[f].clear();
    }
    return indicator;
}

// Rows whose cells stress quoting and encoding; every list and generateAlert cell is in the form the JSON
// body keeps exactly (a comma-separated list without empty items, true or false in lower case).
std::vector<Indicator> trickyRows()
{
    std::vector<Indicator> rows;
    Indicator a = test::validIndicator();
    a[Field::Title] = QStringLiteral("C2, primary");
    a[Field::Description] = QStringLiteral("The \"Cobalt\" loader, seen \"twice\"");
    a[Field::RecommendedActions] = QStringLiteral("line one\r\nline two\nline three");
    a[Field::RbacGroupNames] = QStringLiteral("Tier 0,Servers");
    a[Field::MitreTechniques] = QStringLiteral("T1486,T1490.001");
    a[Field::Category] = QStringLiteral("Ransomware");
    a[Field::GenerateAlert] = QStringLiteral("true");
    a[Field::ExpirationTime] = QStringLiteral("2027-01-31T12:11:06.2446367Z");
    a[Field::Application] = QStringLiteral("Outlook, desktop");
    a[Field::EducateUrl] = QStringLiteral("https://help.example.com/blocked?id=\"1\"");
    a[Field::ExternalId] = QStringLiteral("case-4711");
    rows.push_back(a);

    Indicator b;
    b[Field::IndicatorType] = QStringLiteral("DomainName");
    b[Field::IndicatorValue] = QStringLiteral(" evil.example.com ");
    b[Field::Action] = QStringLiteral("Audit");
    b[Field::Title] = QStringLiteral("  leading and trailing spaces  ");
    b[Field::Description] = QStringLiteral("勒索软件下载器 — 阻止执行，隔离设备");
    b[Field::RbacGroupNames] = QStringLiteral("财务部,研发部");
    b[Field::GenerateAlert] = QStringLiteral("false");
    b[Field::Application] = QStringLiteral("应用程序");
    rows.push_back(b);

    Indicator c;
    c[Field::IndicatorType] = QStringLiteral("Url");
    c[Field::IndicatorValue] = QStringLiteral("https://evil.example.com/a,b;c|d");
    c[Field::Action] = QStringLiteral("Block");
    c[Field::Title] = QStringLiteral("\"");
    c[Field::Description] = QStringLiteral("\r");
    c[Field::RecommendedActions] = QStringLiteral("\n");
    c[Field::Severity] = QStringLiteral("alert \U0001F6A8 now");
    c[Field::ExternalId] = QStringLiteral("=1+1");
    rows.push_back(c);

    Indicator d;
    d[Field::IndicatorValue] = QStringLiteral("198.51.100.7");
    d[Field::Title] = QStringLiteral("'single' quotes, tabs\tand ;semicolons;");
    d[Field::Description] = QStringLiteral(" ");
    rows.push_back(d);
    return rows;
}

IndicatorTable tableOf(const std::vector<Indicator> &rows)
{
    IndicatorTable table;
    for (const Indicator &i : rows)
        table.appendIndicator(i);
    return table;
}

QString suffixOf(SaveFormat format)
{
    return format == SaveFormat::ImportJson ? QStringLiteral("json") : QStringLiteral("csv");
}

} // namespace

class TestWriters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void writesThePortalTemplateHeaderExactly();
    void quotesPortalCsvFieldsOnlyWhenNeeded_data();
    void quotesPortalCsvFieldsOnlyWhenNeeded();
    void quotesTheDelimiterItWasGiven();
    void endsEveryRecordWithCrlf();
    void roundTripsFilesItWroteByteForByte_data();
    void roundTripsFilesItWroteByteForByte();
    void fullCsvCarriesApplicationEducateUrlAndExternalId();
    void writesTheImportJsonBodyWithTypedValues();
    void writesAnEmptyImportJsonBody();
    void keepsAnUnparseableGenerateAlertAsAString();
    void normalisesListsAndBooleansInJsonOnce();
    void writesOnlyTheChosenRowsInOrder_data();
    void writesOnlyTheChosenRowsInOrder();

    void saveFileLeavesTheOldFileWhenASaveFails();
    void saveFileRefusesADirectory();
    void saveFileLeavesTheOldFileInAReadOnlyDirectory();

    void reportHasStatusIdAndFailureReasonColumns();
    void reportNeutralisesFormulaInjection_data();
    void reportNeutralisesFormulaInjection();
    void prefixesOnlyFormulaTriggersWithAnApostrophe_data();
    void prefixesOnlyFormulaTriggersWithAnApostrophe();

private:
    QTemporaryDir m_dir;
};

void TestWriters::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestWriters::writesThePortalTemplateHeaderExactly()
{
    const IndicatorTable empty;
    QCOMPARE(written(empty, SaveFormat::PortalCsv), QByteArray(kPortalHeader) + "\r\n");
    QCOMPARE(written(empty, SaveFormat::FullCsv), QByteArray(kPortalHeader) + ",Application,EducateUrl,ExternalId\r\n");

    IndicatorTable one = test::tableOf({test::validIndicator()});
    QCOMPARE(written(one, SaveFormat::PortalCsv),
             QByteArray(kPortalHeader) + "\r\n"
                 + "FileSha256,2233223322332233223322332233223322332233223322332233223322332222,,Block,High,"
                   "Known ransomware loader,Seen in the March campaign,,,,,\r\n");
}

void TestWriters::quotesPortalCsvFieldsOnlyWhenNeeded_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QByteArray>("field");

    QTest::newRow("plain text is not quoted") << QStringLiteral("Known loader") << QByteArray("Known loader");
    QTest::newRow("empty cell stays empty") << QString() << QByteArray();
    QTest::newRow("a comma needs quotes") << QStringLiteral("C2, primary") << QByteArray("\"C2, primary\"");
    QTest::newRow("a double quote is doubled")
        << QStringLiteral("The \"Cobalt\" loader") << QByteArray("\"The \"\"Cobalt\"\" loader\"");
    QTest::newRow("a lone double quote") << QStringLiteral("\"") << QByteArray("\"\"\"\"");
    QTest::newRow("an LF needs quotes") << QStringLiteral("one\ntwo") << QByteArray("\"one\ntwo\"");
    QTest::newRow("a CR needs quotes") << QStringLiteral("one\rtwo") << QByteArray("\"one\rtwo\"");
    QTest::newRow("a CRLF needs quotes") << QStringLiteral("one\r\ntwo") << QByteArray("\"one\r\ntwo\"");
    QTest::newRow("a leading space needs quotes") << QStringLiteral(" loader") << QByteArray("\" loader\"");
    QTest::newRow("a trailing space needs quotes") << QStringLiteral("loader ") << QByteArray("\"loader \"");
    QTest::newRow("a single space needs quotes") << QStringLiteral(" ") << QByteArray("\" \"");
    QTest::newRow("inner spaces need none") << QStringLiteral("a b  c") << QByteArray("a b  c");
    QTest::newRow("a tab needs none") << QStringLiteral("a\tb") << QByteArray("a\tb");
    QTest::newRow("semicolons and pipes need none") << QStringLiteral("a;b|c") << QByteArray("a;b|c");
    QTest::newRow("apostrophes need none") << QStringLiteral("it's") << QByteArray("it's");
    QTest::newRow("Chinese text needs none") << QStringLiteral("勒索软件下载器") << QByteArray("勒索软件下载器");
    QTest::newRow("an emoji needs none") << QStringLiteral("\U0001F6A8") << QByteArray("\xF0\x9F\x9A\xA8");
    QTest::newRow("a formula is saved as typed, only reports neutralise it")
        << QStringLiteral("=1+1") << QByteArray("=1+1");
}

void TestWriters::quotesPortalCsvFieldsOnlyWhenNeeded()
{
    QFETCH(QString, cell);
    QFETCH(QByteArray, field);

    const IndicatorTable table = test::tableOf({test::indicatorWith({{Field::Title, cell}})});
    const QByteArray bytes = written(table, SaveFormat::PortalCsv);
    const QByteArray expectedRow = "FileSha256,2233223322332233223322332233223322332233223322332233223322332222,,"
                                   "Block,High,"
                                   + field + ",Seen in the March campaign,,,,,\r\n";
    QCOMPARE(bytes, QByteArray(kPortalHeader) + "\r\n" + expectedRow);
}

void TestWriters::quotesTheDelimiterItWasGiven()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer, ';');
    writer.writeRecord({QByteArrayView("a;b"), QByteArrayView("c,d"), QByteArrayView("e")});
    writer.writeRecord({QByteArrayView("x")});
    QVERIFY(!writer.hasError());
    QCOMPARE(buffer.data(), QByteArray("\"a;b\";c,d;e\r\nx\r\n"));
}

void TestWriters::endsEveryRecordWithCrlf()
{
    const IndicatorTable table = tableOf(trickyRows());
    for (SaveFormat format : {SaveFormat::PortalCsv, SaveFormat::FullCsv}) {
        const QByteArray bytes = written(table, format);
        QVERIFY(recordsEndInCrlf(bytes));
        const QList<QStringList> records = csvRecords(bytes);
        QCOMPARE(records.size(), table.rowCount() + 1);
        for (const QStringList &record : records)
            QCOMPARE(record.size(), format == SaveFormat::PortalCsv ? 12 : 15);
    }
}

void TestWriters::roundTripsFilesItWroteByteForByte_data()
{
    QTest::addColumn<SaveFormat>("format");
    QTest::addColumn<int>("rowCount"); // rows of trickyRows() to use

    QTest::newRow("portal CSV, one plain row") << SaveFormat::PortalCsv << 1;
    QTest::newRow("portal CSV, commas, quotes, line breaks, spaces and Chinese text") << SaveFormat::PortalCsv << 4;
    QTest::newRow("full CSV, one plain row") << SaveFormat::FullCsv << 1;
    QTest::newRow("full CSV, commas, quotes, line breaks, spaces and Chinese text") << SaveFormat::FullCsv << 4;
    QTest::newRow("Import JSON, one plain row") << SaveFormat::ImportJson << 1;
    QTest::newRow("Import JSON, commas, quotes, line breaks, spaces and Chinese text") << SaveFormat::ImportJson << 4;
}

void TestWriters::roundTripsFilesItWroteByteForByte()
{
    QFETCH(SaveFormat, format);
    QFETCH(int, rowCount);

    std::vector<Indicator> rows = trickyRows();
    rows.resize(static_cast<size_t>(rowCount));
    const IndicatorTable original = tableOf(rows);
    const QString path =
        m_dir.filePath(QStringLiteral("round-trip-%1-%2.%3").arg(int(format)).arg(rowCount).arg(suffixOf(format)));

    QCOMPARE(TableWriter::saveFile(original, format, path), QString());
    const QByteArray first = fileBytes(path);

    QByteArray previous = first;
    for (int generation = 0; generation < 2; ++generation) {
        IndicatorTable loaded;
        const ReadReport report = TableReader::readFile(path, loaded);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.format, format == SaveFormat::PortalCsv ? FileFormat::PortalCsv
                                : format == SaveFormat::FullCsv ? FileFormat::Csv
                                                                : FileFormat::Json);
        QCOMPARE(report.encoding, TextEncoding::Utf8);
        QCOMPARE(report.notices, QStringList());
        QCOMPARE(loaded.rowCount(), original.rowCount());
        for (int r = 0; r < loaded.rowCount(); ++r) {
            QCOMPARE(loaded.indicator(r), keptBy(format, original.indicator(r)));
            QVERIFY(loaded.readNotes(r).isEmpty());
        }
        QCOMPARE(TableWriter::saveFile(loaded, format, path), QString());
        const QByteArray again = fileBytes(path);
        QCOMPARE(again, previous);
        previous = again;
    }
}

void TestWriters::fullCsvCarriesApplicationEducateUrlAndExternalId()
{
    const std::vector<Field> missing = TableWriter::fieldsMissingFromPortalCsv();
    QCOMPARE(missing, (std::vector<Field>{Field::Application, Field::EducateUrl, Field::ExternalId}));

    Indicator i = test::validIndicator();
    i[Field::IndicatorType] = QStringLiteral("Url");
    i[Field::IndicatorValue] = QStringLiteral("https://evil.example.com/x");
    i[Field::Application] = QStringLiteral("Edge");
    i[Field::EducateUrl] = QStringLiteral("https://help.example.com/why-blocked");
    i[Field::ExternalId] = QStringLiteral("case-4711");
    const IndicatorTable table = test::tableOf({i});
    QVERIFY(TableWriter::hasDataOutsidePortalCsv(table));
    QVERIFY(!TableWriter::hasDataOutsidePortalCsv(test::tableOf({test::validIndicator()})));

    const QByteArray full = written(table, SaveFormat::FullCsv);
    const QList<QStringList> records = csvRecords(full);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[0].mid(12),
             (QStringList{QStringLiteral("Application"), QStringLiteral("EducateUrl"), QStringLiteral("ExternalId")}));
    QCOMPARE(records[1].mid(12),
             (QStringList{QStringLiteral("Edge"), QStringLiteral("https://help.example.com/why-blocked"),
                          QStringLiteral("case-4711")}));

    QBuffer buffer;
    buffer.setData(full);
    buffer.open(QIODevice::ReadOnly);
    IndicatorTable loaded;
    const ReadReport report = TableReader::read(buffer, loaded);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(loaded.indicator(0), i);

    // The portal template has no column for them.
    const QList<QStringList> portal = csvRecords(written(table, SaveFormat::PortalCsv));
    QCOMPARE(portal[0].size(), 12);
    QVERIFY(!portal[1].contains(QStringLiteral("Edge")));
    QVERIFY(!portal[1].contains(QStringLiteral("case-4711")));
}

void TestWriters::writesTheImportJsonBodyWithTypedValues()
{
    Indicator i = test::validIndicator();
    i[Field::RbacGroupNames] = QStringLiteral("Tier 0,Servers");
    i[Field::MitreTechniques] = QStringLiteral("T1486");
    i[Field::GenerateAlert] = QStringLiteral("true");
    i[Field::ExpirationTime] = QStringLiteral("2027-01-31T00:00:00Z");
    i[Field::ExternalId] = QStringLiteral("case-4711");
    Indicator j = test::validIndicator();
    j[Field::GenerateAlert] = QStringLiteral("False");
    j[Field::Title] = QStringLiteral("42");
    const IndicatorTable table = test::tableOf({i, j});

    const QByteArray bytes = written(table, SaveFormat::ImportJson);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isObject());
    QCOMPARE(document.object().keys(), QStringList{QStringLiteral("Indicators")});
    const QJsonArray items = document.object().value(QStringLiteral("Indicators")).toArray();
    QCOMPARE(items.size(), 2);

    const QJsonObject first = items.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("indicatorValue")).toString(), i[Field::IndicatorValue]);
    QCOMPARE(first.value(QStringLiteral("indicatorType")).toString(), QStringLiteral("FileSha256"));
    QCOMPARE(first.value(QStringLiteral("action")).toString(), QStringLiteral("Block"));
    QVERIFY(first.value(QStringLiteral("generateAlert")).isBool());
    QCOMPARE(first.value(QStringLiteral("generateAlert")).toBool(), true);
    QCOMPARE(first.value(QStringLiteral("rbacGroupNames")).toArray(),
             (QJsonArray{QStringLiteral("Tier 0"), QStringLiteral("Servers")}));
    QCOMPARE(first.value(QStringLiteral("mitreTechniques")).toArray(), QJsonArray{QStringLiteral("T1486")});
    QCOMPARE(first.value(QStringLiteral("expirationTime")).toString(), QStringLiteral("2027-01-31T00:00:00Z"));
    // The request spelling of the documentation, not the response's externalId.
    QCOMPARE(first.value(QStringLiteral("externalID")).toString(), QStringLiteral("case-4711"));
    QVERIFY(!first.contains(QStringLiteral("externalId")));
    // Empty cells are left out rather than sent as "".
    QVERIFY(!first.contains(QStringLiteral("recommendedActions")));
    QVERIFY(!first.contains(QStringLiteral("application")));
    QCOMPARE(first.size(), 11);

    const QJsonObject second = items.at(1).toObject();
    QVERIFY(second.value(QStringLiteral("generateAlert")).isBool());
    QCOMPARE(second.value(QStringLiteral("generateAlert")).toBool(), false);
    QVERIFY(second.value(QStringLiteral("title")).isString());
    QCOMPARE(second.value(QStringLiteral("title")).toString(), QStringLiteral("42"));
    QVERIFY(!second.contains(QStringLiteral("rbacGroupNames")));
}

void TestWriters::writesAnEmptyImportJsonBody()
{
    const QByteArray bytes = written(IndicatorTable(), SaveFormat::ImportJson);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(document.object().value(QStringLiteral("Indicators")).toArray(), QJsonArray());
}

void TestWriters::keepsAnUnparseableGenerateAlertAsAString()
{
    const IndicatorTable table =
        test::tableOf({test::indicatorWith({{Field::GenerateAlert, QStringLiteral("maybe")}})});
    const QByteArray bytes = written(table, SaveFormat::ImportJson);
    const QJsonObject object =
        QJsonDocument::fromJson(bytes).object().value(QStringLiteral("Indicators")).toArray().at(0).toObject();
    QVERIFY(object.value(QStringLiteral("generateAlert")).isString());
    QCOMPARE(object.value(QStringLiteral("generateAlert")).toString(), QStringLiteral("maybe"));

    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    IndicatorTable loaded;
    const ReadReport report = TableReader::read(buffer, loaded);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(loaded.text(0, Field::GenerateAlert), QStringLiteral("maybe"));
    QVERIFY(loaded.readNotes(0).isEmpty());
    IndicatorDocument document(std::move(loaded));
    document.setNow(test::kTestNow);
    document.validateAll();
    QVERIFY(document.issues(0).contains(IssueCode::AlertInvalid));
}

void TestWriters::normalisesListsAndBooleansInJsonOnce()
{
    // JSON has real booleans and arrays, so spelling and list spacing do not survive the first save; the
    // file written then is stable.
    Indicator i = test::validIndicator();
    i[Field::GenerateAlert] = QStringLiteral("TRUE");
    i[Field::RbacGroupNames] = QStringLiteral(" Tier 0 , ,Servers ");
    const QByteArray first = written(test::tableOf({i}), SaveFormat::ImportJson);

    QBuffer buffer;
    buffer.setData(first);
    buffer.open(QIODevice::ReadOnly);
    IndicatorTable loaded;
    QVERIFY(TableReader::read(buffer, loaded).ok());
    QCOMPARE(loaded.text(0, Field::GenerateAlert), QStringLiteral("true"));
    QCOMPARE(loaded.text(0, Field::RbacGroupNames), QStringLiteral("Tier 0,Servers"));
    QCOMPARE(written(loaded, SaveFormat::ImportJson), first);
}

void TestWriters::writesOnlyTheChosenRowsInOrder_data()
{
    QTest::addColumn<SaveFormat>("format");
    QTest::newRow("portal CSV") << SaveFormat::PortalCsv;
    QTest::newRow("full CSV") << SaveFormat::FullCsv;
    QTest::newRow("Import JSON") << SaveFormat::ImportJson;
}

void TestWriters::writesOnlyTheChosenRowsInOrder()
{
    QFETCH(SaveFormat, format);

    const IndicatorTable table = tableOf(trickyRows());
    QBuffer buffer;
    buffer.setData(written(table, format, {2, 0}));
    buffer.open(QIODevice::ReadOnly);
    IndicatorTable loaded;
    const ReadReport report = TableReader::read(buffer, loaded);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(loaded.rowCount(), 2);
    QCOMPARE(loaded.indicator(0), keptBy(format, table.indicator(2)));
    QCOMPARE(loaded.indicator(1), keptBy(format, table.indicator(0)));
}

void TestWriters::saveFileLeavesTheOldFileWhenASaveFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("indicators.csv"));
    QCOMPARE(TableWriter::saveFile(tableOf(trickyRows()), SaveFormat::PortalCsv, path), QString());
    const QByteArray before = fileBytes(path);
    QVERIFY(!before.isEmpty());

    // A second, much bigger save runs into the file size limit halfway (EFBIG): a real write failure,
    // which root cannot bypass as it does file permissions.
    IndicatorTable big;
    for (int r = 0; r < 20000; ++r)
        big.appendIndicator(test::indicatorWith({{Field::Title, QStringLiteral("Row %1 of a big table").arg(r)}}));

    struct rlimit saved
    {
    };
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit limited = saved;
    limited.rlim_cur = 64 * 1024;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
    const QString error = TableWriter::saveFile(big, SaveFormat::PortalCsv, path);
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, oldHandler);

    QVERIFY2(!error.isEmpty(), "the save should have failed");
    QVERIFY2(error.contains(path), qPrintable(error));
    QCOMPARE(fileBytes(path), before);
    // No temporary file is left behind next to it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
             QStringList{QStringLiteral("indicators.csv")});

    // And a save that works replaces the file in one piece.
    QCOMPARE(TableWriter::saveFile(big, SaveFormat::PortalCsv, path), QString());
    QCOMPARE(fileBytes(path), written(big, SaveFormat::PortalCsv));
}

void TestWriters::saveFileRefusesADirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("a-folder.csv"));
    QVERIFY(QDir().mkpath(folder));
    QFile inside(folder + QStringLiteral("/keep.txt"));
    QVERIFY(inside.open(QIODevice::WriteOnly));
    inside.write("kept");
    inside.close();

    const QString error = TableWriter::saveFile(tableOf(trickyRows()), SaveFormat::PortalCsv, folder);
    QVERIFY2(!error.isEmpty(), "saving over a directory must fail");
    QVERIFY(QFileInfo(folder).isDir());
    QCOMPARE(fileBytes(folder + QStringLiteral("/keep.txt")), QByteArray("kept"));
}

void TestWriters::saveFileLeavesTheOldFileInAReadOnlyDirectory()
{
    if (geteuid() == 0) {
        // QSKIP without its optional argument does not compile with clang -Wpedantic.
        QTest::qSkip("root writes into read-only directories; saveFileLeavesTheOldFileWhenASaveFails covers this",
                     __FILE__, __LINE__);
        return;
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("indicators.json"));
    QCOMPARE(TableWriter::saveFile(tableOf(trickyRows()), SaveFormat::ImportJson, path), QString());
    const QByteArray before = fileBytes(path);

    QFile::Permissions permissions = QFileInfo(dir.path()).permissions();
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
    const QString error = TableWriter::saveFile(test::tableOf({test::validIndicator()}), SaveFormat::ImportJson, path);
    QFile::setPermissions(dir.path(), permissions);

    QVERIFY2(!error.isEmpty(), "the save should have failed");
    QCOMPARE(fileBytes(path), before);
}

void TestWriters::reportHasStatusIdAndFailureReasonColumns()
{
    const IndicatorTable table = tableOf(trickyRows());
    const QList<RowOutcome> outcomes = {
        {RowStatus::Succeeded, QStringLiteral("2841"), QString()},
        {RowStatus::Failed, QString(), QStringLiteral("Recieved an empty indicator value.")},
        {RowStatus::NotSent, QString(), QStringLiteral("The row has errors, e.g. \"value.missing\", first")},
        {RowStatus::Succeeded, QStringLiteral("2842"), QString()},
    };
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(ReportWriter::writeCsv(
        table, [&](int row) { return outcomes.at(row); }, buffer));
    QVERIFY(recordsEndInCrlf(buffer.data()));

    const QList<QStringList> records = csvRecords(buffer.data());
    QCOMPARE(records.size(), 5);
    QStringList header = portalTemplateHeaders();
    header << QStringLiteral("Application") << QStringLiteral("EducateUrl") << QStringLiteral("ExternalId")
           << QStringLiteral("Status") << QStringLiteral("Id") << QStringLiteral("FailureReason");
    QCOMPARE(records[0], header);
    const std::vector<Field> fields = fieldsOf(SaveFormat::FullCsv);
    for (int r = 0; r < table.rowCount(); ++r) {
        const QStringList &record = records[r + 1];
        QCOMPARE(record.size(), 18);
        for (size_t c = 0; c < fields.size(); ++c) {
            const QString cell = table.text(r, fields[c]);
            QCOMPARE(record[int(c)], QString::fromUtf8(CsvWriter::neutralizeFormula(cell.toUtf8())));
        }
        QCOMPARE(record.mid(15), (QStringList{outcomes[r].statusName(), outcomes[r].id, outcomes[r].failureReason}));
    }
    // The third row's ExternalId "=1+1" came out as text.
    QCOMPARE(records[3][14], QStringLiteral("'=1+1"));
}

void TestWriters::reportNeutralisesFormulaInjection_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("shown"); // the field as a spreadsheet reads it back

    QTest::newRow("equals sign") << QStringLiteral("=SUM(A1:A9)") << QStringLiteral("'=SUM(A1:A9)");
    QTest::newRow("plus sign") << QStringLiteral("+1+1") << QStringLiteral("'+1+1");
    QTest::newRow("minus sign") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("at sign") << QStringLiteral("@SUM(1,2)") << QStringLiteral("'@SUM(1,2)");
    QTest::newRow("leading tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("leading CR") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
    QTest::newRow("DDE payload with quotes")
        << QStringLiteral("=cmd|' /C calc'!A0,\"x\"") << QStringLiteral("'=cmd|' /C calc'!A0,\"x\"");
    QTest::newRow("HYPERLINK formula") << QStringLiteral("=HYPERLINK(\"http://evil.example.com\",\"click\")")
                                       << QStringLiteral("'=HYPERLINK(\"http://evil.example.com\",\"click\")");
    QTest::newRow("plain text stays") << QStringLiteral("Known loader") << QStringLiteral("Known loader");
    QTest::newRow("an equals sign later stays") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("an apostrophe first stays") << QStringLiteral("'=already text") << QStringLiteral("'=already text");
    QTest::newRow("Chinese text stays") << QStringLiteral("勒索软件") << QStringLiteral("勒索软件");
    QTest::newRow("empty stays empty") << QString() << QString();
}

void TestWriters::reportNeutralisesFormulaInjection()
{
    QFETCH(QString, cell);
    QFETCH(QString, shown);

    // In a data column and in the service's own failure text alike.
    const IndicatorTable table =
        test::tableOf({test::indicatorWith({{Field::Title, cell}, {Field::Description, cell}})});
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(ReportWriter::writeCsv(
        table,
        [&](int) {
            return RowOutcome{RowStatus::Failed, cell, cell, std::nullopt};
        },
        buffer));
    const QList<QStringList> records = csvRecords(buffer.data());
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[1][5], shown);  // Title
    QCOMPARE(records[1][6], shown);  // Description
    QCOMPARE(records[1][16], shown); // Id
    QCOMPARE(records[1][17], shown); // FailureReason
    QCOMPARE(records[1][15], QStringLiteral("Failed"));
}

void TestWriters::prefixesOnlyFormulaTriggersWithAnApostrophe_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("equals sign") << QByteArray("=1+1") << QByteArray("'=1+1");
    QTest::newRow("plus sign") << QByteArray("+1") << QByteArray("'+1");
    QTest::newRow("minus sign") << QByteArray("-1") << QByteArray("'-1");
    QTest::newRow("at sign") << QByteArray("@A1") << QByteArray("'@A1");
    QTest::newRow("tab") << QByteArray("\tx") << QByteArray("'\tx");
    QTest::newRow("carriage return") << QByteArray("\rx") << QByteArray("'\rx");
    QTest::newRow("a lone equals sign") << QByteArray("=") << QByteArray("'=");
    QTest::newRow("a lone minus sign") << QByteArray("-") << QByteArray("'-");
    QTest::newRow("empty field") << QByteArray() << QByteArray();
    QTest::newRow("plain text") << QByteArray("evil.example.com") << QByteArray("evil.example.com");
    QTest::newRow("equals sign inside") << QByteArray("a=b") << QByteArray("a=b");
    QTest::newRow("line feed first is not a trigger") << QByteArray("\n=1") << QByteArray("\n=1");
    QTest::newRow("spaces before an equals sign still trigger") << QByteArray("  =1") << QByteArray("'  =1");
    QTest::newRow("full-width equals sign") << QByteArray("\xef\xbc\x9d"
                                                          "1+1")
                                            << QByteArray("'\xef\xbc\x9d"
                                                          "1+1");
    QTest::newRow("full-width plus sign") << QByteArray("\xef\xbc\x8b"
                                                        "1")
                                          << QByteArray("'\xef\xbc\x8b"
                                                        "1");
    QTest::newRow("full-width minus sign") << QByteArray("\xef\xbc\x8d"
                                                         "1")
                                           << QByteArray("'\xef\xbc\x8d"
                                                         "1");
    QTest::newRow("full-width at sign") << QByteArray("\xef\xbc\xa0"
                                                      "A1")
                                        << QByteArray("'\xef\xbc\xa0"
                                                      "A1");
    QTest::newRow("spaces only") << QByteArray("   ") << QByteArray("   ");
    QTest::newRow("apostrophe first") << QByteArray("'=1") << QByteArray("'=1");
    QTest::newRow("UTF-8 text") << QByteArray("勒索") << QByteArray("勒索");
}

void TestWriters::prefixesOnlyFormulaTriggersWithAnApostrophe()
{
    QFETCH(QByteArray, field);
    QFETCH(QByteArray, expected);
    QCOMPARE(CsvWriter::neutralizeFormula(field), expected);
}

QTEST_GUILESS_MAIN(TestWriters)
#include "TestWriters.moc"
