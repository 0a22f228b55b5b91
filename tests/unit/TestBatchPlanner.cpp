// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/batch/BatchPlanner.h"
#include "core/document/IndicatorDocument.h"
#include "core/preview/ImportPlanner.h"
#include "support/TestSupport.h"

#include <QtTest>

using namespace im;

namespace {

// A document with `valid` distinct valid rows, then `invalid` rows with errors and `duplicates`
// repeats of the first row.
IndicatorDocument documentWith(int valid, int invalid, int duplicates)
{
    IndicatorTable table;
    for (int i = 0; i < valid; ++i) {
        table.appendIndicator(
            test::indicatorWith({{Field::IndicatorValue, QStringLiteral("%1").arg(i, 64, 16, QLatin1Char('0'))}}));
    }
    for (int i = 0; i < invalid; ++i)
        table.appendIndicator(test::indicatorWith({{Field::Title, QString()}}));
    for (int i = 0; i < duplicates; ++i)
        table.appendIndicator(
            test::indicatorWith({{Field::IndicatorValue, QStringLiteral("%1").arg(0, 64, 16, QLatin1Char('0'))}}));
    IndicatorDocument doc(std::move(table));
    doc.setNow(test::kTestNow);
    doc.validateAll();
    return doc;
}

} // namespace

class TestBatchPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsIntoBatchesOfAtMost500_data();
    void splitsIntoBatchesOfAtMost500();
    void leavesOutInvalidAndDuplicateRowsButSendsWarnings();
    void keepsTableOrderInsideBatches();
    void minimumTimeAtThirtyCallsAMinute_data();
    void minimumTimeAtThirtyCallsAMinute();
    void quotaAfterImport_data();
    void quotaAfterImport();
    void honoursUserExclusionsAndUnchangedRows();
    void neverSendsAgainARowAnEarlierRunImported();
};

void TestBatchPlanner::splitsIntoBatchesOfAtMost500_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<QList<int>>("sizes");
    QTest::newRow("no rows, no calls") << 0 << QList<int>{};
    QTest::newRow("one row, one call") << 1 << QList<int>{1};
    QTest::newRow("499 rows fit one call") << 499 << QList<int>{499};
    QTest::newRow("500 rows fill one call") << 500 << QList<int>{500};
    QTest::newRow("501 rows need two calls") << 501 << QList<int>{500, 1};
    QTest::newRow("1500 rows, three full calls") << 1500 << QList<int>{500, 500, 500};
    QTest::newRow("15000 rows, thirty calls") << 15000 << QList<int>(30, 500);
}

void TestBatchPlanner::splitsIntoBatchesOfAtMost500()
{
    QFETCH(int, rows);
    QFETCH(QList<int>, sizes);
    const IndicatorDocument doc = documentWith(rows, 0, 0);
    const BatchPlan plan = BatchPlanner::plan(doc.table(), {});
    QList<int> actual;
    for (const auto &batch : plan.batches)
        actual.append(static_cast<int>(batch.size()));
    QCOMPARE(actual, sizes);
    QCOMPARE(plan.calls, static_cast<int>(sizes.size()));
    QCOMPARE(plan.sendable(), rows);
}

void TestBatchPlanner::leavesOutInvalidAndDuplicateRowsButSendsWarnings()
{
    IndicatorDocument doc = documentWith(10, 3, 2);
    // A warning (upper-case hash) does not stop a row.
    doc.setText(1, Field::IndicatorValue,
                QStringLiteral("%1").arg(1, 64, 16, QLatin1Char('0')).toUpper().replace(u'0', u'A'));
    QVERIFY(doc.issues(1).hasWarnings());
    QVERIFY(!doc.issues(1).hasErrors());
    const BatchPlan plan = BatchPlanner::plan(doc.table(), {});
    QCOMPARE(plan.rows, 15);
    QCOMPARE(plan.excludedInvalid, 3);
    QCOMPARE(plan.excludedDuplicate, 2);
    QCOMPARE(plan.sendable(), 10);
    QCOMPARE(plan.excluded(), 5);
}

void TestBatchPlanner::keepsTableOrderInsideBatches()
{
    const IndicatorDocument doc = documentWith(1200, 0, 0);
    const BatchPlan plan = BatchPlanner::plan(doc.table(), {});
    int expected = 0;
    for (const auto &batch : plan.batches) {
        for (int row : batch)
            QCOMPARE(row, expected++);
    }
    QCOMPARE(expected, 1200);
}

void TestBatchPlanner::minimumTimeAtThirtyCallsAMinute_data()
{
    QTest::addColumn<int>("calls");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("no call takes no time") << 0 << qint64(0);
    QTest::newRow("one call starts at once") << 1 << qint64(0);
    QTest::newRow("30 calls fit the first minute") << 30 << qint64(0);
    QTest::newRow("the 31st call waits a minute") << 31 << qint64(60);
    QTest::newRow("60 calls, one wait") << 60 << qint64(60);
    QTest::newRow("61 calls, two waits") << 61 << qint64(120);
    QTest::newRow("2000 calls (a million rows)") << 2000 << qint64(66 * 60);
}

void TestBatchPlanner::minimumTimeAtThirtyCallsAMinute()
{
    QFETCH(int, calls);
    QFETCH(qint64, seconds);
    QCOMPARE(BatchPlanner::minimumSeconds(calls), seconds);
}

void TestBatchPlanner::quotaAfterImport_data()
{
    QTest::addColumn<int>("active");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("after");
    QTest::addColumn<int>("over");
    QTest::newRow("empty tenant") << 0 << 100 << 100 << 0;
    QTest::newRow("exactly reaching 15000") << 14900 << 100 << 15000 << 0;
    QTest::newRow("one over 15000") << 14900 << 101 << 15001 << 1;
    QTest::newRow("already full") << 15000 << 10 << 15010 << 10;
}

void TestBatchPlanner::quotaAfterImport()
{
    QFETCH(int, active);
    QFETCH(int, rows);
    QFETCH(int, after);
    QFETCH(int, over);
    const IndicatorDocument doc = documentWith(rows, 0, 0);
    BatchPlanner::Options options;
    options.activeBefore = active;
    const BatchPlan plan = BatchPlanner::plan(doc.table(), options);
    QCOMPARE(plan.activeBefore, active);
    QCOMPARE(plan.newIndicators, rows);
    QCOMPARE(plan.activeAfter, after);
    QCOMPARE(plan.overLimitBy(), over);
}

void TestBatchPlanner::honoursUserExclusionsAndUnchangedRows()
{
    const IndicatorDocument doc = documentWith(6, 0, 0);
    BatchPlanner::Options options;
    options.activeBefore = 100;
    options.excludedRows = {true, false, false, false, false, false};
    options.updatesExisting = {false, true, false, false, false, false};
    options.unchanged = {false, false, true, true, false, false};
    BatchPlan plan = BatchPlanner::plan(doc.table(), options);
    QCOMPARE(plan.excludedByUser, 1);
    QCOMPARE(plan.excludedUnchanged, 2);
    QCOMPARE(plan.updates, 1);
    QCOMPARE(plan.newIndicators, 2);
    QCOMPARE(plan.sendable(), 3);
    QCOMPARE(plan.activeAfter, 102); // updates take no quota

    options.skipUnchanged = false;
    plan = BatchPlanner::plan(doc.table(), options);
    QCOMPARE(plan.excludedUnchanged, 0);
    QCOMPARE(plan.updates, 3);
    QCOMPARE(plan.sendable(), 5);
    QCOMPARE(plan.activeAfter, 102);
}

QTEST_GUILESS_MAIN(TestBatchPlanner)
#include "TestBatchPlanner.moc"

void TestBatchPlanner::neverSendsAgainARowAnEarlierRunImported()
{
    const IndicatorDocument doc = documentWith(4, 1, 1);
    const IndicatorTable &table = doc.table();
    SubmitOutcomes outcomes;
    RowOutcome done;
    done.status = RowStatus::Succeeded;
    done.id = QStringLiteral("7");
    outcomes.set(table.rowId(1), done);
    RowOutcome failed;
    failed.status = RowStatus::Failed;
    failed.failureReason = QStringLiteral("Max capacity exceeded");
    outcomes.set(table.rowId(2), failed);

    ImportPlanner planner;
    const ImportPlanner::Result result = planner.plan(table, &outcomes, ImportPlanner::Choices());
    const BatchPlan &plan = result.plan;
    QCOMPARE(plan.excludedSucceeded, 1);
    QCOMPARE(plan.excludedInvalid, 1);
    QCOMPARE(plan.excludedDuplicate, 1);
    QCOMPARE(plan.sendable(), 3); // the failed row goes again
    QCOMPARE(plan.outcomes[1], PlanOutcome::Succeeded);
    QCOMPARE(ImportPlanner::rowsToSend(table, plan),
             (std::vector<RowId>{table.rowId(0), table.rowId(2), table.rowId(3)}));
    const std::vector<LeftOutRow> leftOut = ImportPlanner::rowsLeftOut(table, plan);
    QCOMPARE(leftOut.size(), size_t(3));
    QCOMPARE(leftOut[0].row, table.rowId(1));
    QCOMPARE(leftOut[0].why, PlanOutcome::Succeeded);

    // The earlier run's Succeeded stays when the rows left out are recorded.
    outcomes.setLeftOut(leftOut[0]);
    QCOMPARE(outcomes.state(table.rowId(1)), SubmitState::Succeeded);
    QCOMPARE(outcomes.outcome(table.rowId(1)).id, QStringLiteral("7"));
}
