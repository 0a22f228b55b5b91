// SPDX-License-Identifier: GPL-3.0-or-later
// The command-line contract that scripts rely on: names, flags, exit codes and JSON keys.
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace im;

namespace {

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;

    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run runCli(const QStringList &arguments, int timeoutMs = 120000)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(IM_CLI_PATH), arguments);
    Run run;
    if (!process.waitForFinished(timeoutMs)) {
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

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

const QByteArray kHeader = "IndicatorType,IndicatorValue,ExpirationTime,Action,Severity,Title,Description,"
                           "RecommendedActions,RbacGroups,Category,MitreTechniques,GenerateAlert\r\n";

QByteArray validRow(int n)
{
    return "FileSha256," + QByteArray::number(n).rightJustified(64, '0')
           + ",2031-01-01T00:00:00Z,Block,Informational,Loader,Seen in campaign,,,Malware,T1204,true\r\n";
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void versionAndHelp();
    void validateExitsZeroWhenEveryRowIsValid();
    void validateExitsOneAndListsEveryIssue();
    void validateCountsWarningsAndDuplicates();
    void validateReadsEveryFormat_data();
    void validateReadsEveryFormat();
    void badInputExitsTwoWithAClearMessage_data();
    void badInputExitsTwoWithAClearMessage();
    void aGigabyteLineExitsTwoQuickly();
    void hostileTextIsFlaggedNotPassedToTheTerminal();
    void planReportsBatchesCallsAndQuota();
    void planJsonCarriesTheContractKeys();
    void wrongUsageExitsTwo_data();
    void wrongUsageExitsTwo();

private:
    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestCli::versionAndHelp()
{
    const Run version = runCli({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), QByteArray("indicator-manager-cli " IM_VERSION));

    const Run help = runCli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *needle :
         {"validate FILE", "plan FILE", "--json", "--active", "Exit code 0", "2: the file cannot be read"})
        QVERIFY2(help.out.contains(needle), needle);
}

void TestCli::validateExitsZeroWhenEveryRowIsValid()
{
    const QString path = writeFile(m_dir, QStringLiteral("valid.csv"), kHeader + validRow(1) + validRow(2));
    const Run run = runCli({QStringLiteral("validate"), path, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("rows")).toInt(), 2);
    QCOMPARE(json.value(QStringLiteral("valid")).toInt(), 2);
    QCOMPARE(json.value(QStringLiteral("invalid")).toInt(), 0);
    QCOMPARE(json.value(QStringLiteral("warnings")).toInt(), 0);
    QCOMPARE(json.value(QStringLiteral("duplicates")).toInt(), 0);
    QVERIFY(json.value(QStringLiteral("issues")).isArray());
    QCOMPARE(json.value(QStringLiteral("issues")).toArray().size(), 0);
    QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("portal-csv"));

    const Run text = runCli({QStringLiteral("validate"), path});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("2 valid"), text.out.constData());
}

void TestCli::validateExitsOneAndListsEveryIssue()
{
    const QByteArray rows = validRow(1)
                            + "IpAddress,10.0.0.1,,Block,High,Internal,Lab,,,,,\r\n"
                              "DomainName,bad..name,,BlockAndRemediate,High,Bad,Bad,,,,,\r\n";
    const QString path = writeFile(m_dir, QStringLiteral("invalid.csv"), kHeader + rows);
    const Run run = runCli({QStringLiteral("validate"), path, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("rows")).toInt(), 3);
    QCOMPARE(json.value(QStringLiteral("valid")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("invalid")).toInt(), 2);
    const QJsonArray issues = json.value(QStringLiteral("issues")).toArray();
    QStringList seen;
    for (const QJsonValue &v : issues) {
        const QJsonObject issue = v.toObject();
        for (const char *key : {"row", "column", "code", "severity", "message"})
            QVERIFY2(issue.contains(QLatin1String(key)), key);
        QVERIFY(!issue.value(QStringLiteral("message")).toString().isEmpty());
        seen.append(QStringLiteral("%1:%2:%3:%4")
                        .arg(issue.value(QStringLiteral("row")).toInt())
                        .arg(issue.value(QStringLiteral("column")).toString(),
                             issue.value(QStringLiteral("code")).toString(),
                             issue.value(QStringLiteral("severity")).toString()));
    }
    seen.sort();
    QCOMPARE(seen, (QStringList{QStringLiteral("2:indicatorValue:ip.not-public:error"),
                                QStringLiteral("3:action:action.not-allowed:error"),
                                QStringLiteral("3:indicatorValue:domain.invalid:error")}));
}

void TestCli::validateCountsWarningsAndDuplicates()
{
    const QByteArray upper = "FileSha1,DEADBEEFB263B10B284405889FB25DCC3BF1AEBB,,Block,High,Upper,Upper,,,,,\r\n";
    const QString path = writeFile(m_dir, QStringLiteral("warnings.csv"), kHeader + validRow(5) + validRow(5) + upper);
    const Run run = runCli({QStringLiteral("validate"), path, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0); // warnings alone keep every row valid
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("duplicates")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("warnings")).toInt(), 2);
    QCOMPARE(json.value(QStringLiteral("valid")).toInt(), 3);
}

void TestCli::validateReadsEveryFormat_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("rows");
    QTest::newRow("portal template") << (kHeader + validRow(1)) << QStringLiteral("a.csv")
                                     << QStringLiteral("portal-csv") << 1;
    QTest::newRow("semicolon file with synonyms") << QByteArray("ioc;type;action;title;description\n"
                                                                "8.8.4.4;IpAddress;Block;DNS;Test\n")
                                                  << QStringLiteral("b.csv") << QStringLiteral("csv") << 1;
    QTest::newRow("tab-separated sha256 column")
        << QByteArray("sha256\tname\tcomment\n" + QByteArray(64, 'a') + "\tLoader\tFeed\n") << QStringLiteral("c.tsv")
        << QStringLiteral("csv") << 1;
    QTest::newRow("Import JSON body") << QByteArray(
        R"({"Indicators":[{"indicatorValue":"example.org","indicatorType":"DomainName","action":"Block","title":"t","description":"d"}]})")
                                      << QStringLiteral("d.json") << QStringLiteral("json") << 1;
    QTest::newRow("plain IOC list") << QByteArray("# feed\nevil[.]example\nhxxp://bad.example/x\n")
                                    << QStringLiteral("e.txt") << QStringLiteral("ioc-list") << 2;
}

void TestCli::validateReadsEveryFormat()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, name);
    QFETCH(QString, format);
    QFETCH(int, rows);
    const Run run = runCli({QStringLiteral("validate"), writeFile(m_dir, name, content), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.constData());
    QCOMPARE(run.json().value(QStringLiteral("format")).toString(), format);
    QCOMPARE(run.json().value(QStringLiteral("rows")).toInt(), rows);
}

void TestCli::badInputExitsTwoWithAClearMessage_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");

    QByteArray binary;
    for (int i = 0; i < 4096; ++i)
        binary.append(static_cast<char>((i * 7919) % 256));
    QByteArray wide = "IndicatorValue";
    for (int i = 0; i < 10000; ++i)
        wide += ",c" + QByteArray::number(i);
    QByteArray nested = QByteArray(10000, '[') + QByteArray(10000, ']');

    QTest::newRow("empty file") << QByteArray() << QStringLiteral("empty.csv") << QStringLiteral("empty");
    QTest::newRow("binary junk") << binary << QStringLiteral("junk.csv") << QStringLiteral("binary");
    QTest::newRow("invalid UTF-8 after valid UTF-8")
        << QByteArray("IndicatorValue,Title\n\xc3\xa9t\xc3\xa9,ok\nbad\xff\xfe,x\n") << QStringLiteral("utf8.csv")
        << QStringLiteral("not valid UTF-8");
    QTest::newRow("NUL bytes") << QByteArray("IndicatorValue\n8.8.8.8\0\n", 24) << QStringLiteral("nul.csv")
                               << QStringLiteral("binary");
    QTest::newRow("10,000 columns") << (wide + "\n") << QStringLiteral("wide.csv") << QStringLiteral("columns");
    QTest::newRow("deeply nested JSON") << nested << QStringLiteral("nested.json") << QStringLiteral("nested");
    QTest::newRow("truncated JSON") << QByteArray(R"({"Indicators":[{"indicatorValue":"x")")
                                    << QStringLiteral("cut.json") << QStringLiteral("ends too early");
    QTest::newRow("only a header") << kHeader << QStringLiteral("header.csv") << QStringLiteral("no indicators");
}

void TestCli::badInputExitsTwoWithAClearMessage()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, name);
    QFETCH(QString, message);
    const QString path = writeFile(m_dir, name, content);

    const Run text = runCli({QStringLiteral("validate"), path});
    QCOMPARE(text.status, QProcess::NormalExit);
    QCOMPARE(text.exitCode, 2);
    QVERIFY2(QString::fromUtf8(text.err).contains(message, Qt::CaseInsensitive), text.err.constData());

    const Run json = runCli({QStringLiteral("validate"), path, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 2);
    QVERIFY2(json.json().value(QStringLiteral("error")).toString().contains(message, Qt::CaseInsensitive),
             json.out.constData());
}

void TestCli::aGigabyteLineExitsTwoQuickly()
{
    const QString path = m_dir.filePath(QStringLiteral("huge-line.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("IndicatorValue,Title\n");
        const QByteArray block(16 << 20, 'a');
        for (int i = 0; i < 64; ++i) // 1 GiB without a line break
            QCOMPARE(file.write(block), qint64(block.size()));
    }
    const Run run = runCli({QStringLiteral("validate"), path});
    QFile::remove(path);
    QCOMPARE(run.status, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("longer than"), run.err.constData());
}

void TestCli::hostileTextIsFlaggedNotPassedToTheTerminal()
{
    // A title with a right-to-left override and one with a terminal escape: flagged as errors, and what
    // the CLI prints about them holds neither, so the analyst's terminal shows what is really there.
    const QByteArray rows = "DomainName,rlo.example,,Block,High,invoice\xe2\x80\xae"
                            "fdp.exe,Mail,,,,,\r\n"
                            "DomainName,escape.example,,Block,High,\x1b]0;owned\x07\x1b[2Jx,Feed,,,,,\r\n"
                            "DomainName,formula.example,,Block,High,=HYPERLINK(1),@SUM(1),,,,,\r\n";
    const QString path = writeFile(m_dir, QStringLiteral("hostile.csv"), kHeader + rows);
    const Run text = runCli({QStringLiteral("validate"), path});
    QCOMPARE(text.exitCode, 1);
    QVERIFY2(text.out.contains("[title.control-chars] The text contains control characters or right-to-left override"),
             text.out.constData());
    for (const Run &run : {text, runCli({QStringLiteral("validate"), path, QStringLiteral("--json")})}) {
        QVERIFY2(!run.out.contains("\xe2\x80\xae") && !run.err.contains("\xe2\x80\xae"), run.out.constData());
        QVERIFY2(!run.out.contains('\x1b') && !run.err.contains('\x1b'), run.out.constData());
        QVERIFY(!run.out.contains('\x07'));
    }
    const QJsonArray issues = runCli({QStringLiteral("validate"), path, QStringLiteral("--json")})
                                  .json()
                                  .value(QStringLiteral("issues"))
                                  .toArray();
    QStringList codes;
    for (const QJsonValue &v : issues)
        codes << QStringLiteral("%1:%2")
                     .arg(v.toObject().value(QStringLiteral("row")).toInt())
                     .arg(v.toObject().value(QStringLiteral("code")).toString());
    QVERIFY2(codes.contains(QStringLiteral("1:title.control-chars")), qPrintable(codes.join(u' ')));
    QVERIFY2(codes.contains(QStringLiteral("2:title.control-chars")), qPrintable(codes.join(u' ')));
    // Formulas are warned about, not changed.
    QVERIFY2(codes.contains(QStringLiteral("3:title.formula")), qPrintable(codes.join(u' ')));
    QVERIFY2(codes.contains(QStringLiteral("3:description.formula")), qPrintable(codes.join(u' ')));
}

void TestCli::planReportsBatchesCallsAndQuota()
{
    QByteArray content = kHeader;
    for (int i = 0; i < 1201; ++i)
        content += validRow(i);
    content += "IpAddress,10.0.0.1,,Block,High,Internal,Lab,,,,,\r\n";
    const QString path = writeFile(m_dir, QStringLiteral("plan.csv"), content);
    const Run run = runCli({QStringLiteral("plan"), path, QStringLiteral("--active"), QStringLiteral("14000")});
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(QStringLiteral("Import calls: 3 (batch sizes: 500 500 201)")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("14000 now, 15201 after, of 15000")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("limit by 201")), qPrintable(out));
}

void TestCli::planJsonCarriesTheContractKeys()
{
    QByteArray content = kHeader;
    for (int i = 0; i < 31 * 500; ++i)
        content += validRow(i);
    content += validRow(0); // a duplicate
    content += "IpAddress,10.0.0.1,,Block,High,Internal,Lab,,,,,\r\n";
    const QString path = writeFile(m_dir, QStringLiteral("plan-json.csv"), content);
    const Run run = runCli({QStringLiteral("plan"), path, QStringLiteral("--json"), QStringLiteral("--active=100")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("rows")).toInt(), 15502);
    QCOMPARE(json.value(QStringLiteral("new")).toInt(), 15500);
    QCOMPARE(json.value(QStringLiteral("updates")).toInt(), 0);
    QCOMPARE(json.value(QStringLiteral("unchanged")).toInt(), 0);
    const QJsonObject excluded = json.value(QStringLiteral("excluded")).toObject();
    QCOMPARE(excluded.value(QStringLiteral("invalid")).toInt(), 1);
    QCOMPARE(excluded.value(QStringLiteral("duplicate")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("batches")).toInt(), 31);
    QCOMPARE(json.value(QStringLiteral("calls")).toInt(), 31);
    QCOMPARE(json.value(QStringLiteral("batchSizes")).toArray().size(), 31);
    QCOMPARE(json.value(QStringLiteral("minimumSeconds")).toInt(), 60);
    QCOMPARE(json.value(QStringLiteral("activeBefore")).toInt(), 100);
    QCOMPARE(json.value(QStringLiteral("activeAfter")).toInt(), 15600);
    QCOMPARE(json.value(QStringLiteral("overLimitBy")).toInt(), 600);
    // Streamed, the bytes are still those of one compact QJsonDocument, as plan --json always printed.
    QCOMPARE(run.out, QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n');
}

void TestCli::wrongUsageExitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("validate without a file") << QStringList{QStringLiteral("validate")};
    QTest::newRow("validate with two files")
        << QStringList{QStringLiteral("validate"), QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("missing file") << QStringList{QStringLiteral("validate"), QStringLiteral("/nonexistent/file.csv")};
    QTest::newRow("negative --active") << QStringList{QStringLiteral("plan"),
                                                      QStringLiteral(IM_TEST_DATA_DIR "/../CMakeLists.txt"),
                                                      QStringLiteral("--active"), QStringLiteral("-5")};
    QTest::newRow("unknown encoding") << QStringList{QStringLiteral("validate"), QStringLiteral("x.csv"),
                                                     QStringLiteral("--encoding"), QStringLiteral("EBCDIC")};
}

void TestCli::wrongUsageExitsTwo()
{
    QFETCH(QStringList, arguments);
    const Run run = runCli(arguments);
    QCOMPARE(run.status, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
