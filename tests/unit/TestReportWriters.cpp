// SPDX-License-Identifier: GPL-3.0-or-later
// The streaming report writers give the very bytes the commands printed when they built QJsonObjects:
// JsonStreamWriter against QJsonDocument for awkward text and numbers, and validate --json's report
// against the former QJsonObject-per-issue output on every fixture file and on a table of awkward cells.
#include "core/document/DocumentLoader.h"
#include "core/document/IndicatorDocument.h"
#include "core/document/ValidationReport.h"
#include "core/document/ValidationThreads.h"
#include "core/i18n/Translations.h"
#include "core/io/JsonStreamWriter.h"
#include "core/io/TableReader.h"
#include "core/validation/IssueMessages.h"
#include "support/TestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <random>

using namespace im;

namespace {

// validate --json as the command printed it before the streaming writer: a QJsonObject for the head,
// reopened, and one QJsonObject per issue.
QByteArray previousValidateJson(const QString &file, const ReadReport &report, const IndicatorDocument &doc)
{
    const IndicatorTable &table = doc.table();
    const ValidationSummary s = doc.summary();
    const QJsonObject head{
        {QStringLiteral("file"), file},
        {QStringLiteral("format"), formatName(report.format)},
        {QStringLiteral("encoding"), encodingName(report.encoding)},
        {QStringLiteral("rows"), s.rows},
        {QStringLiteral("valid"), s.valid},
        {QStringLiteral("invalid"), s.invalid},
        {QStringLiteral("warnings"), s.warnings},
        {QStringLiteral("duplicates"), s.duplicates},
        {QStringLiteral("notices"), QJsonArray::fromStringList(report.notices)},
    };
    QByteArray text = QJsonDocument(head).toJson(QJsonDocument::Compact);
    text.chop(1);
    text += ",\"issues\":[";
    bool first = true;
    for (int row = 0; row < table.rowCount(); ++row) {
        table.issues(row).forEach([&](IssueCode code) {
            const IssueInfo &info = issueInfo(code);
            const QJsonObject issue{
                {QStringLiteral("row"), row + 1},
                {QStringLiteral("line"), table.sourceLine(row)},
                {QStringLiteral("column"), QString::fromLatin1(apiName(info.field))},
                {QStringLiteral("code"), QString::fromLatin1(info.code)},
                {QStringLiteral("severity"),
                 info.severity == IssueSeverity::Error ? QStringLiteral("error") : QStringLiteral("warning")},
                {QStringLiteral("message"), IssueMessages::describe(table, row, code, &doc.duplicates())},
            };
            text += (first ? "\n" : ",\n") + QJsonDocument(issue).toJson(QJsonDocument::Compact);
            first = false;
        });
    }
    text += "\n]}\n";
    return text;
}

// A file of `rows` rows from the benchmark generator, a quarter with the problems of real exports.
bool generateFile(const QString &path, int rows)
{
    QProcess generator;
    generator.start(QStringLiteral(IM_GENERATOR_PATH),
                    {QStringLiteral("--rows"), QString::number(rows), QStringLiteral("--problem-percent"),
                     QStringLiteral("25"), QStringLiteral("--seed"), QStringLiteral("18"), QStringLiteral("-o"), path});
    return generator.waitForFinished(120000) && generator.exitStatus() == QProcess::NormalExit
           && generator.exitCode() == 0;
}

// validate --json as the command-line tool prints it, with IM_VALIDATION_THREADS set to `threads`
// (empty: not set).
QByteArray cliValidateJson(const QString &path, const QString &threads)
{
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("IM_VALIDATION_THREADS"));
    if (!threads.isEmpty())
        env.insert(QStringLiteral("IM_VALIDATION_THREADS"), threads);
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(IM_CLI_PATH), {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("validate"),
                                            path, QStringLiteral("--json")});
    if (!cli.waitForFinished(120000) || cli.exitStatus() != QProcess::NormalExit)
        return {};
    return cli.readAllStandardOutput();
}

QByteArray streamedValidateJson(const QString &file, const ReadReport &report, const IndicatorDocument &doc,
                                qsizetype bufferSize = 1 << 16)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        JsonStreamWriter writer(&buffer, bufferSize);
        ValidationReport::writeJson(writer, file, report, doc);
        writer.raw("\n");
        if (!writer.flush())
            qFatal("writing to a buffer failed");
    }
    return buffer.data();
}

QString awkwardText(std::mt19937 &rng)
{
    static const char16_t kPieces[] = {u'a',  u'Z',   u'0',   u' ',   u'"',   u'\\',  u'/',  u'\b',
                                       u'\f', u'\n',  u'\r',  u'\t',  0x01,   0x1f,   0x7f,  0x80,
                                       0xe9,  0x4e2d, 0x6587, 0x2028, 0x202e, 0xfeff, 0xfffd};
    QString text;
    const int length = static_cast<int>(rng() % 24);
    for (int i = 0; i < length; ++i) {
        if (rng() % 10 == 0)
            text += QString::fromUtf8("\xf0\x9f\x98\x80"); // outside the BMP: a surrogate pair
        else
            text += QChar(kPieces[rng() % (sizeof kPieces / sizeof kPieces[0])]);
    }
    return text;
}

} // namespace

class TestReportWriters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stringsAndNumbersMatchQJsonDocument();
    void nestingAndLayout();
    void smallBufferFlushesInPieces();
    void validateJsonMatchesPreviousOutput_data();
    void validateJsonMatchesPreviousOutput();
    void validateJsonOfAwkwardCells();
    void messagesFollowTheLanguageOfEachReport();
    void parallelValidationIsByteIdentical_data();
    void parallelValidationIsByteIdentical();
    void parallelValidationOfAGeneratedFile();
    void cliThreadCountGivesTheSameBytes_data();
    void cliThreadCountGivesTheSameBytes();
};

void TestReportWriters::stringsAndNumbersMatchQJsonDocument()
{
    std::mt19937 rng(18);
    for (int round = 0; round < 2000; ++round) {
        const QString text = awkwardText(rng);
        const qint64 number = static_cast<qint64>(rng()) - static_cast<qint64>(rng()) * 1000;
        const bool flag = rng() % 2 == 0;
        const QJsonObject object{{QStringLiteral("a"), text},
                                 {QStringLiteral("b"), number},
                                 {QStringLiteral("c"), flag},
                                 {QStringLiteral("d"), QJsonArray{text, 0, -1}}};
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            JsonStreamWriter w(&buffer);
            w.beginObject();
            w.key(QLatin1StringView("a"));
            w.value(text);
            w.key(QLatin1StringView("b"));
            w.value(number);
            w.key(QLatin1StringView("c"));
            w.value(flag);
            w.key(QLatin1StringView("d"));
            w.beginArray();
            w.utf8Value(text.toUtf8());
            w.value(0);
            w.value(-1);
            w.endArray();
            w.endObject();
        }
        QCOMPARE(buffer.data(), QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
}

void TestReportWriters::nestingAndLayout()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        JsonStreamWriter w(&buffer);
        w.beginObject();
        w.key(QLatin1StringView("empty"));
        w.beginArray(JsonStreamWriter::Layout::OneElementPerLine);
        w.endArray();
        w.key(QLatin1StringView("lines"));
        w.beginArray(JsonStreamWriter::Layout::OneElementPerLine);
        w.beginObject();
        w.key(QLatin1StringView("x"));
        w.nullValue();
        w.endObject();
        w.beginArray();
        w.latin1Value(QLatin1StringView("caf\xe9"));
        w.value(true);
        w.endArray();
        w.endArray();
        w.endObject();
        w.raw("\n");
    }
    QCOMPARE(buffer.data(), QByteArray("{\"empty\":[\n],\"lines\":[\n{\"x\":null},\n[\"caf\xc3\xa9\",true]\n]}\n"));
}

void TestReportWriters::smallBufferFlushesInPieces()
{
    // A buffer far smaller than the report: the device sees many writes, and the bytes are the same.
    IndicatorTable table = test::tableOf({test::indicatorWith({{Field::IndicatorValue, QStringLiteral("10.0.0.1")},
                                                               {Field::IndicatorType, QStringLiteral("IpAddress")}}),
                                          test::indicatorWith({{Field::Action, QStringLiteral("Quarantine")}})});
    IndicatorDocument doc(std::move(table));
    doc.setNow(test::kTestNow);
    doc.validateAll();
    ReadReport report;
    report.format = FileFormat::PortalCsv;
    report.encoding = TextEncoding::Utf8;
    const QByteArray expected = previousValidateJson(QStringLiteral("t.csv"), report, doc);
    QVERIFY(expected.count("\"code\"") >= 2);
    QCOMPARE(streamedValidateJson(QStringLiteral("t.csv"), report, doc, 16), expected);
}

void TestReportWriters::validateJsonMatchesPreviousOutput_data()
{
    QTest::addColumn<QString>("path");
    int files = 0;
    for (const QString &folder : {QStringLiteral("csv"), QStringLiteral("ioc"), QStringLiteral("json")}) {
        const QDir dir(test::dataPath(folder));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            if (!loadDocument(dir.filePath(name), {}, test::kTestNow).document)
                continue; // unreadable: validate prints only {"file", "error"}
            QTest::newRow(qPrintable(folder + u'/' + name)) << dir.filePath(name);
            ++files;
        }
    }
    QTest::newRow("sample-indicators.csv")
        << test::dataPath(QStringLiteral("../../resources/samples/sample-indicators.csv"));
    QVERIFY(files >= 10);
}

void TestReportWriters::validateJsonMatchesPreviousOutput()
{
    QFETCH(QString, path);
    const LoadResult loaded = loadDocument(path, {}, test::kTestNow);
    QVERIFY2(loaded.document, qPrintable(loaded.report.error));
    QCOMPARE(streamedValidateJson(path, loaded.report, *loaded.document),
             previousValidateJson(path, loaded.report, *loaded.document));
}

void TestReportWriters::validateJsonOfAwkwardCells()
{
    // Values, titles and actions with quotes, backslashes, control characters and CJK text reach the
    // messages ("... is not an action"), so they are escaped in the report exactly as before.
    std::mt19937 rng(2026);
    std::vector<Indicator> indicators;
    IndicatorTable table;
    for (int i = 0; i < 300; ++i) {
        const QString text = awkwardText(rng);
        Indicator indicator =
            test::indicatorWith({{Field::Action, text},
                                 {Field::Severity, awkwardText(rng)},
                                 {Field::IndicatorValue, i % 3 == 0 ? text : QStringLiteral("1.2.3.4")},
                                 {Field::IndicatorType, i % 2 ? QStringLiteral("IpAddress") : text}});
        table.appendIndicator(indicator);
        table.appendIndicator(indicator); // a duplicate, whose message names the other row
        table.setSourceLine(table.rowCount() - 1, 7 * i + 2);
    }
    IndicatorDocument doc(std::move(table));
    doc.setNow(test::kTestNow);
    doc.validateAll();
    ReadReport report;
    report.format = FileFormat::Json;
    report.encoding = TextEncoding::Gb18030;
    report.notices = {QStringLiteral("Column \"x\\y\" was not used"), QString::fromUtf8("\xe4\xb8\xad")};
    const QByteArray expected = previousValidateJson(QStringLiteral("dir/\"odd\"\\name.json"), report, doc);
    QVERIFY(expected.count("\"code\"") > 600);
    QCOMPARE(streamedValidateJson(QStringLiteral("dir/\"odd\"\\name.json"), report, doc), expected);
}

void TestReportWriters::messagesFollowTheLanguageOfEachReport()
{
    // A report looks each message template up once; the next report, after the language changed, must
    // not reuse those translations. Messages in Chinese, then English, then Chinese again, each equal
    // to the messages built one by one.
    const QString path = test::dataPath(QStringLiteral("../../resources/samples/sample-indicators.csv"));
    const LoadResult loaded = loadDocument(path, {}, test::kTestNow);
    QVERIFY2(loaded.document, qPrintable(loaded.report.error));
    QByteArray reports[3];
    const QString languages[3] = {QStringLiteral("zh_CN"), QStringLiteral("en"), QStringLiteral("zh_CN")};
    for (int run = 0; run < 3; ++run) {
        QVERIFY(Translations::install(languages[run]));
        reports[run] = streamedValidateJson(path, loaded.report, *loaded.document);
        QCOMPARE(reports[run], previousValidateJson(path, loaded.report, *loaded.document));
    }
    Translations::install(QString());
    static const QRegularExpression chinese(QStringLiteral("\"message\":\"[^\"]*[\\x{4e00}-\\x{9fff}]"));
    QVERIFY(chinese.match(QString::fromUtf8(reports[0])).hasMatch());
    QVERIFY(reports[1] != reports[0]);
    QCOMPARE(reports[2], reports[0]);
}

void TestReportWriters::parallelValidationIsByteIdentical_data()
{
    validateJsonMatchesPreviousOutput_data();
}

// The same file read, validated and reported on one thread, and on several threads with chunks of a few
// rows (so that even the small fixtures are split across threads): the reports are the same bytes.
void TestReportWriters::parallelValidationIsByteIdentical()
{
    QFETCH(QString, path);
    QByteArray reports[2];
    for (int run = 0; run < 2; ++run) {
        if (run == 0)
            ValidationThreads::set(1);
        else
            ValidationThreads::set(3, 2);
        IndicatorTable table;
        const ReadReport report = TableReader::readFile(path, table);
        QVERIFY2(report.ok(), qPrintable(report.error));
        IndicatorDocument doc(std::move(table));
        doc.setNow(test::kTestNow);
        QVERIFY(doc.validateAll());
        reports[run] = streamedValidateJson(path, report, doc);
        ValidationThreads::set(0);
    }
    QVERIFY(reports[0].startsWith("{\"duplicates\":"));
    QCOMPARE(reports[1], reports[0]);
}

void TestReportWriters::parallelValidationOfAGeneratedFile()
{
    // 60,000 rows from the benchmark generator, a quarter with the problems of real exports (duplicates
    // across chunk boundaries among them): one thread against the default (every core) and three.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("generated.csv"));
    QVERIFY(generateFile(path, 60000));

    // The last run keeps the file mapped, as the CLI does: every pass gives back the pages behind it
    // (IndicatorTable::releaseBackingPages) and the next reads them again.
    QByteArray reports[4];
    const int threads[4] = {1, 0, 3, 3};
    for (int run = 0; run < 4; ++run) {
        ValidationThreads::set(threads[run]);
        ReadOptions options;
        options.mayKeepFileMapped = run == 3;
        IndicatorTable table;
        const ReadReport report = TableReader::readFile(path, table, options);
        QVERIFY2(report.ok(), qPrintable(report.error));
        IndicatorDocument doc(std::move(table));
        doc.setNow(test::kTestNow);
        QVERIFY(doc.validateAll());
        if (run == 0) {
            const ValidationSummary s = doc.summary();
            QCOMPARE(s.rows, 60000);
            QVERIFY(s.invalid > 5000);
            QVERIFY(s.duplicates > 1000);
        }
        reports[run] = streamedValidateJson(path, report, doc);
        ValidationThreads::set(0);
    }
    QCOMPARE(reports[1], reports[0]);
    QCOMPARE(reports[2], reports[0]);
    QCOMPARE(reports[3], reports[0]);
}

void TestReportWriters::cliThreadCountGivesTheSameBytes_data()
{
    QTest::addColumn<QString>("path");
    // The fixtures are a chunk each (parallelValidationIsByteIdentical splits them in process); the
    // generated file is five chunks of rows, shared among the threads.
    QTest::newRow("csv/extra-fields.csv") << test::dataPath(QStringLiteral("csv/extra-fields.csv"));
    QTest::newRow("json/not-objects.json") << test::dataPath(QStringLiteral("json/not-objects.json"));
    QTest::newRow("generated") << QString();
}

// The command-line tool on one thread (IM_VALIDATION_THREADS=1), on every core (not set) and on three:
// validate --json prints the same bytes.
void TestReportWriters::cliThreadCountGivesTheSameBytes()
{
    QFETCH(QString, path);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("generated.csv"));
        QVERIFY(generateFile(path, 40000));
    }
    QVERIFY2(QFileInfo::exists(path), qPrintable(path));
    const QByteArray one = cliValidateJson(path, QStringLiteral("1"));
    QVERIFY(one.startsWith("{\"duplicates\":"));
    QVERIFY(one.contains("\"issues\":[\n{\"code\":"));
    QCOMPARE(cliValidateJson(path, QString()), one);
    QCOMPARE(cliValidateJson(path, QStringLiteral("3")), one);
}

QTEST_GUILESS_MAIN(TestReportWriters)
#include "TestReportWriters.moc"
