// SPDX-License-Identifier: GPL-3.0-or-later
// Import at the rate limit: the sandbox records when each Import call arrived, and no 60-second window
// (time-scaled) may ever hold more than 30; and 15,000 rows with faults end with every row accounted
// for and the tenant at exactly 15,000.
#include "core/indicator/ServiceLimits.h"
#include "support/ImportHarness.h"
#include "support/SandboxProcess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QtTest>

using namespace im;
using namespace im::test;

namespace {

QList<qint64> importCallTimes(const QJsonObject &stats)
{
    QList<qint64> times;
    for (const QJsonValue &c : stats.value(QLatin1String("calls")).toObject().value(QLatin1String("import")).toArray())
        times.append(static_cast<qint64>(c.toArray().at(0).toDouble()));
    return times;
}

} // namespace

class TestImportRate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void neverMoreThanThirtyCallsInAnyWindow();
    void fifteenThousandRowsWithFaultsAreAllAccountedFor();
};

void TestImportRate::neverMoreThanThirtyCallsInAnyWindow()
{
    constexpr double kScale = 30; // a "minute" of two seconds
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--time-scale"), QString::number(kScale)}));
    // Small batches keep each call short, so the limiter, not the processing, sets the pace (also under
    // sanitizers): 95 calls, more than three windows' worth.
    const IndicatorTable table = validRows(950, 21);
    ImportHarness harness(sandbox, kScale);
    harness.options().batchSize = 10;
    QElapsedTimer clock;
    clock.start();
    QVERIFY(harness.run(table));
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(harness.engine().stats().succeeded, 950);

    const QJsonObject stats = sandbox.stats();
    const qint64 window = static_cast<qint64>(stats.value(QLatin1String("importWindowMs")).toDouble());
    QCOMPARE(window, 2000);
    const QList<qint64> times = importCallTimes(stats);
    QCOMPARE(times.size(), 95);
    const int busiest = maxCallsInAnyWindow(times, window);
    qInfo("busiest window: %d calls; %d calls in %lld ms (windows of %lld ms)", busiest, int(times.size()), elapsed,
          window);
    QVERIFY(busiest <= limits::kImportCallsPerMinute);
    QCOMPARE(busiest, limits::kImportCallsPerMinute); // and the limit is used, not left idle
    QCOMPARE(stats.value(QLatin1String("throttled")).toObject().value(QLatin1String("import")).toInt(), 0);
    QCOMPARE(harness.engine().stats().throttled, 0);
    // 95 calls need at least three full windows after the first burst; close to that, not far beyond.
    const qint64 span = times.last() - times.first();
    QVERIFY(span >= 3 * window);
    QVERIFY2(span < 3 * window + window / 2, qPrintable(QString::number(span)));
}

void TestImportRate::fifteenThousandRowsWithFaultsAreAllAccountedFor()
{
    constexpr double kScale = 60;
    SandboxProcess sandbox;
    // Every kind at least once, spread over the run (the counts are deterministic; rates would not be).
    const QStringList faults = {
        QStringLiteral("5xx:count=2,after=2"),
        QStringLiteral("reset-before:count=3,after=5"),
        QStringLiteral("reset-after:count=3,after=8"),
        QStringLiteral("missing-results:count=3,after=11,fraction=0.05"),
        QStringLiteral("reorder-results:count=5,after=14"),
        QStringLiteral("malformed-json:count=1,after=17"),
        QStringLiteral("wrong-types:count=1,after=19,fraction=0.1"),
        QStringLiteral("truncated:count=1,after=21"),
        QStringLiteral("html:count=1,after=23"),
        QStringLiteral("slow:count=1,after=25,delay=4500"),
        QStringLiteral("expire-token:count=1,after=27,endpoint=import"),
    };
    QStringList args{QStringLiteral("--time-scale"), QString::number(kScale)};
    for (const QString &f : faults)
        args << QStringLiteral("--fault") << f;
    QVERIFY(sandbox.start(args));
    const IndicatorTable table = validRows(15000, 22);
    // The timeout sits well above a sanitizer build's answer on a busy machine and below the slow fault,
    // so the one slow answer times out and no other does.
    ImportHarness harness(sandbox, kScale, 3000);
    QVERIFY(harness.run(table, 170000));
    ImportEngine &engine = harness.engine();
    const ImportEngine::Stats stats = engine.stats();
    qInfo("%d calls, %d retries, %d rows resent, %d throttled", stats.calls, stats.retries, stats.resentRows,
          stats.throttled);
    QCOMPARE(engine.stopReason(), ImportEngine::Stop::Completed);
    QCOMPARE(stats.succeeded, 15000);
    QCOMPARE(stats.failed + stats.notSent + stats.pending, 0);

    const QJsonObject sandboxStats = sandbox.stats();
    for (const QJsonValue &rule : sandboxStats.value(QLatin1String("faults")).toArray())
        QVERIFY2(rule.toObject().value(QLatin1String("fired")).toInt() > 0,
                 qPrintable(rule.toObject().value(QLatin1String("spec")).toString()));
    QCOMPARE(sandboxStats.value(QLatin1String("indicators")).toInt(), 15000);
    const QJsonArray listed = sandbox.listAll();
    QCOMPARE(listed.size(), 15000);
    QSet<QString> ids;
    QSet<QString> values;
    for (const QJsonValue &v : listed) {
        ids.insert(v.toObject().value(QLatin1String("id")).toString());
        values.insert(v.toObject().value(QLatin1String("indicatorValue")).toString());
    }
    QCOMPARE(values.size(), 15000); // no duplicate
    for (int row = 0; row < table.rowCount(); ++row)
        QVERIFY(ids.contains(engine.outcome(row).id));
}

QTEST_GUILESS_MAIN(TestImportRate)
#include "TestImportRate.moc"
