// SPDX-License-Identifier: GPL-3.0-or-later
// Extending expirations through the real CLI against the sandbox seeded with indicators of other
// creators: the rows the tenant holds and we own get the new expiration, a later expiration is kept,
// others' indicators and rows the tenant lacks are left alone, and a dry run changes nothing.
#include "core/net/DemoRegistration.h"
#include "support/CliProcess.h"
#include "support/SandboxProcess.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
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
    return QCryptographicHash::hash(QByteArray("refresh row " + QByteArray::number(n)), QCryptographicHash::Sha256)
        .toHex();
}

QByteArray row(int n, const QByteArray &expiration)
{
    return "FileSha256," + hashOf(n) + ',' + expiration + ",Block,High,Loader " + QByteArray::number(n)
           + ",Seen in campaign,,,Malware,T1204,true\r\n";
}

QByteArray inDays(int days)
{
    return QDateTime::currentDateTimeUtc().addDays(days).toString(Qt::ISODate).toLatin1();
}

constexpr int kPerCreator = 2;
const QByteArray kLater = "2031-01-01T00:00:00Z";

} // namespace

class TestCliRefresh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void dryRunChangesNothing();
    void extendsOnlyOurHeldRows();
    void noneAndShortenAreTheUsersChoice();
    void badPresetIsBadInput();

private:
    Run cli(const QStringList &arguments);
    QString write(const QString &name, const QByteArray &content);
    // The file: rows 1 and 2 expire in 10 days, row 3 in 2031 (all three imported first), row 4 is not
    // in the tenant, and the last row carries an indicator an analyst made in the portal.
    QString prepare();
    // The tenant's indicators by value.
    QHash<QString, QJsonObject> tenant();

    QTemporaryDir m_dir;
    QTemporaryDir m_data;
    SandboxProcess m_sandbox;
    QString m_othersValue;
};

void TestCliRefresh::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
}

void TestCliRefresh::init()
{
    QVERIFY(m_sandbox.reset());
    QVERIFY(m_sandbox.seedOtherCreators(kPerCreator));
}

Run TestCliRefresh::cli(const QStringList &arguments)
{
    return runCli(arguments, QByteArray(demo::kClientSecret) + '\n', m_data.path());
}

QString TestCliRefresh::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

QHash<QString, QJsonObject> TestCliRefresh::tenant()
{
    QHash<QString, QJsonObject> byValue;
    for (const QJsonValue &v : m_sandbox.listAll())
        byValue.insert(v.toObject().value(QLatin1String("indicatorValue")).toString(), v.toObject());
    return byValue;
}

QString TestCliRefresh::prepare()
{
    const QByteArray soon = inDays(10);
    const QString imported =
        write(QStringLiteral("imported.csv"), kHeader + row(1, soon) + row(2, soon) + row(3, kLater));
    const Run import = cli(QStringList{QStringLiteral("import"), imported} + demoConnection(m_sandbox.url()));
    if (import.exitCode != 0)
        return {};
    m_othersValue.clear();
    for (const QJsonValue &v : m_sandbox.listAll()) {
        if (v.toObject().value(QLatin1String("createdBySource")).toString() == QLatin1String("Portal"))
            m_othersValue = v.toObject().value(QLatin1String("indicatorValue")).toString();
    }
    if (m_othersValue.isEmpty())
        return {};
    const QByteArray others =
        "FileSha256," + m_othersValue.toLatin1() + "," + soon + ",Block,High,Their file,Seen elsewhere,,,,,true\r\n";
    return write(QStringLiteral("refresh.csv"),
                 kHeader + row(1, soon) + row(2, soon) + row(3, kLater) + row(4, soon) + others);
}

void TestCliRefresh::dryRunChangesNothing()
{
    const QString file = prepare();
    QVERIFY(!file.isEmpty());
    const QHash<QString, QJsonObject> before = tenant();
    const Run run = cli(QStringList{QStringLiteral("refresh"), file, QStringLiteral("--extend"), QStringLiteral("90d"),
                                    QStringLiteral("--dry-run"), QStringLiteral("--json")}
                        + demoConnection(m_sandbox.url()));
    QCOMPARE(run.exitCode, 0);
    const QJsonObject o = run.json();
    QCOMPARE(o.value(QLatin1String("extend")).toInt(), 2);
    QCOMPARE(o.value(QLatin1String("kept")).toInt(), 1);
    QCOMPARE(o.value(QLatin1String("notOurs")).toInt(), 1);
    QCOMPARE(o.value(QLatin1String("notInTenant")).toInt(), 1);
    QCOMPARE(o.value(QLatin1String("plannedCalls")).toInt(), 1);
    QCOMPARE(o.value(QLatin1String("held")).toArray().size(), 4);
    QCOMPARE(tenant(), before);

    // In words too, with each row's current and new expiration.
    const Run text = cli(QStringList{QStringLiteral("refresh"), file, QStringLiteral("--extend"), QStringLiteral("90d"),
                                     QStringLiteral("--dry-run")}
                         + demoConnection(m_sandbox.url()));
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(QByteArray("Row 1 (FileSha256 " + hashOf(1) + "): ")), text.out.constData());
    QVERIFY2(text.out.contains("Dry run: nothing was changed."), text.out.constData());
    QCOMPARE(tenant(), before);
}

void TestCliRefresh::extendsOnlyOurHeldRows()
{
    const QString file = prepare();
    QVERIFY(!file.isEmpty());
    const QHash<QString, QJsonObject> before = tenant();
    const QDateTime started = QDateTime::currentDateTimeUtc();
    const Run run = cli(QStringList{QStringLiteral("refresh"), file, QStringLiteral("--extend"), QStringLiteral("90d"),
                                    QStringLiteral("--json")}
                        + demoConnection(m_sandbox.url()));
    QCOMPARE(run.exitCode, 0);
    const QJsonObject o = run.json();
    QCOMPARE(o.value(QLatin1String("succeeded")).toInt(), 2);
    QCOMPARE(o.value(QLatin1String("failed")).toInt(), 0);
    QCOMPARE(o.value(QLatin1String("calls")).toInt(), 1);
    QCOMPARE(o.value(QLatin1String("stopped")).toString(), QStringLiteral("completed"));

    const QHash<QString, QJsonObject> after = tenant();
    QCOMPARE(after.size(), before.size()); // nothing created, nothing deleted
    QVERIFY(!after.contains(QString::fromLatin1(hashOf(4))));
    for (int n : {1, 2}) {
        const QJsonObject indicator = after.value(QString::fromLatin1(hashOf(n)));
        const QDateTime expires =
            QDateTime::fromString(indicator.value(QLatin1String("expirationTime")).toString(), Qt::ISODateWithMs);
        QVERIFY2(expires >= started.addDays(90).addSecs(-5) && expires <= QDateTime::currentDateTimeUtc().addDays(90),
                 qPrintable(expires.toString(Qt::ISODate)));
        QCOMPARE(indicator.value(QLatin1String("id")),
                 before.value(QString::fromLatin1(hashOf(n))).value(QLatin1String("id")));
    }
    // A later expiration is never shortened; others' indicators are untouched.
    QCOMPARE(after.value(QString::fromLatin1(hashOf(3))), before.value(QString::fromLatin1(hashOf(3))));
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (it.key() != QString::fromLatin1(hashOf(1)) && it.key() != QString::fromLatin1(hashOf(2)))
            QCOMPARE(after.value(it.key()), it.value());
    }
}

void TestCliRefresh::noneAndShortenAreTheUsersChoice()
{
    const QString file = prepare();
    QVERIFY(!file.isEmpty());
    // A date before 2031 with --shorten brings row 3 forward too.
    const Run dated =
        cli(QStringList{QStringLiteral("refresh"), file, QStringLiteral("--extend"),
                        QStringLiteral("2030-06-01T00:00:00Z"), QStringLiteral("--shorten"), QStringLiteral("--json")}
            + demoConnection(m_sandbox.url()));
    QCOMPARE(dated.exitCode, 0);
    QCOMPARE(dated.json().value(QLatin1String("succeeded")).toInt(), 3);
    for (int n : {1, 2, 3}) {
        QCOMPARE(QDateTime::fromString(
                     tenant().value(QString::fromLatin1(hashOf(n))).value(QLatin1String("expirationTime")).toString(),
                     Qt::ISODateWithMs),
                 QDateTime(QDate(2030, 6, 1), QTime(0, 0), Qt::UTC));
    }
    // none: they never expire; a second refresh to none has nothing left to do.
    const Run never = cli(QStringList{QStringLiteral("refresh"), file, QStringLiteral("--extend"),
                                      QStringLiteral("none"), QStringLiteral("--json")}
                          + demoConnection(m_sandbox.url()));
    QCOMPARE(never.exitCode, 0);
    QCOMPARE(never.json().value(QLatin1String("succeeded")).toInt(), 3);
    for (int n : {1, 2, 3})
        QVERIFY(tenant().value(QString::fromLatin1(hashOf(n))).value(QLatin1String("expirationTime")).isNull());
    const Run again = cli(QStringList{QStringLiteral("refresh"), file, QStringLiteral("--extend"),
                                      QStringLiteral("none"), QStringLiteral("--json")}
                          + demoConnection(m_sandbox.url()));
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.json().value(QLatin1String("extend")).toInt(), 0);
    QCOMPARE(again.json().value(QLatin1String("kept")).toInt(), 3);
    QCOMPARE(again.json().value(QLatin1String("calls")).toInt(), 0);
}

void TestCliRefresh::badPresetIsBadInput()
{
    const QString file = write(QStringLiteral("one.csv"), kHeader + row(1, kLater));
    const Run bad =
        cli(QStringList{QStringLiteral("refresh"), file, QStringLiteral("--extend"), QStringLiteral("next week")}
            + demoConnection(m_sandbox.url()));
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("next week"), bad.err.constData());
    const Run missing = cli(QStringList{QStringLiteral("refresh"), file} + demoConnection(m_sandbox.url()));
    QCOMPARE(missing.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliRefresh)
#include "TestCliRefresh.moc"
