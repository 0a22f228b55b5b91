// SPDX-License-Identifier: GPL-3.0-or-later
// Import throughput at the rate limit (label bench; not part of the default test run).
//  1. 15,000 rows at the real limit (time scale 1): the wall time and the 429s the service answered.
//     Goal: within 62 s, zero 429s.
//  2. Under a time scale, one import of 75,000 rows (15,000 indicators, each five times: the repeats are
//     updates) in 150 Import calls: how close the calls come to what the limit allows. The limit lets 30
//     calls go at once and each later one when the call 30 before it leaves the window, so call 30k + 1
//     can start k windows after the first at the earliest. The ratio compares that minimum with the
//     measured time at the last such call (the calls after it only show how long one call takes, since
//     they go one after the other). Goal: at least 95 %.
#include "core/indicator/ServiceLimits.h"
#include "support/ImportHarness.h"
#include "support/SandboxProcess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QtTest>

#include <cstdio>

using namespace im;
using namespace im::test;

namespace {

QList<qint64> importCalls(const QJsonObject &stats)
{
    QList<qint64> times;
    for (const QJsonValue &c : stats.value(QLatin1String("calls")).toObject().value(QLatin1String("import")).toArray())
        times.append(static_cast<qint64>(c.toArray().at(0).toDouble()));
    return times;
}

int stats(SandboxProcess &sandbox)
{
    return sandbox.stats().value(QLatin1String("indicators")).toInt();
}

int throttled(const QJsonObject &stats)
{
    return stats.value(QLatin1String("throttled")).toObject().value(QLatin1String("import")).toInt();
}

} // namespace

class BenchImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fifteenThousandRowsAtTheRealLimit();
    void throughputUnderATimeScale();
};

void BenchImport::fifteenThousandRowsAtTheRealLimit()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start());
    const IndicatorTable table = validRows(15000, 31);
    ImportHarness harness(sandbox, 1.0, limits::kRequestTimeoutMs);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(harness.run(table, 300000));
    const double seconds = static_cast<double>(clock.elapsed()) / 1000.0;
    const QJsonObject stats = sandbox.stats();
    const QList<qint64> calls = importCalls(stats);
    std::printf("real limit: %d rows in %d Import calls, %.2f s wall time, %d answered 429, busiest minute %d calls, "
                "%.0f rows/s\n",
                harness.engine().stats().succeeded, int(calls.size()), seconds, throttled(stats),
                maxCallsInAnyWindow(calls, 60000), 15000.0 / seconds);
    std::fflush(stdout);
    QCOMPARE(harness.engine().stats().succeeded, 15000);
    QCOMPARE(throttled(stats), 0);
    QVERIFY(seconds <= 62.0);
}

void BenchImport::throughputUnderATimeScale()
{
    constexpr double kScale = 20; // a "minute" of three seconds
    constexpr int kPasses = 5;
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--time-scale"), QString::number(kScale)}));
    const IndicatorTable unique = validRows(15000, 32);
    IndicatorTable table;
    table.reserve(kPasses * unique.rowCount());
    for (int pass = 0; pass < kPasses; ++pass) {
        for (int row = 0; row < unique.rowCount(); ++row)
            table.appendRow(unique.cells(row));
    }
    ImportHarness harness(sandbox, kScale, limits::kRequestTimeoutMs);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(harness.run(table, 300000));
    QCOMPARE(harness.engine().stats().succeeded, kPasses * 15000);
    QCOMPARE(stats(sandbox), 15000);
    const double seconds = static_cast<double>(clock.elapsed()) / 1000.0;
    const QJsonObject stats = sandbox.stats();
    const QList<qint64> calls = importCalls(stats);
    const qint64 window = static_cast<qint64>(stats.value(QLatin1String("importWindowMs")).toDouble());
    QCOMPARE(calls.size(), qsizetype(kPasses * 30));
    const qsizetype lastGeneration = (calls.size() - 1) / limits::kImportCallsPerMinute;
    const qint64 ideal = window * lastGeneration;
    const qint64 actual = calls[lastGeneration * limits::kImportCallsPerMinute] - calls.first();
    const double ratio = static_cast<double>(ideal) / static_cast<double>(actual);
    const double allowedRowsPerSecond = 500.0 * limits::kImportCallsPerMinute * 1000.0 / static_cast<double>(window);
    const double rowsPerSecond = 500.0 * static_cast<double>(lastGeneration * limits::kImportCallsPerMinute) * 1000.0
                                 / static_cast<double>(actual);
    std::printf("time scale %.0f (window %lld ms): %d calls; call %lld started %lld ms after the first, the limit "
                "allows %lld ms: throughput %.1f %% of the limit (%.0f of %.0f rows/s), %d answered 429, "
                "busiest window %d calls, %.2f s wall time for %d row-sends\n",
                kScale, window, int(calls.size()),
                static_cast<long long>(lastGeneration * limits::kImportCallsPerMinute + 1), actual, ideal,
                100.0 * ratio, rowsPerSecond, allowedRowsPerSecond, throttled(stats),
                maxCallsInAnyWindow(calls, window), seconds, table.rowCount());
    if (qEnvironmentVariableIsSet("IM_BENCH_TRACE")) {
        for (qsizetype i = 0; i < calls.size(); ++i)
            std::printf("%lld ", calls[i] - calls.first());
        std::printf("\n");
    }
    std::fflush(stdout);
    QCOMPARE(throttled(stats), 0);
    QVERIFY(maxCallsInAnyWindow(calls, window) <= limits::kImportCallsPerMinute);
    QVERIFY(ratio >= 0.95);
}

QTEST_GUILESS_MAIN(BenchImport)
#include "BenchImport.moc"
