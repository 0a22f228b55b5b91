// SPDX-License-Identifier: GPL-3.0-or-later
// The programs keep their secrets out of core dumps and off the command line: the CLI and the GUI, started
// as real processes, run with a core size limit of 0 even when started with a higher one, and the
// function behind it also makes the process not dumpable.
#include "core/secrets/CoreDumps.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

#include <sys/prctl.h>
#include <sys/resource.h>

namespace {

// "Max core file size" of a running process as "<soft> <hard>", from /proc/<pid>/limits.
QString coreLimitOf(qint64 pid)
{
    QFile limits(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!limits.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : limits.readAll().split('\n')) {
        if (line.startsWith("Max core file size")) {
            const QStringList fields = QString::fromLatin1(line.mid(int(qstrlen("Max core file size"))))
                                           .split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
            return fields.size() >= 2 ? fields[0] + u' ' + fields[1] : QString();
        }
    }
    return {};
}

// Waits until the process has set its limit (it does so first thing in main()).
QString settledCoreLimit(const QProcess &process)
{
    QString limit;
    const bool settled = QTest::qWaitFor(
        [&] {
            if (process.state() != QProcess::Running)
                return true;
            limit = coreLimitOf(process.processId());
            return limit == QLatin1String("0 0");
        },
        20000);
    Q_UNUSED(settled) // the caller compares the limit
    return limit;
}

} // namespace

class TestProcessHygiene : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void programsRunWithoutCoreDumps_data();
    void programsRunWithoutCoreDumps();
    void cliTakesNoSecretOnTheCommandLine();
    void disablingMakesTheProcessNotDumpable();
};

void TestProcessHygiene::initTestCase()
{
    // Start the children with core dumps allowed, so a limit of 0 can only come from them.
    rlimit limit{};
    QCOMPARE(getrlimit(RLIMIT_CORE, &limit), 0);
    rlimit allowed{RLIM_INFINITY, RLIM_INFINITY};
    if (setrlimit(RLIMIT_CORE, &allowed) != 0) {
        allowed = {limit.rlim_max, limit.rlim_max};
        if (limit.rlim_max == 0 || setrlimit(RLIMIT_CORE, &allowed) != 0) {
            // QSKIP without its optional argument does not compile with clang -Wpedantic.
            QTest::qSkip("core dumps are forbidden to this test already; nothing to prove", __FILE__, __LINE__);
            return;
        }
    }
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1);
    QVERIFY(coreLimitOf(QCoreApplication::applicationPid()) != QLatin1String("0 0"));
}

void TestProcessHygiene::programsRunWithoutCoreDumps_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    // The CLI waits for its secret on standard input: the moment a secret is about to be in memory.
    QTest::newRow("CLI reading a secret") << QStringLiteral(IM_CLI_PATH)
                                          << QStringList{QStringLiteral("list"),
                                                         QStringLiteral("--tenant"),
                                                         QStringLiteral("00000000-0000-4000-8000-000000000001"),
                                                         QStringLiteral("--client-id"),
                                                         QStringLiteral("00000000-0000-4000-8000-000000000002"),
                                                         QStringLiteral("--api-url"),
                                                         QStringLiteral("http://127.0.0.1:9"),
                                                         QStringLiteral("--login-url"),
                                                         QStringLiteral("http://127.0.0.1:9"),
                                                         QStringLiteral("--client-secret-stdin")};
    QTest::newRow("GUI") << QStringLiteral(IM_GUI_PATH) << QStringList{QStringLiteral("--lang"), QStringLiteral("en")};
}

void TestProcessHygiene::programsRunWithoutCoreDumps()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
    const QString limit = settledCoreLimit(process);
    process.kill();
    process.waitForFinished(10000);
    QCOMPARE(limit, QStringLiteral("0 0"));
}

void TestProcessHygiene::cliTakesNoSecretOnTheCommandLine()
{
    // A secret typed into argv would be visible to every user in `ps`: there is no option that takes one,
    // and the refusal does not repeat the value.
    const QByteArray secret = "argv-secret-7d1f";
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(IM_CLI_PATH),
                  {QStringLiteral("list"), QStringLiteral("--tenant"),
                   QStringLiteral("00000000-0000-4000-8000-000000000001"), QStringLiteral("--client-id"),
                   QStringLiteral("00000000-0000-4000-8000-000000000002"), QStringLiteral("--client-secret"),
                   QString::fromLatin1(secret)});
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(20000));
    const QByteArray out = process.readAll();
    QCOMPARE(process.exitCode(), 2);
    QVERIFY2(out.contains("client-secret"), out.constData());
    QVERIFY2(!out.contains(secret), out.constData());
}

void TestProcessHygiene::disablingMakesTheProcessNotDumpable()
{
    // Last, as it changes this process for good.
    QVERIFY(im::disableCoreDumps());
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
    rlimit limit{};
    QCOMPARE(getrlimit(RLIMIT_CORE, &limit), 0);
    QCOMPARE(limit.rlim_cur, rlim_t(0));
    QCOMPARE(limit.rlim_max, rlim_t(0));
    QCOMPARE(coreLimitOf(QCoreApplication::applicationPid()), QStringLiteral("0 0"));
}

QTEST_GUILESS_MAIN(TestProcessHygiene)
#include "TestProcessHygiene.moc"
