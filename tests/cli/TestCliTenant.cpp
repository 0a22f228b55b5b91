// SPDX-License-Identifier: GPL-3.0-or-later
// The tenant commands of the CLI contract (import, list, delete) against the sandbox as a real process:
// exit codes 0-4, the results CSV, JSON keys, and resuming an import whose process was killed.
#include "core/net/DemoRegistration.h"
#include "support/CliProcess.h"
#include "support/SandboxProcess.h"
#include "support/TestCertificates.h"
#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

#include <csignal>

using namespace im;
using namespace im::test;

namespace {

using Run = CliRun;

const QByteArray kHeader = "IndicatorType,IndicatorValue,ExpirationTime,Action,Severity,Title,Description,"
                           "RecommendedActions,RbacGroups,Category,MitreTechniques,GenerateAlert\r\n";

QByteArray row(int n, const QByteArray &expiration = "2031-01-01T00:00:00Z")
{
    const QByteArray hash =
        QCryptographicHash::hash(QByteArray("cli row " + QByteArray::number(n)), QCryptographicHash::Sha256).toHex();
    return "FileSha256," + hash + ',' + expiration + ",Block,High,Loader " + QByteArray::number(n)
           + ",Seen in campaign,,,Malware,T1204,true\r\n";
}

QByteArray rows(int first, int count)
{
    QByteArray text = kHeader;
    for (int i = first; i < first + count; ++i)
        text += row(i);
    return text;
}

} // namespace

class TestCliTenant : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void helpDocumentsTheTenantCommands();
    void importExitsZeroAndWritesTheResults();
    void importExitsOneWhenTheServiceFailsRows();
    void importExitsOneAndExplainsRowsItDidNotSend();
    void importExitsTwoForBadInput_data();
    void importExitsTwoForBadInput();
    void importReadsTheChosenSheet();
    void importExitsThreeWhenSignInFails();
    void importExitsThreeWithoutPermission();
    void importExitsFourWhenTheServiceCannotBeReached();
    void importOverHttpsTrustsTheGivenCa();
    void listPrintsTextJsonAndCsv();
    void listAndDeleteExitCodesForSignInAndReach();
    void deleteByIdsReportsUnknownIds();
    void deleteExpiredRemovesOnlyExpiredIndicators();
    void killedImportResumesWithoutResending();
    void everyFaultAndKillsLeaveEachIndicatorOnce();
    void listEscapesControlCharactersFromTheService();
    void controlCharactersFromTheServiceNeverReachTheTerminal();
    void planIsExactWhenTheServiceCapsItsPages();
    void planUsesTheTenantsLiveFigures();

private:
    int importedRows();

    TestCertificates m_certs;
    SandboxProcess m_sandbox;
    CliWorkspace m_cli{m_sandbox};
};

void TestCliTenant::initTestCase()
{
    QVERIFY(m_cli.dir().isValid());
    QVERIFY2(m_certs.create(), qPrintable(m_certs.error()));
    QVERIFY2(m_sandbox.start({QStringLiteral("--time-scale"), QStringLiteral("60")}), qPrintable(m_sandbox.error()));
}

void TestCliTenant::init()
{
    QVERIFY(m_sandbox.reset());
}

int TestCliTenant::importedRows()
{
    int sum = 0;
    const QJsonArray calls =
        m_sandbox.stats().value(QLatin1String("calls")).toObject().value(QLatin1String("import")).toArray();
    for (const QJsonValue &c : calls)
        sum += c.toArray().at(1).toInt();
    return sum;
}

void TestCliTenant::helpDocumentsTheTenantCommands()
{
    const Run help = m_cli.run({QStringLiteral("--help")}, {});
    QCOMPARE(help.exitCode, 0);
    for (const char *needle :
         {"import FILE", "--results OUT.csv", "list (--profile NAME | CONNECTION) [--json | --csv]",
          "delete (--profile NAME | CONNECTION) (--ids FILE | --expired)", "--client-secret-stdin", "--api-url",
          "--login-url", "--tenant", "--client-id", "3: sign-in failed", "4: the service could not be reached",
          "validate FILE", "plan FILE"})
        QVERIFY2(help.out.contains(needle), needle);
}

void TestCliTenant::importExitsZeroAndWritesTheResults()
{
    const QString file = m_cli.write(QStringLiteral("ok.csv"), rows(0, 3));
    const QString results = m_cli.dir().filePath(QStringLiteral("ok-results.csv"));
    const Run run = m_cli.run(
        QStringList{QStringLiteral("import"), file, QStringLiteral("--results"), results, QStringLiteral("--json")}
        + m_cli.connection());
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QLatin1String("rows")).toInt(), 3);
    QCOMPARE(json.value(QLatin1String("succeeded")).toInt(), 3);
    QCOMPARE(json.value(QLatin1String("stopped")).toString(), QStringLiteral("completed"));
    QCOMPARE(json.value(QLatin1String("results")).toString(), results);
    // What follows the run: when the indicators take effect, and the query that shows whether they fired.
    const QJsonObject afterRun = json.value(QLatin1String("afterRun")).toObject();
    const QJsonArray expectations = afterRun.value(QLatin1String("expectations")).toArray();
    QVERIFY(!expectations.isEmpty());
    int counted = 0;
    for (const QJsonValue &e : expectations) {
        QVERIFY(!e.toObject().value(QLatin1String("takesEffect")).toString().isEmpty());
        QVERIFY(!e.toObject().value(QLatin1String("deviceNeeds")).toString().isEmpty());
        counted += e.toObject().value(QLatin1String("count")).toInt();
    }
    QCOMPARE(counted, 3);
    const QString query = afterRun.value(QLatin1String("huntingQuery")).toString();
    QVERIFY2(query.startsWith(QStringLiteral("// Have the imported indicators fired?")), qPrintable(query));
    QVERIFY(query.contains(QStringLiteral("union withsource=Table")));

    QFile csv(results);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QVERIFY(lines[0].startsWith("IndicatorType,IndicatorValue,"));
    QVERIFY(lines[0].endsWith(",Status,Id,FailureReason\r"));
    const QJsonArray listed = m_sandbox.listAll();
    QCOMPARE(listed.size(), 3);
    QSet<QByteArray> ids;
    for (const QJsonValue &v : listed)
        ids.insert(v.toObject().value(QLatin1String("id")).toString().toLatin1());
    for (int i = 1; i <= 3; ++i) {
        const QList<QByteArray> cells = lines[i].trimmed().split(',');
        QCOMPARE(cells[cells.size() - 3], QByteArray("Succeeded"));
        QVERIFY(ids.contains(cells[cells.size() - 2]));
        QCOMPARE(cells.last(), QByteArray());
    }

    // Text mode says the same in a sentence.
    const Run again =
        m_cli.run(QStringList{QStringLiteral("import"), file, QStringLiteral("--kql")} + m_cli.connection());
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains("3 succeeded"));
    // --kql: the same query after the summary.
    QVERIFY2(again.out.endsWith(query.toUtf8()), again.out.constData());
    QCOMPARE(m_sandbox.listAll().size(), 3); // an upsert: no duplicates
}

void TestCliTenant::importExitsOneWhenTheServiceFailsRows()
{
    QVERIFY(m_sandbox.seed(14999));
    const QString file = m_cli.write(QStringLiteral("cap.csv"), rows(100, 3));
    const Run run =
        m_cli.run(QStringList{QStringLiteral("import"), file, QStringLiteral("--json")} + m_cli.connection());
    QCOMPARE(run.exitCode, 1);
    const QJsonArray outcomes = run.json().value(QLatin1String("outcomes")).toArray();
    QCOMPARE(outcomes.size(), 3);
    QCOMPARE(outcomes[0].toObject().value(QLatin1String("status")).toString(), QStringLiteral("Succeeded"));
    for (int i = 1; i < 3; ++i) {
        QCOMPARE(outcomes[i].toObject().value(QLatin1String("status")).toString(), QStringLiteral("Failed"));
        QCOMPARE(outcomes[i].toObject().value(QLatin1String("reason")).toString(),
                 QStringLiteral("Max capacity exceeded"));
    }
}

void TestCliTenant::importExitsOneAndExplainsRowsItDidNotSend()
{
    const QString file = m_cli.write(QStringLiteral("mixed.csv"),
                                     rows(200, 2) + "IpAddress,10.1.2.3,,Block,High,Internal,Lab,,,,,\r\n" + row(200));
    const QString results = m_cli.dir().filePath(QStringLiteral("mixed-results.csv"));
    const Run run = m_cli.run(QStringList{QStringLiteral("import"), file, QStringLiteral("--results"), results}
                              + m_cli.connection());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("Row 3 not sent: 10.1.2.3 is in the private"), run.out.constData());
    QVERIFY(run.out.contains("Row 4 not sent:"));
    QCOMPARE(m_sandbox.listAll().size(), 2);
    QFile csv(results);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray text = csv.readAll();
    QCOMPARE(text.count("Succeeded"), 2);
    QCOMPARE(text.count("NotSent"), 2);
}

void TestCliTenant::importExitsTwoForBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("message");
    const QByteArray secret = CliWorkspace::demoSecretInput();
    const QString missing = QStringLiteral("/nonexistent/file.csv");
    const QString file = QStringLiteral("%1/bad-input.csv");
    QTest::newRow("missing file") << (QStringList{QStringLiteral("import"), missing} + m_cli.connection()) << secret
                                  << QByteArray("file.csv");
    QTest::newRow("no connection") << QStringList{QStringLiteral("import"), missing} << secret
                                   << QByteArray("No connection given");
    QTest::newRow("profile") << QStringList{QStringLiteral("import"), missing, QStringLiteral("--profile"),
                                            QStringLiteral("work")}
                             << secret << QByteArray("There is no profile \"work\"");
    QTest::newRow("no secret on stdin") << (QStringList{QStringLiteral("import"), missing} + m_cli.connection())
                                        << QByteArray() << QByteArray("standard input held no secret");
    QTest::newRow("secret on the command line")
        << QStringList{QStringLiteral("import"), missing, QStringLiteral("--client-secret"), QStringLiteral("s3cret")}
        << secret << QByteArray("client-secret");
    QTest::newRow("plain http to a remote host")
        << QStringList{QStringLiteral("import"),
                       missing,
                       QStringLiteral("--api-url"),
                       QStringLiteral("http://api.example.com"),
                       QStringLiteral("--tenant"),
                       QStringLiteral("t"),
                       QStringLiteral("--client-id"),
                       QStringLiteral("c"),
                       QStringLiteral("--client-secret-stdin")}
        << secret << QByteArray("Plain http:// is only allowed to this computer");
    QTest::newRow("unknown cloud") << QStringList{QStringLiteral("list"), QStringLiteral("--cloud"),
                                                  QStringLiteral("moon"), QStringLiteral("--tenant"),
                                                  QStringLiteral("t"),    QStringLiteral("--client-id"),
                                                  QStringLiteral("c"),    QStringLiteral("--client-secret-stdin")}
                                   << secret << QByteArray("Unknown cloud");
    QTest::newRow("delete without ids or expired") << (QStringList{QStringLiteral("delete")} + m_cli.connection())
                                                   << secret << QByteArray("--ids FILE or --expired");
    Q_UNUSED(file)
}

void TestCliTenant::importExitsTwoForBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, message);
    const Run run = m_cli.run(arguments, input);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), run.err.constData());
    QVERIFY(!run.err.contains(demo::kClientSecret));
}

void TestCliTenant::importReadsTheChosenSheet()
{
    // Notes first, the indicators second, an empty sheet third; the rows lack what the API needs.
    const QString workbook = im::test::dataPath(QStringLiteral("xlsx/sheets.xlsx"));
    const QStringList defaults{QStringLiteral("--set"), QStringLiteral("action=Audit"),
                               QStringLiteral("--set"), QStringLiteral("generateAlert=true"),
                               QStringLiteral("--set"), QStringLiteral("title={source}: {type}"),
                               QStringLiteral("--set"), QStringLiteral("description=Sheet IOCs, row {line}")};
    const auto domainsListed = [this] {
        QStringList titles;
        for (const QJsonValue &v : m_sandbox.listAll()) {
            const QJsonObject o = v.toObject();
            if (o.value(QLatin1String("indicatorValue")).toString() == QLatin1String("login-update.example.org"))
                titles.append(o.value(QLatin1String("title")).toString());
        }
        return titles;
    };

    const Run byName = m_cli.run(QStringList{QStringLiteral("import"), workbook, QStringLiteral("--sheet"),
                                             QStringLiteral("IOCs"), QStringLiteral("--json")}
                                 + defaults + m_cli.connection());
    QVERIFY2(byName.exitCode == 0 || byName.exitCode == 1, byName.err.constData());
    QCOMPARE(byName.json().value(QLatin1String("rows")).toInt(), 2);
    QVERIFY2(byName.json().value(QLatin1String("succeeded")).toInt() >= 1, byName.out.constData());
    QCOMPARE(domainsListed(), QStringList{QStringLiteral("sheets.xlsx: DomainName")});
    const int sent = importedRows();
    QVERIFY(sent >= 1);

    // By number, the same sheet again: an upsert, still one indicator for the domain.
    const Run byNumber =
        m_cli.run(QStringList{QStringLiteral("import"), workbook, QStringLiteral("--sheet"), QStringLiteral("2")}
                  + defaults + m_cli.connection());
    QVERIFY2(byNumber.exitCode == 0 || byNumber.exitCode == 1, byNumber.err.constData());
    QCOMPARE(domainsListed().size(), 1);
    const int sentAgain = importedRows();

    // A sheet the workbook does not have: exit 2 naming the sheets, and nothing sent.
    const Run unknown =
        m_cli.run(QStringList{QStringLiteral("import"), workbook, QStringLiteral("--sheet"), QStringLiteral("Hashes")}
                  + defaults + m_cli.connection());
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains("no sheet named \"Hashes\"; its sheets are: Notes, IOCs, Empty"),
             unknown.err.constData());
    QCOMPARE(importedRows(), sentAgain);
}

void TestCliTenant::importExitsThreeWhenSignInFails()
{
    const QString file = m_cli.write(QStringLiteral("signin.csv"), rows(300, 2));
    const Run run = m_cli.run(QStringList{QStringLiteral("import"), file} + m_cli.connection(), "not-the-secret\n");
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("Sign-in was refused: AADSTS7000215"), run.err.constData());
    QVERIFY(!run.err.contains("not-the-secret"));
    QCOMPARE(m_sandbox.listAll().size(), 0);

    // Every row still gets its outcome, in the JSON and in the results file.
    const QString results = m_cli.dir().filePath(QStringLiteral("signin-results.csv"));
    const Run json = m_cli.run(
        QStringList{QStringLiteral("import"), file, QStringLiteral("--json"), QStringLiteral("--results"), results}
            + m_cli.connection(),
        "not-the-secret\n");
    QCOMPARE(json.exitCode, 3);
    QCOMPARE(json.json().value(QLatin1String("stopped")).toString(), QStringLiteral("sign-in"));
    const QJsonArray outcomes = json.json().value(QLatin1String("outcomes")).toArray();
    QCOMPARE(outcomes.size(), 2);
    for (const QJsonValue &o : outcomes) {
        QCOMPARE(o.toObject().value(QLatin1String("status")).toString(), QStringLiteral("NotSent"));
        QVERIFY(o.toObject().value(QLatin1String("reason")).toString().contains(QStringLiteral("AADSTS7000215")));
    }
    QFile csv(results);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll().count(",NotSent,"), 2);
}

void TestCliTenant::importExitsThreeWithoutPermission()
{
    // An app registration without the Ti.ReadWrite(.All) permission signs in, then gets 403.
    const QString apps =
        m_cli.write(QStringLiteral("apps.json"), R"([{"clientId":"11111111-2222-4333-8444-555555555555",
        "secret":"reader-secret","displayName":"No permissions","roles":[]}])");
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--apps"), apps}));
    const QString file = m_cli.write(QStringLiteral("forbidden.csv"), rows(400, 2));
    QStringList args = QStringList{QStringLiteral("import"), file} + m_cli.connection(sandbox.url());
    args[args.indexOf(QLatin1String(demo::kClientId))] = QStringLiteral("11111111-2222-4333-8444-555555555555");
    const Run run = m_cli.run(args, "reader-secret\n");
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.out.contains("HTTP 403") || run.err.contains("HTTP 403"), run.out.constData());
}

void TestCliTenant::importExitsFourWhenTheServiceCannotBeReached()
{
    SandboxProcess gone;
    QVERIFY(gone.start());
    const QString url = gone.url();
    gone.stop();
    const QString file = m_cli.write(QStringLiteral("unreachable.csv"), rows(500, 2));
    const Run run = m_cli.run(QStringList{QStringLiteral("import"), file} + m_cli.connection(url));
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains("Cannot connect to 127.0.0.1"), run.err.constData());

    // A certificate nobody vouches for is a connection that cannot be trusted: also 4, and a clear reason.
    SandboxProcess tls;
    QVERIFY(tls.start(
        {QStringLiteral("--tls-cert"), m_certs.selfSignedCert(), QStringLiteral("--tls-key"), m_certs.serverKey()}));
    const Run untrusted = m_cli.run(QStringList{QStringLiteral("import"), file} + m_cli.connection(tls.url()));
    QCOMPARE(untrusted.exitCode, 4);
    QVERIFY2(untrusted.err.contains("is not trusted"), untrusted.err.constData());
}

void TestCliTenant::importOverHttpsTrustsTheGivenCa()
{
    SandboxProcess tls;
    QVERIFY(tls.start(
        {QStringLiteral("--tls-cert"), m_certs.serverCert(), QStringLiteral("--tls-key"), m_certs.serverKey()},
        m_certs.caFile()));
    const QString file = m_cli.write(QStringLiteral("https.csv"), rows(600, 2));
    const Run run = m_cli.run(QStringList{QStringLiteral("import"), file, QStringLiteral("--ca-file"), m_certs.caFile()}
                              + m_cli.connection(tls.url()));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(tls.listAll().size(), 2);
}

void TestCliTenant::listPrintsTextJsonAndCsv()
{
    QVERIFY(m_sandbox.seed(3));
    const Run text = m_cli.run(QStringList{QStringLiteral("list")} + m_cli.connection());
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("3 indicator(s)") || text.out.contains("3 indicators"));

    const Run json = m_cli.run(QStringList{QStringLiteral("list"), QStringLiteral("--json")} + m_cli.connection());
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.json().value(QLatin1String("count")).toInt(), 3);
    QCOMPARE(json.json().value(QLatin1String("value")).toArray().size(), 3);

    const Run csv = m_cli.run(QStringList{QStringLiteral("list"), QStringLiteral("--csv")} + m_cli.connection());
    QCOMPARE(csv.exitCode, 0);
    const QList<QByteArray> lines = csv.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines[0].startsWith("Id,IndicatorType,IndicatorValue,"));
    QVERIFY(lines[1].startsWith("1,FileSha256,"));

    const Run both = m_cli.run(QStringList{QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--csv")}
                               + m_cli.connection());
    QCOMPARE(both.exitCode, 2);
}

void TestCliTenant::listAndDeleteExitCodesForSignInAndReach()
{
    const QString ids = m_cli.write(QStringLiteral("one-id.txt"), "1\n");
    QCOMPARE(m_cli.run(QStringList{QStringLiteral("list")} + m_cli.connection(), "wrong\n").exitCode, 3);
    QCOMPARE(
        m_cli.run(QStringList{QStringLiteral("delete"), QStringLiteral("--ids"), ids} + m_cli.connection(), "wrong\n")
            .exitCode,
        3);
    QCOMPARE(
        m_cli.run(QStringList{QStringLiteral("delete"), QStringLiteral("--expired")} + m_cli.connection(), "wrong\n")
            .exitCode,
        3);
    SandboxProcess gone;
    QVERIFY(gone.start());
    const QString url = gone.url();
    gone.stop();
    QCOMPARE(m_cli.run(QStringList{QStringLiteral("list")} + m_cli.connection(url)).exitCode, 4);
    QCOMPARE(
        m_cli.run(QStringList{QStringLiteral("delete"), QStringLiteral("--ids"), ids} + m_cli.connection(url)).exitCode,
        4);
    const Run missing =
        m_cli.run(QStringList{QStringLiteral("delete"), QStringLiteral("--ids"), QStringLiteral("/nonexistent")}
                  + m_cli.connection());
    QCOMPARE(missing.exitCode, 2);
}

void TestCliTenant::deleteByIdsReportsUnknownIds()
{
    const QString file = m_cli.write(QStringLiteral("todelete.csv"), rows(700, 4));
    const QString results = m_cli.dir().filePath(QStringLiteral("todelete-results.csv"));
    QCOMPARE(
        m_cli
            .run(QStringList{QStringLiteral("import"), file, QStringLiteral("--results"), results} + m_cli.connection())
            .exitCode,
        0);
    QCOMPARE(m_sandbox.listAll().size(), 4);

    // The results report of an import is a valid ids file (its Id column).
    const Run byReport =
        m_cli.run(QStringList{QStringLiteral("delete"), QStringLiteral("--ids"), results, QStringLiteral("--json")}
                  + m_cli.connection());
    QCOMPARE(byReport.exitCode, 0);
    QCOMPARE(byReport.json().value(QLatin1String("deleted")).toInt(), 4);
    QCOMPARE(m_sandbox.listAll().size(), 0);

    QVERIFY(m_sandbox.seed(2));
    const QByteArray existing = m_sandbox.listAll().at(0).toObject().value(QLatin1String("id")).toString().toLatin1();
    const QString ids =
        m_cli.write(QStringLiteral("ids.txt"), "# ids to remove\n" + existing + "\n\n99999\nnot-an-id\n");
    const Run mixed =
        m_cli.run(QStringList{QStringLiteral("delete"), QStringLiteral("--ids"), ids, QStringLiteral("--json")}
                  + m_cli.connection());
    QCOMPARE(mixed.exitCode, 1);
    // The seeded indicators are portal-made, not ours: an ids file never deletes them.
    QCOMPARE(mixed.json().value(QLatin1String("deleted")).toInt(), 0);
    QCOMPARE(mixed.json().value(QLatin1String("notOurs")).toArray().at(0).toString(), QString::fromLatin1(existing));
    QCOMPARE(mixed.json().value(QLatin1String("notFound")).toArray().at(0).toString(), QStringLiteral("99999"));
    QCOMPARE(mixed.json().value(QLatin1String("invalid")).toArray().at(0).toString(), QStringLiteral("not-an-id"));
    QCOMPARE(m_sandbox.listAll().size(), 2);
    // Named with --id, it is deleted.
    const Run named =
        m_cli.run(QStringList{QStringLiteral("delete"), QStringLiteral("--id"), QString::fromLatin1(existing)}
                  + m_cli.connection());
    QCOMPARE(named.exitCode, 0);
    QCOMPARE(m_sandbox.listAll().size(), 1);
}

void TestCliTenant::deleteExpiredRemovesOnlyExpiredIndicators()
{
    // The service deletes expired indicators itself; a lagging one (--expiry-lag) leaves some for delete.
    SandboxProcess lagging;
    QVERIFY(lagging.start({QStringLiteral("--expiry-lag"), QStringLiteral("3600")}));
    const QByteArray soon = QDateTime::currentDateTimeUtc().addSecs(2).toString(Qt::ISODate).toLatin1();
    const QString file =
        m_cli.write(QStringLiteral("expiring.csv"), kHeader + row(800, soon) + row(801, soon) + row(802));
    QCOMPARE(m_cli.run(QStringList{QStringLiteral("import"), file} + m_cli.connection(lagging.url())).exitCode, 0);
    // Until the two have expired (the sandbox reads the same clock).
    const QDateTime expiry = QDateTime::fromString(QString::fromLatin1(soon), Qt::ISODate);
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > expiry, 5000);
    QCOMPARE(lagging.listAll().size(), 3);
    const Run run =
        m_cli.run(QStringList{QStringLiteral("delete"), QStringLiteral("--expired")} + m_cli.connection(lagging.url()));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("Deleted 2 of 2"), run.out.constData());
    QCOMPARE(lagging.listAll().size(), 1);
    const Run none =
        m_cli.run(QStringList{QStringLiteral("delete"), QStringLiteral("--expired")} + m_cli.connection(lagging.url()));
    QCOMPARE(none.exitCode, 0);
    QVERIFY(none.out.contains("Nothing to delete"));
}

void TestCliTenant::killedImportResumesWithoutResending()
{
    // --no-upsert: a row sent twice would be two indicators.
    SandboxProcess slow;
    QVERIFY(slow.start(
        {QStringLiteral("--fault"), QStringLiteral("slow:rate=1,delay=400"), QStringLiteral("--no-upsert")}));
    const QString file = m_cli.write(QStringLiteral("big.csv"), rows(1000, 3000));

    QProcess first;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_cli.data().path());
    first.setProcessEnvironment(env);
    first.start(QStringLiteral(IM_CLI_PATH),
                QStringList{QStringLiteral("import"), file} + m_cli.connection(slow.url()));
    first.write(CliWorkspace::demoSecretInput());
    first.closeWriteChannel();
    // Kill it hard once the third batch is on the wire: two batches are settled and journaled by then.
    QTRY_VERIFY_WITH_TIMEOUT(
        slow.stats().value(QLatin1String("calls")).toObject().value(QLatin1String("import")).toArray().size() >= 3,
        20000);
    first.kill();
    QVERIFY(first.waitForFinished(5000));
    QCOMPARE(first.exitStatus(), QProcess::CrashExit);

    int sentBefore = 0;
    for (const QJsonValue &c :
         slow.stats().value(QLatin1String("calls")).toObject().value(QLatin1String("import")).toArray())
        sentBefore += c.toArray().at(1).toInt();

    QVERIFY(slow.setFaults({}));
    const Run second =
        m_cli.run(QStringList{QStringLiteral("import"), file, QStringLiteral("--json")} + m_cli.connection(slow.url()));
    QCOMPARE(second.exitCode, 0);
    // Two batches journaled; the third was on the wire and committed, so it is found in the tenant;
    // a fourth may have been journaled too before the kill.
    const int resumed = second.json().value(QLatin1String("resumed")).toInt();
    QVERIFY2(resumed == 1500 || resumed == 2000, qPrintable(QString::number(resumed)));
    int sentAfter = 0;
    for (const QJsonValue &c :
         slow.stats().value(QLatin1String("calls")).toObject().value(QLatin1String("import")).toArray())
        sentAfter += c.toArray().at(1).toInt();
    QCOMPARE(sentAfter - sentBefore, 3000 - resumed); // nothing that had been imported was sent again
    QCOMPARE(sentAfter, 3000);
    QCOMPARE(slow.listAll().size(), 3000);
    QCOMPARE(second.json().value(QLatin1String("succeeded")).toInt(), 3000);
}

void TestCliTenant::everyFaultAndKillsLeaveEachIndicatorOnce()
{
    // 15,000 rows on a service that does not upsert, with every fault the sandbox has. A window submitting
    // the file is killed with SIGKILL mid-run, then the CLI, resuming the same journal, is killed twice
    // more, then run until done: the tenant holds each indicator exactly once and every row of the file
    // ends in exactly one final state.
    SandboxProcess sandbox;
    QStringList args{QStringLiteral("--time-scale"), QStringLiteral("60"), QStringLiteral("--no-upsert")};
    for (const char *fault :
         {"5xx:rate=0.05", "reset-before:rate=0.05", "reset-after:rate=0.05", "malformed-json:rate=0.03",
          "missing-results:rate=0.05,fraction=0.2", "reorder-results:rate=0.1", "wrong-types:rate=0.03,fraction=0.2",
          "truncated:rate=0.03", "non-json:rate=0.03", "html:rate=0.03,status=502", "slow:rate=1,delay=150"})
        args << QStringLiteral("--fault") << QString::fromLatin1(fault);
    QVERIFY2(sandbox.start(args), qPrintable(sandbox.error()));
    const QString file = m_cli.write(QStringLiteral("fifteen-thousand.csv"), rows(100000, 15000));
    const QStringList command =
        QStringList{QStringLiteral("import"), file, QStringLiteral("--json")} + m_cli.connection(sandbox.url());
    auto importCalls = [&sandbox] {
        return sandbox.stats().value(QLatin1String("calls")).toObject().value(QLatin1String("import")).toArray().size();
    };
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_cli.data().path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

    // The window, writing its journal where the CLI keeps its own (the same rows to the same tenant).
    const QString journals =
        m_cli.data().filePath(QStringLiteral("IndicatorManager/indicator-manager/import-journals"));
    auto journalFiles = [&journals] {
        const QStringList names = QDir(journals).entryList(QDir::Files);
        return QSet<QString>(names.begin(), names.end());
    };
    const QSet<QString> earlier = journalFiles(); // what earlier tests left to resume
    QProcess window;
    window.setProcessEnvironment(env);
    window.start(QStringLiteral(IM_SUBMIT_HELPER_PATH),
                 {QStringLiteral("tst_clitenant-window"), file, sandbox.url(), journals});
    QVERIFY(window.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(importCalls() >= 4, 60000);
    ::kill(static_cast<pid_t>(window.processId()), SIGKILL);
    QVERIFY(window.waitForFinished(5000));
    QCOMPARE(window.exitStatus(), QProcess::CrashExit);
    QVERIFY(!sandbox.listAll().isEmpty());
    QCOMPARE((journalFiles() - earlier).size(), 1); // the window's, with its batch in flight

    for (const qsizetype killAfterCalls : {9, 18}) {
        QProcess run;
        run.setProcessEnvironment(env);
        run.start(QStringLiteral(IM_CLI_PATH), command);
        run.write(CliWorkspace::demoSecretInput());
        run.closeWriteChannel();
        QTRY_VERIFY_WITH_TIMEOUT(importCalls() >= killAfterCalls, 60000);
        ::kill(static_cast<pid_t>(run.processId()), SIGKILL);
        QVERIFY(run.waitForFinished(5000));
        QCOMPARE(run.exitStatus(), QProcess::CrashExit);
    }
    // Runs until one finishes; with faults at these rates a run may still give up (exit 4) after six
    // failures of one batch, which only means running it again.
    Run last;
    for (int attempt = 0; attempt < 5; ++attempt) {
        last = m_cli.run(command, CliWorkspace::demoSecretInput(), 300000);
        if (last.exitCode != 4)
            break;
    }
    QVERIFY2(last.exitCode == 0, last.out.left(2000).constData());
    const QJsonObject json = last.json();
    QCOMPARE(json.value(QLatin1String("rows")).toInt(), 15000);
    QCOMPARE(json.value(QLatin1String("succeeded")).toInt() + json.value(QLatin1String("failed")).toInt()
                 + json.value(QLatin1String("notSent")).toInt(),
             15000);
    QCOMPARE(json.value(QLatin1String("succeeded")).toInt(), 15000);
    QVERIFY(json.value(QLatin1String("resumed")).toInt() > 0);
    const QJsonArray outcomes = json.value(QLatin1String("outcomes")).toArray();
    QSet<QString> ids;
    for (const QJsonValue &o : outcomes) {
        if (o.toObject().value(QLatin1String("status")).toString() == QLatin1String("Succeeded"))
            ids.insert(o.toObject().value(QLatin1String("id")).toString());
    }
    const QJsonArray tenant = sandbox.listAll();
    QCOMPARE(tenant.size(), 15000);
    QSet<QString> values;
    QSet<QString> tenantIds;
    for (const QJsonValue &v : tenant) {
        values.insert(v.toObject().value(QLatin1String("indicatorValue")).toString());
        tenantIds.insert(v.toObject().value(QLatin1String("id")).toString());
    }
    QCOMPARE(values.size(), 15000); // each indicator exactly once
    QCOMPARE(ids, tenantIds);       // and the ids the rows got are the tenant's
    // The finished run closed the journal the window began: the CLI resumed that one, not one of its own.
    QCOMPARE(journalFiles(), earlier);
}

void TestCliTenant::listEscapesControlCharactersFromTheService()
{
    // A tenant whose indicator carries terminal escapes, a carriage return, a tab and a right-to-left
    // override (made in the portal, say, or by another tool): the text output shows them escaped.
    const QJsonObject entity{
        {QStringLiteral("id"), QStringLiteral("7")},
        {QStringLiteral("indicatorValue"), QStringLiteral("evil.example")},
        {QStringLiteral("indicatorType"), QStringLiteral("DomainName")},
        {QStringLiteral("action"), QStringLiteral("Block")},
        {QStringLiteral("title"), QStringLiteral("red\u001b[31m\u001b]0;owned\u0007 a\rb\tc \u202Etxt.exe")},
        {QStringLiteral("expirationTime"), QJsonValue::Null}};
    const QJsonObject state{
        {QStringLiteral("version"), 1},
        {QStringLiteral("nextId"), QStringLiteral("8")},
        {QStringLiteral("indicators"),
         QJsonArray{QJsonObject{{QStringLiteral("owner"), QString()}, {QStringLiteral("entity"), entity}}}}};
    const QString statePath = m_cli.write(QStringLiteral("hostile-tenant.json"), QJsonDocument(state).toJson());
    SandboxProcess hostile;
    QVERIFY2(hostile.start({QStringLiteral("--state"), statePath}), qPrintable(hostile.error()));
    const Run list = m_cli.run(QStringList{QStringLiteral("list")} + m_cli.connection(hostile.url()));
    QCOMPARE(list.exitCode, 0);
    for (const char *raw : {"\x1b", "\x07", "\r", "\xe2\x80\xae"})
        QVERIFY2(!list.out.contains(raw), list.out.constData());
    QCOMPARE(list.out.count('\t'), 6); // the seven columns (the last: who made it), no more
    QVERIFY2(list.out.contains("red\\x1B[31m\\x1B]0;owned\\x07 a\\x0Db\\x09c \\u202Etxt.exe"), list.out.constData());
    // JSON keeps the data as it is (escaped by JSON itself).
    const Run json =
        m_cli.run(QStringList{QStringLiteral("list"), QStringLiteral("--json")} + m_cli.connection(hostile.url()));
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(
        json.json().value(QLatin1String("value")).toArray().at(0).toObject().value(QLatin1String("title")).toString(),
        entity.value(QLatin1String("title")).toString());
}

void TestCliTenant::controlCharactersFromTheServiceNeverReachTheTerminal()
{
    // A service whose text carries terminal escapes, a bell, a carriage return and a right-to-left
    // override: neither the rows it refuses nor the error a command stops with pass them to the
    // terminal. In an error the words stay readable, each control character reading as a space.
    const QString hostile = QStringLiteral("\u001b[2J\u001b]0;owned\u0007 gone\rnow \u202Eexe");
    const QString spec = QStringLiteral("message=") + QString::fromLatin1(QUrl::toPercentEncoding(hostile));
    const QByteArray shown = " [2J ]0;owned  gone now  exe";
    SandboxProcess refusing;
    QVERIFY2(refusing.start({QStringLiteral("--time-scale"), QStringLiteral("60"), QStringLiteral("--fault"),
                             QStringLiteral("5xx:status=400,") + spec, QStringLiteral("--fault"),
                             QStringLiteral("5xx:endpoint=list,status=400,") + spec}),
             qPrintable(refusing.error()));
    auto verifyHarmless = [&shown](const QByteArray &text) {
        for (const char *raw : {"\x1b", "\x07", "\r", "\xe2\x80\xae"})
            QVERIFY2(!text.contains(raw), text.constData());
        QVERIFY2(text.contains(shown), text.constData());
    };

    // Import: every batch is refused as a whole, narrowed down to single rows, each failing with the text.
    const Run import =
        m_cli.run(QStringList{QStringLiteral("import"), m_cli.write(QStringLiteral("refused.csv"), rows(700, 2))}
                  + m_cli.connection(refusing.url()));
    QCOMPARE(import.exitCode, 1);
    verifyHarmless(import.out);
    QCOMPARE(import.out.count(QByteArray(QByteArray("failed: ") + shown)), 2);

    // List: the command stops with the service's error.
    const Run list = m_cli.run(QStringList{QStringLiteral("list")} + m_cli.connection(refusing.url()));
    QVERIFY(list.exitCode != 0);
    verifyHarmless(list.err);
    QVERIFY(list.out.isEmpty());

    // Rows the service fails one by one in its reply, with that text as their reason: written as
    // visible escapes, like the service's data in list.
    SandboxProcess failing;
    QVERIFY2(failing.start({QStringLiteral("--time-scale"), QStringLiteral("60"), QStringLiteral("--fault"),
                            QStringLiteral("fail-rows:fraction=1,") + spec}),
             qPrintable(failing.error()));
    const Run failed =
        m_cli.run(QStringList{QStringLiteral("import"), m_cli.write(QStringLiteral("failed.csv"), rows(710, 3))}
                  + m_cli.connection(failing.url()));
    QCOMPARE(failed.exitCode, 1);
    for (const char *raw : {"\x1b", "\x07", "\r", "\xe2\x80\xae"})
        QVERIFY2(!failed.out.contains(raw), failed.out.constData());
    QCOMPARE(failed.out.count("failed: \\x1B[2J\\x1B]0;owned\\x07 gone\\x0Dnow \\u202Eexe\n"), 3);
    QVERIFY(failing.listAll().isEmpty()); // failed rows were not processed
}

void TestCliTenant::planIsExactWhenTheServiceCapsItsPages()
{
    // A full tenant whose List pages hold 1,000 whatever $top asks: the plan reads all 15,000 by
    // following @odata.nextLink, so the quota figures are the tenant's, not the first page's.
    SandboxProcess capped;
    QVERIFY2(capped.start({QStringLiteral("--page-size"), QStringLiteral("1000"), QStringLiteral("--seed"),
                           QStringLiteral("15000"), QStringLiteral("--time-scale"), QStringLiteral("60")}),
             qPrintable(capped.error()));
    const QString file = m_cli.write(QStringLiteral("capped-plan.csv"), rows(500, 10));
    const Run run =
        m_cli.run(QStringList{QStringLiteral("plan"), file, QStringLiteral("--json")} + m_cli.connection(capped.url()));
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QLatin1String("tenant")).toBool(), true);
    QCOMPARE(json.value(QLatin1String("activeBefore")).toInt(), 15000);
    QCOMPARE(json.value(QLatin1String("new")).toInt(), 10);
    QCOMPARE(json.value(QLatin1String("activeAfter")).toInt(), 15010);
    QCOMPARE(json.value(QLatin1String("overLimitBy")).toInt(), 10);
    QCOMPARE(capped.stats().value(QLatin1String("calls")).toObject().value(QLatin1String("list")).toArray().size(), 15);
}

void TestCliTenant::planUsesTheTenantsLiveFigures()
{
    // The tenant holds rows 0-3, imported by this tool; the table repeats 0 and 2 as they are, changes
    // the title of 1, adds 10-12, and has one invalid row and one repeat.
    QCOMPARE(m_cli
                 .run(QStringList{QStringLiteral("import"), m_cli.write(QStringLiteral("seed.csv"), rows(0, 4))}
                      + m_cli.connection())
                 .exitCode,
             0);
    QByteArray retitled = row(1);
    retitled.replace("Loader 1,", "Loader one,");
    QByteArray invalid = row(30);
    invalid.replace(invalid.indexOf(',') + 1, 64, "not-a-hash");
    const QString file = m_cli.write(QStringLiteral("plan.csv"), kHeader + row(0) + retitled + row(2) + row(10)
                                                                     + row(11) + row(12) + invalid + row(10));

    const Run run = m_cli.run(QStringList{QStringLiteral("plan"), file, QStringLiteral("--json")} + m_cli.connection());
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QLatin1String("rows")).toInt(), 8);
    QCOMPARE(json.value(QLatin1String("sendable")).toInt(), 4);
    QCOMPARE(json.value(QLatin1String("new")).toInt(), 3);
    QCOMPARE(json.value(QLatin1String("updates")).toInt(), 1);
    QCOMPARE(json.value(QLatin1String("unchanged")).toInt(), 2);
    const QJsonObject excluded = json.value(QLatin1String("excluded")).toObject();
    QCOMPARE(excluded.value(QLatin1String("invalid")).toInt(), 1);
    QCOMPARE(excluded.value(QLatin1String("duplicate")).toInt(), 1);
    QCOMPARE(excluded.value(QLatin1String("user")).toInt(), 0);
    QCOMPARE(excluded.value(QLatin1String("unchanged")).toInt(), 2);
    QCOMPARE(json.value(QLatin1String("batches")).toInt(), 1);
    QCOMPARE(json.value(QLatin1String("batchSizes")).toArray(), QJsonArray{4});
    QCOMPARE(json.value(QLatin1String("calls")).toInt(), 1);
    QCOMPARE(json.value(QLatin1String("minimumSeconds")).toInt(), 0);
    QCOMPARE(json.value(QLatin1String("activeBefore")).toInt(), 4);
    QCOMPARE(json.value(QLatin1String("activeAfter")).toInt(), 7);
    QCOMPARE(json.value(QLatin1String("limit")).toInt(), 15000);
    QCOMPARE(json.value(QLatin1String("overLimitBy")).toInt(), 0);
    QCOMPARE(json.value(QLatin1String("tenant")).toBool(), true);

    // --send-unchanged sends the two unchanged rows as updates.
    const Run all = m_cli.run(
        QStringList{QStringLiteral("plan"), file, QStringLiteral("--json"), QStringLiteral("--send-unchanged")}
        + m_cli.connection());
    QCOMPARE(all.exitCode, 0);
    QCOMPARE(all.json().value(QLatin1String("updates")).toInt(), 3);
    QCOMPARE(all.json().value(QLatin1String("unchanged")).toInt(), 2);
    QCOMPARE(all.json().value(QLatin1String("excluded")).toObject().value(QLatin1String("unchanged")).toInt(), 0);
    QCOMPARE(all.json().value(QLatin1String("batchSizes")).toArray(), QJsonArray{6});

    // Near the limit: 14,996 seeded besides the four, so three new rows pass it by 3.
    QVERIFY(m_sandbox.seed(14996));
    const Run full = m_cli.run(QStringList{QStringLiteral("plan"), file} + m_cli.connection());
    QCOMPARE(full.exitCode, 0);
    QVERIFY2(full.out.contains("New: 3, updates: 1, unchanged: 2"), full.out.constData());
    QVERIFY2(full.out.contains("Active indicators: 15000 now, 15003 after, of 15000"), full.out.constData());
    QVERIFY2(full.out.contains("pass the tenant's limit by 3 indicator"), full.out.constData());

    // --active is for offline planning only; a failed sign-in exits 3 as for the other commands.
    QCOMPARE(m_cli
                 .run(QStringList{QStringLiteral("plan"), file, QStringLiteral("--active"), QStringLiteral("5")}
                      + m_cli.connection())
                 .exitCode,
             2);
    QCOMPARE(m_cli.run(QStringList{QStringLiteral("plan"), file} + m_cli.connection(), "wrong secret\n").exitCode, 3);
}

QTEST_GUILESS_MAIN(TestCliTenant)
#include "TestCliTenant.moc"
