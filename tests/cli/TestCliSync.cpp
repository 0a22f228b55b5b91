// SPDX-License-Identifier: GPL-3.0-or-later
// Ownership and sync through the real CLI against the sandbox seeded with indicators from three more
// creators (an analyst in the portal, Defender for Cloud Apps, another app): list and delete filter and
// keep to ours, sync deletes only ours, a dry run changes nothing, and a sync killed with SIGKILL and
// run again leaves each row once and every stale indicator of ours deleted.
#include "core/net/DemoRegistration.h"
#include "core/tenant/Ownership.h"
#include "support/CliProcess.h"
#include "support/SandboxProcess.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace im;
using namespace im::test;

namespace {

using Run = CliRun;

const QByteArray kHeader = "IndicatorType,IndicatorValue,ExpirationTime,Action,Severity,Title,Description,"
                           "RecommendedActions,RbacGroups,Category,MitreTechniques,GenerateAlert\r\n";

QByteArray hashOf(int n)
{
    return QCryptographicHash::hash(QByteArray("sync row " + QByteArray::number(n)), QCryptographicHash::Sha256)
        .toHex();
}

QByteArray row(int n, const QByteArray &title = QByteArray())
{
    return "FileSha256," + hashOf(n) + ",2031-01-01T00:00:00Z,Block,High,"
           + (title.isEmpty() ? "Loader " + QByteArray::number(n) : title)
           + ",Seen in campaign,,,Malware,T1204,true\r\n";
}

QByteArray rows(int first, int count)
{
    QByteArray text = kHeader;
    for (int i = first; i < first + count; ++i)
        text += row(i);
    return text;
}

constexpr int kPerCreator = 3; // indicators from each of the three other creators

} // namespace

class TestCliSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void ownershipRuleMarksEachCreator();
    void listFiltersByCreator();
    void deleteKeepsToOursUnlessNamedById();
    void syncDeletesOnlyOurs();
    void dryRunChangesNothing();
    void killedSyncResumesWithoutDuplicatesOrLostDeletes();

private:
    // The tenant's indicators by creator kind, as the demo app's ownership sees them.
    QHash<QString, int> byCreator(SandboxProcess &sandbox);

    SandboxProcess m_sandbox;
    CliWorkspace m_cli{m_sandbox};
};

void TestCliSync::initTestCase()
{
    QVERIFY(m_cli.dir().isValid());
    QVERIFY2(m_sandbox.start({QStringLiteral("--time-scale"), QStringLiteral("60")}), qPrintable(m_sandbox.error()));
}

void TestCliSync::init()
{
    QVERIFY(m_sandbox.reset());
    QVERIFY(m_sandbox.seedOtherCreators(kPerCreator));
}

QHash<QString, int> TestCliSync::byCreator(SandboxProcess &sandbox)
{
    const Ownership ownership({QString::fromLatin1(demo::kClientId)});
    QHash<QString, int> counts;
    for (const QJsonValue &v : sandbox.listAll())
        ++counts[Ownership::name(ownership.classify(Creator::fromListItem(v.toObject())))];
    return counts;
}

void TestCliSync::ownershipRuleMarksEachCreator()
{
    const QHash<QString, int> counts = byCreator(m_sandbox);
    QCOMPARE(counts.value(QStringLiteral("portal")), kPerCreator);
    QCOMPARE(counts.value(QStringLiteral("cloud-apps")), kPerCreator);
    QCOMPARE(counts.value(QStringLiteral("other-app")), kPerCreator);
    QCOMPARE(counts.value(QStringLiteral("ours")), 0);
    // The signed-in user's own indicators are ours too; letter case does not matter.
    const Ownership user({QStringLiteral("ANALYST@sandbox.invalid")});
    Creator portal;
    portal.createdBy = QStringLiteral("analyst@sandbox.invalid");
    portal.source = QStringLiteral("Portal");
    QVERIFY(user.isOurs(portal));
    QCOMPARE(Ownership().classify(portal), Ownership::Kind::Portal);
    Creator mcas;
    mcas.createdBy = QStringLiteral("some-app");
    mcas.displayName = QStringLiteral("Microsoft Cloud App Security");
    QCOMPARE(Ownership().classify(mcas), Ownership::Kind::CloudApps);
}

void TestCliSync::listFiltersByCreator()
{
    QCOMPARE(m_cli
                 .run(QStringList{QStringLiteral("import"), m_cli.write(QStringLiteral("ours.csv"), rows(1, 2))}
                      + m_cli.connection())
                 .exitCode,
             0);
    const Run all = m_cli.run(QStringList{QStringLiteral("list"), QStringLiteral("--json")} + m_cli.connection());
    QCOMPARE(all.json().value(QLatin1String("count")).toInt(), 2 + 3 * kPerCreator);
    const Run mine = m_cli.run(QStringList{QStringLiteral("list"), QStringLiteral("--mine"), QStringLiteral("--json")}
                               + m_cli.connection());
    QCOMPARE(mine.exitCode, 0);
    QCOMPARE(mine.json().value(QLatin1String("count")).toInt(), 2);
    const Run portal =
        m_cli.run(QStringList{QStringLiteral("list"), QStringLiteral("--created-by"), QStringLiteral("portal"),
                              QStringLiteral("--created-by"), QStringLiteral("cloud-apps"), QStringLiteral("--csv")}
                  + m_cli.connection());
    QCOMPARE(portal.exitCode, 0);
    const QList<QByteArray> lines = portal.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + 2 * kPerCreator);
    QVERIFY(lines[0].trimmed().endsWith(",Creator"));
    for (int i = 1; i < lines.size(); ++i)
        QVERIFY2(lines[i].trimmed().endsWith(",portal") || lines[i].trimmed().endsWith(",cloud-apps"),
                 lines[i].constData());
    const Run text = m_cli.run(QStringList{QStringLiteral("list")} + m_cli.connection());
    QVERIFY2(text.out.contains("\tOurs\n") && text.out.contains("\tPortal\n")
                 && text.out.contains("\tDefender for Cloud Apps\n"),
             text.out.constData());
}

void TestCliSync::deleteKeepsToOursUnlessNamedById()
{
    QCOMPARE(m_cli
                 .run(QStringList{QStringLiteral("import"), m_cli.write(QStringLiteral("ours.csv"), rows(1, 2))}
                      + m_cli.connection())
                 .exitCode,
             0);
    QByteArray everyId;
    QString portalId;
    const Ownership ownership({QString::fromLatin1(demo::kClientId)});
    for (const QJsonValue &v : m_sandbox.listAll()) {
        everyId += v.toObject().value(QLatin1String("id")).toString().toLatin1() + '\n';
        if (portalId.isEmpty() && ownership.classify(Creator::fromListItem(v.toObject())) == Ownership::Kind::Portal)
            portalId = v.toObject().value(QLatin1String("id")).toString();
    }
    // Every id of the tenant in the file: only ours go; the others are listed as not ours and kept.
    const Run bulk =
        m_cli.run(QStringList{QStringLiteral("delete"), QStringLiteral("--ids"),
                              m_cli.write(QStringLiteral("all-ids.txt"), everyId), QStringLiteral("--json")}
                  + m_cli.connection());
    QCOMPARE(bulk.exitCode, 1);
    QCOMPARE(bulk.json().value(QLatin1String("deleted")).toInt(), 2);
    QCOMPARE(bulk.json().value(QLatin1String("notOurs")).toArray().size(), 3 * kPerCreator);
    QCOMPARE(m_sandbox.listAll().size(), 3 * kPerCreator);
    // Named one by one, an indicator of someone else is deleted.
    const Run named =
        m_cli.run(QStringList{QStringLiteral("delete"), QStringLiteral("--id"), portalId, QStringLiteral("--json")}
                  + m_cli.connection());
    QCOMPARE(named.exitCode, 0);
    QCOMPARE(named.json().value(QLatin1String("deleted")).toInt(), 1);
    QCOMPARE(m_sandbox.listAll().size(), 3 * kPerCreator - 1);
}

void TestCliSync::syncDeletesOnlyOurs()
{
    QCOMPARE(m_cli
                 .run(QStringList{QStringLiteral("import"), m_cli.write(QStringLiteral("feed-v1.csv"), rows(1, 4))}
                      + m_cli.connection())
                 .exitCode,
             0);
    // Version 2 of the feed: row 1 as it was, row 2 with a new title, rows 3 and 4 gone, rows 5 and 6 new.
    const QString v2 =
        m_cli.write(QStringLiteral("feed-v2.csv"), kHeader + row(1) + row(2, "Loader renamed") + row(5) + row(6));
    const Run run = m_cli.run(QStringList{QStringLiteral("sync"), v2, QStringLiteral("--json")} + m_cli.connection());
    QCOMPARE(run.exitCode, 0);
    const QJsonObject o = run.json();
    QCOMPARE(o.value(QLatin1String("create")).toInt(), 2);
    QCOMPARE(o.value(QLatin1String("update")).toInt(), 1);
    QCOMPARE(o.value(QLatin1String("unchanged")).toInt(), 1);
    QCOMPARE(o.value(QLatin1String("delete")).toInt(), 2);
    QCOMPARE(o.value(QLatin1String("othersKept")).toInt(), 3 * kPerCreator);
    QCOMPARE(o.value(QLatin1String("plannedCalls")).toInt(), 2); // one Import, one BatchDelete
    QCOMPARE(o.value(QLatin1String("succeeded")).toInt(), 3);
    QCOMPARE(o.value(QLatin1String("deleted")).toInt(), 2);
    QCOMPARE(o.value(QLatin1String("stopped")).toString(), QStringLiteral("completed"));

    const QHash<QString, int> counts = byCreator(m_sandbox);
    QCOMPARE(counts.value(QStringLiteral("ours")), 4);
    QCOMPARE(counts.value(QStringLiteral("portal")), kPerCreator);
    QCOMPARE(counts.value(QStringLiteral("cloud-apps")), kPerCreator);
    QCOMPARE(counts.value(QStringLiteral("other-app")), kPerCreator);
    QSet<QString> values;
    for (const QJsonValue &v : m_sandbox.listAll())
        values.insert(v.toObject().value(QLatin1String("indicatorValue")).toString());
    for (int n : {1, 2, 5, 6})
        QVERIFY(values.contains(QString::fromLatin1(hashOf(n))));
    for (int n : {3, 4})
        QVERIFY(!values.contains(QString::fromLatin1(hashOf(n))));

    // A file without rows is bad input, as for import: a broken feed never empties the tenant.
    const Run empty = m_cli.run(
        QStringList{QStringLiteral("sync"), m_cli.write(QStringLiteral("empty.csv"), kHeader), QStringLiteral("--json")}
        + m_cli.connection());
    QCOMPARE(empty.exitCode, 2);
    QVERIFY2(empty.json().contains(QLatin1String("error")), empty.out.constData());
    QCOMPARE(m_sandbox.listAll().size(), 4 + 3 * kPerCreator);
}

void TestCliSync::dryRunChangesNothing()
{
    QCOMPARE(m_cli
                 .run(QStringList{QStringLiteral("import"), m_cli.write(QStringLiteral("feed-v1.csv"), rows(1, 3))}
                      + m_cli.connection())
                 .exitCode,
             0);
    const QJsonArray before = m_sandbox.listAll();
    const QJsonObject callsBefore = m_sandbox.stats().value(QLatin1String("calls")).toObject();
    const QString v2 = m_cli.write(QStringLiteral("feed-v2.csv"), kHeader + row(1) + row(7));
    const Run dry =
        m_cli.run(QStringList{QStringLiteral("sync"), v2, QStringLiteral("--dry-run"), QStringLiteral("--json")}
                  + m_cli.connection());
    QCOMPARE(dry.exitCode, 0);
    const QJsonObject o = dry.json();
    QVERIFY(o.value(QLatin1String("dryRun")).toBool());
    QCOMPARE(o.value(QLatin1String("create")).toInt(), 1);
    QCOMPARE(o.value(QLatin1String("unchanged")).toInt(), 1);
    QCOMPARE(o.value(QLatin1String("delete")).toInt(), 2);
    QCOMPARE(o.value(QLatin1String("deleteIds")).toArray().size(), 2);
    QCOMPARE(m_sandbox.listAll(), before);
    const QJsonObject callsAfter = m_sandbox.stats().value(QLatin1String("calls")).toObject();
    for (const char *endpoint : {"import", "submit", "delete", "batchdelete"})
        QCOMPARE(callsAfter.value(QLatin1String(endpoint)).toArray().size(),
                 callsBefore.value(QLatin1String(endpoint)).toArray().size());

    const Run text =
        m_cli.run(QStringList{QStringLiteral("sync"), v2, QStringLiteral("--dry-run")} + m_cli.connection());
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("1 to create") && text.out.contains("2 of ours to delete")
                 && text.out.contains("Dry run"),
             text.out.constData());
    QCOMPARE(m_sandbox.listAll(), before);
}

void TestCliSync::killedSyncResumesWithoutDuplicatesOrLostDeletes()
{
    // --no-upsert: a row sent twice would be two indicators.
    SandboxProcess slow;
    QVERIFY(slow.start({QStringLiteral("--no-upsert"), QStringLiteral("--seed-others"), QString::number(kPerCreator)}));
    const QString v1 = m_cli.write(QStringLiteral("big-v1.csv"), rows(1, 1200));
    QCOMPARE(m_cli.run(QStringList{QStringLiteral("import"), v1} + m_cli.connection(slow.url())).exitCode, 0);
    QCOMPARE(slow.listAll().size(), 1200 + 3 * kPerCreator);

    // Version 2 keeps 200 of version 1 and brings 2,500 new rows: 1,000 deletes (2 calls), 5 Import calls.
    const QString v2 = m_cli.write(QStringLiteral("big-v2.csv"), rows(1001, 2700));
    QVERIFY(slow.setFaults({QStringLiteral("slow:rate=1,delay=400,endpoint=import")}));
    QProcess first;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_cli.data().path());
    first.setProcessEnvironment(env);
    first.start(QStringLiteral(IM_CLI_PATH), QStringList{QStringLiteral("sync"), v2} + m_cli.connection(slow.url()));
    first.write(CliWorkspace::demoSecretInput());
    first.closeWriteChannel();
    auto imports = [&slow] {
        return slow.stats().value(QLatin1String("calls")).toObject().value(QLatin1String("import")).toArray().size();
    };
    const qsizetype importsBefore = imports();
    // Killed hard once the second Import call of the sync is on the wire: the deletes are done by then.
    QTRY_VERIFY_WITH_TIMEOUT(imports() >= importsBefore + 2, 30000);
    first.kill();
    QVERIFY(first.waitForFinished(5000));
    QCOMPARE(first.exitStatus(), QProcess::CrashExit);
    QVERIFY(slow.setFaults({}));

    const Run second =
        m_cli.run(QStringList{QStringLiteral("sync"), v2, QStringLiteral("--json")} + m_cli.connection(slow.url()));
    QCOMPARE(second.exitCode, 0);
    const QJsonObject o = second.json();
    QVERIFY2(o.value(QLatin1String("unchanged")).toInt() >= 200 + 500, second.out.constData());
    QCOMPARE(o.value(QLatin1String("delete")).toInt(), 0); // every delete was done by the killed run

    // Each row of version 2 once, nothing of version 1 outside it, the others untouched.
    QHash<QString, int> seen;
    for (const QJsonValue &v : slow.listAll())
        ++seen[v.toObject().value(QLatin1String("indicatorValue")).toString()];
    for (int n = 1; n <= 2700 + 1000; ++n) {
        const int expected = n >= 1001 ? 1 : 0;
        QCOMPARE(seen.value(QString::fromLatin1(hashOf(n))), expected);
    }
    QCOMPARE(slow.listAll().size(), 2700 + 3 * kPerCreator);
    const QHash<QString, int> counts = byCreator(slow);
    QCOMPARE(counts.value(QStringLiteral("portal")), kPerCreator);
    QCOMPARE(counts.value(QStringLiteral("cloud-apps")), kPerCreator);
    QCOMPARE(counts.value(QStringLiteral("other-app")), kPerCreator);
}

QTEST_MAIN(TestCliSync)
#include "TestCliSync.moc"
