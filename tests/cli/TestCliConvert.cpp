// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/PdfFixtures.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;
};

} // namespace

// convert and the --defaults/--set options of indicator-manager-cli, as scripts call them.
class TestCliConvert : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mispEventToImportJson();
    void reportToPortalCsvOnStandardOutput();
    void pdfReportToImportJson();
    void contextAddsTheSourceText();
    void defaultsFillOnlyEmptyCells();
    void defaultsFromAFileAndAPreset();
    void defaultsOnValidateAndPlan();
    void sheetOfAWorkbook();
    void badInputExitsWithTwo_data();
    void badInputExitsWithTwo();

private:
    Run runCli(const QStringList &arguments);
    QTemporaryDir m_home;
};

Run TestCliConvert::runCli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(IM_CLI_PATH), arguments);
    Run run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitCode();
    run.status = process.exitStatus();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestCliConvert::initTestCase()
{
    QVERIFY(m_home.isValid());
    // A PDF report, and the same report cut off, as the tests below read them.
    const QByteArray pdf = im::test::pdfFromHtml(
        QStringLiteral("<p>The loader (SHA-256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855) calls "
                       "hxxps://cdn-update[.]example[.]net/check.php.</p>"));
    QFile report(m_home.filePath(QStringLiteral("report.pdf")));
    QVERIFY(report.open(QIODevice::WriteOnly) && report.write(pdf) == pdf.size());
    QFile truncated(m_home.filePath(QStringLiteral("truncated.pdf")));
    QVERIFY(truncated.open(QIODevice::WriteOnly) && truncated.write(pdf.first(pdf.size() / 2)) == pdf.size() / 2);
}

void TestCliConvert::mispEventToImportJson()
{
    const QString out = m_home.filePath(QStringLiteral("event.json"));
    const Run run = runCli({QStringLiteral("convert"), im::test::dataPath(QStringLiteral("misp/event.json")),
                            QStringLiteral("--to"), QStringLiteral("import-json"), QStringLiteral("-o"), out,
                            QStringLiteral("--set"), QStringLiteral("action=Block"), QStringLiteral("--set"),
                            QStringLiteral("severity=high")});
    QCOMPARE(run.status, QProcess::NormalExit);
    // Invalid rows: the two attributes marked not for detection, and the fixture's documentation addresses.
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("(misp): 10 rows, 4 valid, 6 invalid"), run.err.constData());
    QVERIFY(run.err.contains("2 attributes are marked not for detection"));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray rows =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("Indicators")).toArray();
    QCOMPARE(rows.size(), 10);
    const QJsonObject first = rows.first().toObject();
    QCOMPARE(first.value(QStringLiteral("indicatorType")).toString(), QStringLiteral("FileSha256"));
    QCOMPARE(first.value(QStringLiteral("action")).toString(), QStringLiteral("Block"));
    QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("High"));
    QCOMPARE(first.value(QStringLiteral("title")).toString(), QStringLiteral("Phishing wave delivering a loader"));
}

void TestCliConvert::reportToPortalCsvOnStandardOutput()
{
    const Run run = runCli({QStringLiteral("convert"), im::test::dataPath(QStringLiteral("text/report.adoc")),
                            QStringLiteral("--set"), QStringLiteral("action=Audit"), QStringLiteral("--set"),
                            QStringLiteral("generateAlert=true"), QStringLiteral("--set"),
                            QStringLiteral("title={source}: {type} from line {line}")});
    QCOMPARE(run.status, QProcess::NormalExit);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 6);
    QVERIFY(lines[0].startsWith("IndicatorType,IndicatorValue,ExpirationTime,Action"));
    QVERIFY2(lines[1].startsWith("DomainName,update-check.example.net,,Audit,,report.adoc: DomainName from line 6,"),
             lines[1].constData());
    QVERIFY(lines[1].trimmed().endsWith(",true"));
    QVERIFY(run.err.contains("(text): 5 rows"));
}

void TestCliConvert::defaultsFillOnlyEmptyCells()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("IndicatorValue,Action,Title\n"
               "evil.example.com,,\n"
               "bad.example.net,Warn,Own title\n");
    file.close();
    const Run run =
        runCli({QStringLiteral("convert"), path, QStringLiteral("--to"), QStringLiteral("import-json"),
                QStringLiteral("--set"), QStringLiteral("action=Block"), QStringLiteral("--set"),
                QStringLiteral("title=From {source}"), QStringLiteral("--set"), QStringLiteral("expiration=30d"),
                QStringLiteral("--set"), QStringLiteral("description=Block list")});
    QCOMPARE(run.status, QProcess::NormalExit);
    const QJsonArray rows = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("Indicators")).toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].toObject().value(QStringLiteral("action")).toString(), QStringLiteral("Block"));
    QCOMPARE(rows[0].toObject().value(QStringLiteral("title")).toString(), QStringLiteral("From list.csv"));
    QCOMPARE(rows[1].toObject().value(QStringLiteral("action")).toString(), QStringLiteral("Warn"));
    QCOMPARE(rows[1].toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Own title"));
    const QDateTime expires =
        QDateTime::fromString(rows[0].toObject().value(QStringLiteral("expirationTime")).toString(), Qt::ISODate);
    QVERIFY(expires.isValid());
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().daysTo(expires) - 30) <= 1);
    QCOMPARE(run.exitCode, 0);
}

void TestCliConvert::defaultsFromAFileAndAPreset()
{
    const QString defaults = m_home.filePath(QStringLiteral("defaults.json"));
    QFile file(defaults);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        R"({"action": "Audit", "generateAlert": true, "severity": "Low", "title": "{source}", "description": "{type}"})");
    file.close();
    const QString input = im::test::dataPath(QStringLiteral("stix/bundle20.json"));
    const Run fromFile = runCli({QStringLiteral("convert"), input, QStringLiteral("--to"), QStringLiteral("full-csv"),
                                 QStringLiteral("--defaults"), defaults});
    QCOMPARE(fromFile.status, QProcess::NormalExit);
    QVERIFY2(fromFile.out.contains(",Audit,Low,Phishing URL,"), fromFile.out.constData());
    QVERIFY(fromFile.out.contains(",Audit,Low,bundle20.json,FileSha256,"));

    // The same as a saved preset, and --set wins over it.
    {
        QSettings settings(m_home.filePath(QStringLiteral("config/IndicatorManager/indicator-manager.conf")),
                           QSettings::IniFormat);
        settings.setValue(
            QStringLiteral("importDefaults/presets/soc"),
            QStringLiteral(
                R"({"action":"Audit","generateAlert":"true","severity":"Low","title":"{source}","description":"{type}"})"));
    }
    const Run fromPreset = runCli({QStringLiteral("convert"), input, QStringLiteral("--to"), QStringLiteral("full-csv"),
                                   QStringLiteral("--defaults"), QStringLiteral("soc"), QStringLiteral("--set"),
                                   QStringLiteral("severity=High")});
    QCOMPARE(fromPreset.status, QProcess::NormalExit);
    QVERIFY2(fromPreset.out.contains(",Audit,High,bundle20.json,FileSha256,"), fromPreset.out.constData());
    QCOMPARE(fromPreset.exitCode, 1); // 192.0.2.200 is a documentation address, not a public one
}

void TestCliConvert::defaultsOnValidateAndPlan()
{
    const QString input = im::test::dataPath(QStringLiteral("text/prose.txt"));
    const Run bare = runCli({QStringLiteral("validate"), input, QStringLiteral("--json")});
    QCOMPARE(bare.exitCode, 1);
    const QStringList set = {QStringLiteral("--set"), QStringLiteral("action=Block"),
                             QStringLiteral("--set"), QStringLiteral("title={source}"),
                             QStringLiteral("--set"), QStringLiteral("severity=Medium")};
    const Run validated = runCli(QStringList{QStringLiteral("validate"), input, QStringLiteral("--json")} + set);
    QCOMPARE(validated.status, QProcess::NormalExit);
    const QJsonObject summary = QJsonDocument::fromJson(validated.out).object();
    QCOMPARE(summary.value(QStringLiteral("rows")).toInt(), 3);
    QCOMPARE(summary.value(QStringLiteral("format")).toString(), QStringLiteral("text"));
    QCOMPARE(summary.value(QStringLiteral("invalid")).toInt(), 1); // 203.0.113.77 is a documentation address
    const Run planned = runCli(QStringList{QStringLiteral("plan"), input, QStringLiteral("--json")} + set);
    QCOMPARE(planned.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(planned.out).object().value(QStringLiteral("sendable")).toInt(), 2);
}

void TestCliConvert::pdfReportToImportJson()
{
    const QString out = m_home.filePath(QStringLiteral("report.json"));
    const Run run = runCli({QStringLiteral("convert"), m_home.filePath(QStringLiteral("report.pdf")),
                            QStringLiteral("--to"), QStringLiteral("import-json"), QStringLiteral("-o"), out,
                            QStringLiteral("--set"), QStringLiteral("action=Block"), QStringLiteral("--set"),
                            QStringLiteral("title={source} page {page} line {line}")});
    QCOMPARE(run.status, QProcess::NormalExit);
    QVERIFY2(run.err.contains("(pdf): 3 rows, 3 valid"), run.err.constData());
    QCOMPARE(run.exitCode, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray rows =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("Indicators")).toArray();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].toObject().value(QStringLiteral("indicatorValue")).toString(),
             QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(rows[0].toObject().value(QStringLiteral("title")).toString(), QStringLiteral("report.pdf page 1 line 2"));
    QCOMPARE(rows[1].toObject().value(QStringLiteral("indicatorType")).toString(), QStringLiteral("Url"));
    QCOMPARE(rows[1].toObject().value(QStringLiteral("indicatorValue")).toString(),
             QStringLiteral("https://cdn-update.example.net/check.php"));
    QCOMPARE(rows[1].toObject().value(QStringLiteral("action")).toString(), QStringLiteral("Block"));
    QCOMPARE(rows[1].toObject().value(QStringLiteral("title")).toString(), QStringLiteral("report.pdf page 1 line 4"));
    // The URL's host, from the same line: what blocks the URL in browsers other than Edge.
    QCOMPARE(rows[2].toObject().value(QStringLiteral("indicatorType")).toString(), QStringLiteral("DomainName"));
    QCOMPARE(rows[2].toObject().value(QStringLiteral("indicatorValue")).toString(),
             QStringLiteral("cdn-update.example.net"));
    QCOMPARE(rows[2].toObject().value(QStringLiteral("title")).toString(), QStringLiteral("report.pdf page 1 line 4"));
}

void TestCliConvert::contextAddsTheSourceText()
{
    const Run run =
        runCli({QStringLiteral("convert"), m_home.filePath(QStringLiteral("report.pdf")), QStringLiteral("--to"),
                QStringLiteral("import-json"), QStringLiteral("--context"), QStringLiteral("--set"),
                QStringLiteral("action=Block"), QStringLiteral("--set"), QStringLiteral("title={source}")});
    QCOMPARE(run.status, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("Indicators")).toArray();
    QCOMPARE(rows.size(), 3); // the hash, the URL and its host
    const QJsonObject url = rows[1].toObject();
    QCOMPARE(url.value(QStringLiteral("indicatorValue")).toString(),
             QStringLiteral("https://cdn-update.example.net/check.php"));
    QCOMPARE(url.value(QStringLiteral("action")).toString(), QStringLiteral("Block"));
    QVERIFY2(url.value(QStringLiteral("context")).toString().contains(QStringLiteral("check.php")),
             qPrintable(url.value(QStringLiteral("context")).toString()));

    // Without the flag, and for rows from a table, the body is the API's alone.
    const Run plain = runCli({QStringLiteral("convert"), m_home.filePath(QStringLiteral("report.pdf")),
                              QStringLiteral("--to"), QStringLiteral("import-json")});
    const QJsonArray plainRows =
        QJsonDocument::fromJson(plain.out).object().value(QStringLiteral("Indicators")).toArray();
    QCOMPARE(plainRows.size(), 3);
    QVERIFY(!plainRows[1].toObject().contains(QStringLiteral("context")));
}

void TestCliConvert::badInputExitsWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    const QString event = im::test::dataPath(QStringLiteral("misp/event.json"));
    QTest::newRow("truncated MISP") << QStringList{QStringLiteral("convert"),
                                                   im::test::dataPath(QStringLiteral("misp/truncated.json"))}
                                    << QByteArray("ends too early");
    QTest::newRow("truncated PDF") << QStringList{QStringLiteral("convert"),
                                                  m_home.filePath(QStringLiteral("truncated.pdf"))}
                                   << QByteArray("The PDF is truncated or damaged");
    QTest::newRow("unknown --to") << QStringList{QStringLiteral("convert"), event, QStringLiteral("--to"),
                                                 QStringLiteral("xlsx")}
                                  << QByteArray("--to takes portal-csv");
    QTest::newRow("--context without import-json")
        << QStringList{QStringLiteral("convert"), event, QStringLiteral("--context")}
        << QByteArray("--context needs --to import-json");
    QTest::newRow("unknown field") << QStringList{QStringLiteral("convert"), event, QStringLiteral("--set"),
                                                  QStringLiteral("colour=red")}
                                   << QByteArray("takes no default");
    QTest::newRow("bad action") << QStringList{QStringLiteral("validate"), event, QStringLiteral("--set"),
                                               QStringLiteral("action=Nuke")}
                                << QByteArray("is not an action");
    QTest::newRow("bad expiration") << QStringList{QStringLiteral("plan"), event, QStringLiteral("--set"),
                                                   QStringLiteral("expiration=soon")}
                                    << QByteArray("number of days");
    QTest::newRow("unknown sheet") << QStringList{
        QStringLiteral("validate"), im::test::dataPath(QStringLiteral("xlsx/sheets.xlsx")), QStringLiteral("--sheet"),
        QStringLiteral("Hashes")} << QByteArray("no sheet named \"Hashes\"; its sheets are: Notes, IOCs, Empty");
    QTest::newRow("missing preset") << QStringList{QStringLiteral("convert"), event, QStringLiteral("--defaults"),
                                                   QStringLiteral("nope")}
                                    << QByteArray("no defaults preset or file");
}

void TestCliConvert::sheetOfAWorkbook()
{
    const QString workbook = im::test::dataPath(QStringLiteral("xlsx/sheets.xlsx"));
    // Without --sheet the first sheet is read, and the notes say so and name the others.
    const Run first = runCli({QStringLiteral("convert"), im::test::dataPath(QStringLiteral("xlsx/indicators.xlsx"))});
    QVERIFY2(first.err.contains("Sheet \"IOCs\" (1 of 2) was read"), first.err.constData());
    QVERIFY2(first.err.contains("other sheets were not read: Hashes"), first.err.constData());
    // By name or by number, on each command that reads a file.
    for (const QString &sheet : {QStringLiteral("IOCs"), QStringLiteral("2")}) {
        const Run run = runCli({QStringLiteral("convert"), workbook, QStringLiteral("--sheet"), sheet,
                                QStringLiteral("--to"), QStringLiteral("import-json")});
        QCOMPARE(run.status, QProcess::NormalExit);
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.constData());
        QVERIFY2(run.out.contains("login-update.example.org") && run.out.contains("198.51.100.23"),
                 run.out.constData());
    }
    const Run validate = runCli({QStringLiteral("validate"), workbook, QStringLiteral("--sheet"),
                                 QStringLiteral("IOCs"), QStringLiteral("--json")});
    QVERIFY2(validate.exitCode == 0 || validate.exitCode == 1, validate.err.constData());
    QVERIFY2(validate.out.contains("Sheet \\\"IOCs\\\" (2 of 3) was read"), validate.out.constData());
    const Run plan = runCli({QStringLiteral("plan"), workbook, QStringLiteral("--sheet"), QStringLiteral("2"),
                             QStringLiteral("--active"), QStringLiteral("0")});
    QVERIFY2(plan.exitCode != 2, plan.err.constData());
}

void TestCliConvert::badInputExitsWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const Run run = runCli(arguments);
    QCOMPARE(run.status, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

// A QGuiApplication: the PDF reports are written with QPdfWriter.
QTEST_MAIN(TestCliConvert)
#include "TestCliConvert.moc"
